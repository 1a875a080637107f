package io.camel3cx.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import io.camel3cx.catalog.ValueType;

class ValueCoercionTest {

    @Test
    void convertsToCanonicalTypes() {
        assertEquals(42, ValueCoercion.coerce("42", ValueType.INT32));
        assertEquals(42L, ValueCoercion.coerce(42, ValueType.INT64));
        assertEquals(42, ValueCoercion.coerce(42.0d, ValueType.INT32));
        assertEquals(new BigDecimal("1.25"), ValueCoercion.coerce("1.25", ValueType.DOUBLE));
        assertEquals(Boolean.TRUE, ValueCoercion.coerce("True", ValueType.BOOLEAN));
        assertEquals("RED", ValueCoercion.coerce(Color.RED, ValueType.STRING));
    }

    @Test
    void collectionsComeFromListsArraysOrCommaText() {
        assertEquals(List.of("Id", "Number"), ValueCoercion.coerceList("Id, Number", ValueType.STRING));
        assertEquals(List.of("Id", "Number"), ValueCoercion.coerceList(List.of("Id", "Number"), ValueType.STRING));
        assertEquals(List.of("Id"), ValueCoercion.coerceList(new String[] { "Id" }, ValueType.STRING));
    }

    @Test
    void jsonValuesComeFromMapsListsAndText() {
        JsonNode fromMap = (JsonNode) ValueCoercion.coerce(Map.of("a", 1), ValueType.OBJECT);
        assertEquals("{\"a\":1}", fromMap.toString());
        JsonNode fromText = (JsonNode) ValueCoercion.coerce("[1,2]", ValueType.ARRAY);
        assertEquals("[1,2]", fromText.toString());
        assertThrows(IllegalArgumentException.class, () -> ValueCoercion.coerce("{\"a\":1}", ValueType.ARRAY));
        assertThrows(IllegalArgumentException.class, () -> ValueCoercion.coerce("{not json", ValueType.OBJECT));
    }

    enum Color {
        RED
    }
}
