package org.liaison.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Refuses a JSON string holding a NUL character (U+0000, written {@code \u0000} in JSON) wherever a
 * body is read into a String: a record's field, a list's or a map's element, at any depth. The read
 * fails, which the API answers as an unreadable body (400 problem detail, by {@link ErrorAdvice}),
 * before any handler sees the text. No text of ours contains one, and PostgreSQL refuses it in every
 * text value (a 500 there). A Jackson module (Spring Boot registers every module bean with the
 * application's {@code JsonMapper}); the text itself is read by Jackson's own String deserializer,
 * so coercions and everything else stay as they were. Request parameters: {@link NulParameterGuard}.
 */
@Component
class NulStrings extends SimpleModule {

    private static final long serialVersionUID = 1L;

    NulStrings() {
        super("liaison-nul-strings");
        addDeserializer(String.class, new Refusing());
    }

    /** Whether the text holds a NUL character. */
    static boolean holdsNul(@Nullable String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    static final class Refusing extends StdScalarDeserializer<String> {

        Refusing() {
            super(String.class);
        }

        @Override
        public @Nullable String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (holdsNul(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, "a NUL character is not allowed in text");
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
