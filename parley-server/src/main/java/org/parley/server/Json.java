package org.parley.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.parley.output.JsonOutput;

/** The API's JSON: records as objects, dates as ISO strings. */
final class Json {

    static final ObjectMapper MAPPER = JsonOutput.mapper().copy().registerModule(new SimpleModule("dates")
            .addSerializer(LocalDate.class, new JsonSerializer<>() {
                @Override
                public void serialize(LocalDate d, JsonGenerator g, SerializerProvider p) throws IOException {
                    g.writeString(d.toString());
                }
            }));

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
