package org.liaison.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Refuses a JSON string holding a NUL character (U+0000, written {@code \u0000} in JSON) wherever a
 * body is read into a String: a record's field, a list's or a map's element, at any depth; and the
 * same in a member's name: a map's key (read into a String, so stored as text) and a name that
 * matches no property (ignored otherwise, so refused here too: one rule for every name). The read
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
        addKeyDeserializer(String.class, new RefusingKeys());
        setDeserializerModifier(new UnknownNamesSeen());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addHandler(new RefusingUnknownNames());
    }

    /** Whether the text holds a NUL character. */
    static boolean holdsNul(@Nullable String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /** A map's String key. */
    static final class RefusingKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            if (holdsNul(key)) {
                return context.handleWeirdKey(String.class, key, "a NUL character is not allowed in a name");
            }
            return key;
        }
    }

    /** A member's name that matches no property of the record it is read into. */
    static final class RefusingUnknownNames extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            if (holdsNul(propertyName)) {
                throw context.weirdKeyException(String.class, propertyName, "a NUL character is not allowed in a name");
            }
            return false; // left to the rules for unknown members (ignored: FAIL_ON_UNKNOWN_PROPERTIES is off)
        }
    }

    /**
     * Lets {@link RefusingUnknownNames} see the unknown names of records marked
     * {@code @JsonIgnoreProperties(ignoreUnknown = true)} too (Jackson skips them without asking
     * the handlers); they are still ignored afterwards, as the application ignores every unknown
     * member ({@code FAIL_ON_UNKNOWN_PROPERTIES} is off).
     */
    static final class UnknownNamesSeen extends ValueDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier description,
                BeanDeserializerBuilder builder) {
            builder.setIgnoreUnknownProperties(false);
            return builder;
        }
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
