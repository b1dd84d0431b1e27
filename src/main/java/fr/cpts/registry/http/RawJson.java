package fr.cpts.registry.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A representation kept as the JSON it was serialized to (a read model's bytes), written out as it is. Operations
 * returning one name the schema of what it holds in their {@code @APIResponse}.
 */
@JsonSerialize(using = RawJson.Writer.class)
public record RawJson(byte[] utf8) {

    static final class Writer extends StdSerializer<RawJson> {

        Writer() {
            super(RawJson.class);
        }

        @Override
        public void serialize(RawJson json, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeRawValue(new String(json.utf8(), StandardCharsets.UTF_8));
        }
    }
}
