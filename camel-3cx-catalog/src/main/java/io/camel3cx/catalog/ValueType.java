package io.camel3cx.catalog;

/**
 * The declared type of a parameter, as far as it decides how the value is written: as an OData literal in
 * the path, as a query value or as a JSON property.
 */
public enum ValueType {
    STRING,
    INT32,
    INT64,
    DECIMAL,
    DOUBLE,
    BOOLEAN,
    DATE_TIME,
    DATE,
    UUID,
    /** A JSON object or array (body properties only). */
    OBJECT,
    ARRAY;

    /** Maps an OpenAPI {@code type}/{@code format} pair. */
    public static ValueType of(String type, String format) {
        if (type == null) {
            return OBJECT;
        }
        switch (type) {
            case "integer":
                return "int64".equals(format) ? INT64 : INT32;
            case "number":
                return "decimal".equals(format) ? DECIMAL : DOUBLE;
            case "boolean":
                return BOOLEAN;
            case "array":
                return ARRAY;
            case "string":
                if (format == null) {
                    return STRING;
                }
                switch (format) {
                    case "date-time":
                        return DATE_TIME;
                    case "date":
                        return DATE;
                    case "uuid":
                        return UUID;
                    default:
                        return STRING;
                }
            default:
                return OBJECT;
        }
    }
}
