package io.camel3cx.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.camel3cx.catalog.ValueType;

class ODataLiteralTest {

    static Stream<Arguments> literals() {
        return Stream.of(
                // value, type, literal, literal percent-encoded for a path segment
                Arguments.of("plain", ValueType.STRING, "'plain'", "'plain'"),
                Arguments.of("O'Neil", ValueType.STRING, "'O''Neil'", "'O''Neil'"),
                Arguments.of("''", ValueType.STRING, "''''''", "''''''"),
                Arguments.of("a b", ValueType.STRING, "'a b'", "'a%20b'"),
                Arguments.of("a/b", ValueType.STRING, "'a/b'", "'a%2Fb'"),
                Arguments.of("#1", ValueType.STRING, "'#1'", "'%231'"),
                Arguments.of("100%", ValueType.STRING, "'100%'", "'100%25'"),
                Arguments.of("why?", ValueType.STRING, "'why?'", "'why%3F'"),
                Arguments.of("a&b", ValueType.STRING, "'a&b'", "'a%26b'"),
                Arguments.of("a+b", ValueType.STRING, "'a+b'", "'a%2Bb'"),
                Arguments.of("a;b", ValueType.STRING, "'a;b'", "'a%3Bb'"),
                Arguments.of("f(x)=1,2", ValueType.STRING, "'f(x)=1,2'", "'f(x)=1,2'"),
                Arguments.of("Zürich", ValueType.STRING, "'Zürich'", "'Z%C3%BCrich'"),
                Arguments.of("日本", ValueType.STRING, "'日本'", "'%E6%97%A5%E6%9C%AC'"),
                Arguments.of("", ValueType.STRING, "''", "''"),
                Arguments.of(null, ValueType.STRING, "null", "null"),
                Arguments.of(null, ValueType.INT32, "null", "null"),
                Arguments.of(42, ValueType.INT32, "42", "42"),
                Arguments.of("-7", ValueType.INT32, "-7", "-7"),
                Arguments.of(9_000_000_000L, ValueType.INT64, "9000000000", "9000000000"),
                Arguments.of("42", ValueType.DOUBLE, "42", "42"),
                Arguments.of(1.5d, ValueType.DOUBLE, "1.5", "1.5"),
                Arguments.of(new BigDecimal("12.50"), ValueType.DECIMAL, "12.50", "12.50"),
                Arguments.of(true, ValueType.BOOLEAN, "true", "true"),
                Arguments.of("FALSE", ValueType.BOOLEAN, "false", "false"),
                Arguments.of(OffsetDateTime.of(2024, 5, 1, 8, 30, 0, 0, ZoneOffset.ofHours(2)), ValueType.DATE_TIME,
                        "2024-05-01T08:30:00+02:00", "2024-05-01T08:30:00%2B02:00"),
                Arguments.of(OffsetDateTime.of(2024, 5, 1, 8, 30, 0, 0, ZoneOffset.ofHoursMinutes(-5, -30)),
                        ValueType.DATE_TIME, "2024-05-01T08:30:00-05:30", "2024-05-01T08:30:00-05:30"),
                Arguments.of(ZonedDateTime.of(2024, 1, 15, 0, 0, 0, 0, ZoneId.of("Europe/Berlin")), ValueType.DATE_TIME,
                        "2024-01-15T00:00:00+01:00", "2024-01-15T00:00:00%2B01:00"),
                Arguments.of(Instant.parse("2024-05-01T08:30:00.250Z"), ValueType.DATE_TIME,
                        "2024-05-01T08:30:00.25Z", "2024-05-01T08:30:00.25Z"),
                Arguments.of(LocalDateTime.of(2024, 5, 1, 8, 30), ValueType.DATE_TIME,
                        "2024-05-01T08:30:00Z", "2024-05-01T08:30:00Z"),
                Arguments.of(LocalDate.of(2024, 5, 1), ValueType.DATE_TIME, "2024-05-01T00:00:00Z", "2024-05-01T00:00:00Z"),
                Arguments.of(Date.from(Instant.parse("2024-05-01T08:30:00Z")), ValueType.DATE_TIME,
                        "2024-05-01T08:30:00Z", "2024-05-01T08:30:00Z"),
                Arguments.of("2024-05-01T08:30+02:00", ValueType.DATE_TIME, "2024-05-01T08:30:00+02:00",
                        "2024-05-01T08:30:00%2B02:00"),
                Arguments.of("2024-05-01", ValueType.DATE, "2024-05-01", "2024-05-01"),
                Arguments.of("123E4567-E89B-12D3-A456-426614174000", ValueType.UUID,
                        "123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-426614174000"),
                Arguments.of(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), ValueType.UUID,
                        "123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-426614174000"));
    }

    @ParameterizedTest(name = "{1} {0} -> {2}")
    @MethodSource("literals")
    void formatsAndEncodes(Object value, ValueType type, String literal, String encoded) {
        assertEquals(literal, ODataLiteral.format(value, type));
        assertEquals(encoded, UriEncoding.pathLiteral(literal));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("abc", ValueType.INT32, "not a whole number"),
                Arguments.of("1.5", ValueType.INT32, "not a whole number"),
                Arguments.of("3000000000", ValueType.INT32, "out of the int32 range"),
                Arguments.of("", ValueType.INT64, "not a whole number"),
                Arguments.of("NaN", ValueType.DOUBLE, "not a number"),
                Arguments.of(Double.POSITIVE_INFINITY, ValueType.DOUBLE, "not a finite number"),
                Arguments.of("yes", ValueType.BOOLEAN, "neither true nor false"),
                Arguments.of("2024-05-01T08:30:00", ValueType.DATE_TIME, "with zone"),
                Arguments.of("yesterday", ValueType.DATE_TIME, "with zone"),
                Arguments.of("1-1-1-1-1", ValueType.UUID, "not a UUID"),
                Arguments.of(java.util.List.of("a"), ValueType.STRING, "not a single text value"),
                Arguments.of(java.util.Map.of("a", 1), ValueType.OBJECT, "no OData literal"));
    }

    @ParameterizedTest(name = "{1} {0} is rejected")
    @MethodSource("invalid")
    void rejectsValuesThatDoNotFitTheType(Object value, ValueType type, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ODataLiteral.format(value, type));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void queryValuesEncodeSpaceAsPercent20AndKeepODataPunctuation() {
        assertEquals("Name%20eq%20'O''Neil%20%26%20Sons'", UriEncoding.queryValue("Name eq 'O''Neil & Sons'"));
        assertEquals("startswith(Number,'1')", UriEncoding.queryValue("startswith(Number,'1')"));
        assertEquals("a%2Bb%3Dc%23d%25", UriEncoding.queryValue("a+b=c#d%"));
        assertEquals("%C3%BC", UriEncoding.queryValue("ü"));
    }
}
