package org.liaison.operations.export;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** JSON: an array with one object per row, keyed by the column names; written as the rows come. */
final class JsonRowWriter implements RowWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator generator;
    private final List<String> columns;

    JsonRowWriter(OutputStream out, List<String> columns) {
        this.columns = List.copyOf(columns);
        this.generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out);
        generator.writeStartArray();
    }

    @Override
    public void row(List<@Nullable Object> values) {
        generator.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            generator.writeName(columns.get(i));
            Object value = i < values.size() ? values.get(i) : null;
            switch (value) {
                case null -> generator.writeNull();
                case Boolean b -> generator.writeBoolean(b);
                case Integer n -> generator.writeNumber(n);
                case Long n -> generator.writeNumber(n);
                case BigDecimal n -> generator.writeNumber(n);
                case BigInteger n -> generator.writeNumber(n);
                case Double n -> generator.writeNumber(n);
                default -> generator.writeString(RowWriter.text(value));
            }
        }
        generator.writeEndObject();
    }

    @Override
    public void finish() {
        generator.writeEndArray();
        generator.flush();
    }
}
