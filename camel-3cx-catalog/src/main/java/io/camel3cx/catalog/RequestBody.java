package io.camel3cx.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON request body of an operation.
 *
 * @param kind       an entity, or the parameters of an action
 * @param schema     the entity schema name for {@link BodyKind#ENTITY} ({@code Pbx.User}), else null
 * @param properties for {@link BodyKind#ACTION}, the body's properties (each also an option, location
 *                   {@link ParameterLocation#BODY}); empty for entities
 * @param required   whether the spec marks the body as required
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RequestBody(BodyKind kind, String schema, List<OperationParameter> properties, boolean required) {

    public RequestBody {
        properties = properties == null ? List.of() : List.copyOf(properties);
    }
}
