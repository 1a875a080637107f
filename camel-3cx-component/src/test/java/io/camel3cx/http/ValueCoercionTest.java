package io.camel3cx.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
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

    @Test
    void jacksonValueNodesConvertAsTheirJavaValues() {
        assertEquals(Boolean.TRUE, ValueCoercion.coerce(TextNode.valueOf("true"), ValueType.BOOLEAN));
        assertEquals(Boolean.FALSE, ValueCoercion.coerce(BooleanNode.FALSE, ValueType.BOOLEAN));
        assertEquals(7L, ValueCoercion.coerce(IntNode.valueOf(7), ValueType.INT64));
        assertEquals(7L, ValueCoercion.coerce(TextNode.valueOf("7"), ValueType.INT64));
        assertEquals(new BigDecimal("1.50"), ValueCoercion.coerce(DecimalNode.valueOf(new BigDecimal("1.50")), ValueType.DECIMAL));
        assertEquals("7", ValueCoercion.coerce(IntNode.valueOf(7), ValueType.STRING));
        assertEquals(LocalDate.of(2024, 5, 1), ValueCoercion.coerce(TextNode.valueOf("2024-05-01"), ValueType.DATE));
        assertNull(ValueCoercion.coerce(NullNode.instance, ValueType.STRING));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValueCoercion.coerce(DecimalNode.valueOf(new BigDecimal("1.5")), ValueType.INT64));
        assertTrue(e.getMessage().contains("is not a whole number"), e.getMessage());
        // a JSON-typed parameter keeps the node: TextNode "abc" is a JSON string, not JSON text to parse
        TextNode text = TextNode.valueOf("abc");
        assertSame(text, ValueCoercion.coerce(text, ValueType.OBJECT));
        assertThrows(IllegalArgumentException.class, () -> ValueCoercion.coerce(TextNode.valueOf("1,2"), ValueType.ARRAY));
    }

    @Test
    void aJacksonArrayNodeIsAList() {
        assertEquals(List.of("Id", "Number"), ValueCoercion.coerceList(
                JsonNodeFactory.instance.arrayNode().add("Id").add(" Number "), ValueType.STRING));
        assertThrows(IllegalArgumentException.class, () -> ValueCoercion.coerceList(
                JsonNodeFactory.instance.arrayNode().add("Id").addNull(), ValueType.STRING));
    }

    @Test
    void blankListElementsAreDroppedAndAListOfNothingIsNoValue() {
        assertEquals(List.of("Id"), ValueCoercion.coerceList(List.of("Id", " "), ValueType.STRING));
        assertEquals(List.of("Id", "Name"), ValueCoercion.coerceList("Id,,Name,", ValueType.STRING));
        assertEquals(List.of("Id"), ValueCoercion.coerceList(List.of(" Id "), ValueType.STRING));
        for (Object nothing : new Object[] { List.of(), new String[0], "", " , ", List.of(""),
                JsonNodeFactory.instance.arrayNode() }) {
            assertNull(ValueCoercion.coerceList(nothing, ValueType.STRING), String.valueOf(nothing));
        }
    }

    @Test
    void jdbcDatesAreTakenWhereTheyMeanSomething() {
        assertEquals(LocalDate.of(2024, 5, 1), ValueCoercion.coerce(java.sql.Date.valueOf("2024-05-01"), ValueType.DATE));
        Instant at = Instant.parse("2024-05-01T08:30:00Z");
        assertEquals(OffsetDateTime.parse("2024-05-01T08:30:00Z"),
                ValueCoercion.coerce(java.sql.Timestamp.from(at), ValueType.DATE_TIME));
        // a day alone or a time of day alone is no instant: say what to give instead of an UnsupportedOperationException
        IllegalArgumentException day = assertThrows(IllegalArgumentException.class,
                () -> ValueCoercion.coerce(java.sql.Date.valueOf("2024-05-01"), ValueType.DATE_TIME));
        assertTrue(day.getMessage().contains("2024-05-01 (Date) is a java.sql.Date, a day without a time of day or zone; give an Instant,"
                + " an OffsetDateTime, a java.sql.Timestamp or ISO-8601 text such as 2024-05-01T00:00:00Z"), day.getMessage());
        IllegalArgumentException time = assertThrows(IllegalArgumentException.class,
                () -> ValueCoercion.coerce(java.sql.Time.valueOf("08:30:00"), ValueType.DATE_TIME));
        assertTrue(time.getMessage().contains("08:30:00 (Time) is a java.sql.Time, a time of day without a day"), time.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ValueCoercion.coerce(java.sql.Time.valueOf("08:30:00"), ValueType.DATE));
    }

    @Test
    void aBigDecimalForTextIsItsPlainFormWithinADoublesRange() {
        assertEquals("1000", ValueCoercion.coerce(new BigDecimal("1E+3"), ValueType.STRING));
        assertEquals("0.001", ValueCoercion.coerce(new BigDecimal("1E-3"), ValueType.STRING));
        for (String absurd : new String[] { "1E+100000000", "1E-100000000" }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ValueCoercion.coerce(new BigDecimal(absurd), ValueType.STRING));
            assertTrue(e.getMessage().startsWith(absurd + " (BigDecimal) is outside the range of a double"), e.getMessage());
            assertTrue(e.getMessage().length() < 200, e.getMessage());
        }
    }

    enum Color {
        RED
    }
}
