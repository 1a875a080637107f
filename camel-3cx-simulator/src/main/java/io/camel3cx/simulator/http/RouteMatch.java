package io.camel3cx.simulator.http;

import java.util.Map;

import io.camel3cx.catalog.Operation;

/**
 * A request path resolved to the operation it calls.
 *
 * @param operation  the catalog operation
 * @param pathValues the path parameters by spec name, parsed to their declared types (null for {@code null})
 */
public record RouteMatch(Operation operation, Map<String, Object> pathValues) {

    /** The path value of a parameter, or null. */
    public Object path(String specName) {
        return pathValues.get(specName);
    }
}
