package io.camel3cx.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson mapper the component uses for request bodies and responses. Dates are written as ISO-8601
 * text, because that is what the XAPI expects in JSON bodies; unknown properties are kept (maps) rather than
 * rejected, because responses grow new fields from release to release.
 */
public final class XapiJson {

    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            // The whole answer is in memory already; Jackson's 20M-character cap per string would fail a large
            // value (a log, an encoded file) of an answer that was received whole.
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * Reads JSON a route gives (message bodies, option values): a repeated key or text after the document is an
     * error, where the plain mapper would keep the last key or ignore the rest without a word.
     */
    public static final ObjectReader STRICT_READER = MAPPER.reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Writes a route's Java values: a bean without visible properties is an error, not {@code {}}. */
    private static final ObjectWriter STRICT_WRITER = MAPPER.writer().with(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private XapiJson() {
    }

    /**
     * A route's Java value (Map, List, POJO) as a JSON tree. It goes through JSON text rather than
     * {@code valueToTree}: writing text bounds the nesting depth, so a map that contains itself fails with a
     * message instead of a StackOverflowError.
     *
     * @throws IOException when the value cannot be written as JSON
     */
    public static JsonNode toTree(Object value) throws IOException {
        return STRICT_READER.readTree(STRICT_WRITER.writeValueAsBytes(value));
    }
}
