package io.camel3cx.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One input of an operation.
 *
 * @param name        the option name used in URIs and {@code CamelThreeCx.<name>} headers: the spec name
 *                    with its first letter lowered and any {@code $} dropped ({@code Id -> id},
 *                    {@code $orderby -> orderBy}, {@code If-Match -> ifMatch})
 * @param specName    the name on the wire, exactly as the spec spells it
 * @param location    where the value travels
 * @param type        the declared type
 * @param nullable    whether {@code null} is a valid value (an omitted nullable function parameter is sent as
 *                    {@code null})
 * @param required    whether the operation cannot be called without it
 * @param collection  whether the value is a list that is comma-joined ({@code $select}, {@code $expand},
 *                    {@code $orderby}) or a JSON array (body)
 * @param description the spec's description, used in docs and tooling
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record OperationParameter(
        String name,
        String specName,
        ParameterLocation location,
        ValueType type,
        boolean nullable,
        boolean required,
        boolean collection,
        String description) {
}
