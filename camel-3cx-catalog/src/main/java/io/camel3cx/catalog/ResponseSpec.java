package io.camel3cx.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The successful response of an operation.
 *
 * @param kind   how the body is shaped
 * @param status the success status the spec declares (200, 201 or 204)
 * @param shape  for {@link ResponseKind#ENTITY} the entity shape, for {@link ResponseKind#COLLECTION} the
 *               item shape, for {@link ResponseKind#VALUE} the value shape; null for {@link ResponseKind#NONE}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseSpec(ResponseKind kind, int status, SchemaShape shape) {
}
