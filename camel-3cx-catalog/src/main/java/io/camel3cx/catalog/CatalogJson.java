package io.camel3cx.catalog;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reads and writes {@link CatalogData} as stable, diff-friendly JSON. */
public final class CatalogJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogJson() {
    }

    public static CatalogData read(InputStream in) throws IOException {
        return MAPPER.readValue(in, CatalogData.class);
    }

    public static String write(CatalogData data) {
        try {
            return MAPPER.writeValueAsString(data).replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialize the catalog", e);
        }
    }
}
