package io.camel3cx.catalog;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A flattened JSON schema: enough of the spec's schema to produce and check values of its shape
 * ({@code allOf} inheritance already merged into {@code properties}).
 *
 * @param type       {@code object}, {@code array}, {@code string}, {@code integer}, {@code number},
 *                   {@code boolean}, or null when {@code ref} names the shape
 * @param format     OpenAPI format ({@code int32}, {@code date-time}, {@code uuid}, ...)
 * @param ref        name of a schema of the same release ({@code Pbx.User}), or null
 * @param nullable   whether null is valid
 * @param items      element shape of an array
 * @param properties property shapes of an object, in spec order
 * @param enumValues allowed values of an enumeration
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record SchemaShape(
        String type,
        String format,
        String ref,
        boolean nullable,
        SchemaShape items,
        Map<String, SchemaShape> properties,
        List<String> enumValues) {

    public static SchemaShape ofRef(String ref, boolean nullable) {
        return new SchemaShape(null, null, ref, nullable, null, null, null);
    }

    public static SchemaShape ofType(String type, String format, boolean nullable) {
        return new SchemaShape(type, format, null, nullable, null, null, null);
    }
}
