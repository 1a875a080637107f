package io.camel3cx.simulator.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camel3cx.catalog.NameSuggester;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.simulator.http.XapiRequest;
import io.camel3cx.simulator.odata.ODataErrorException;

/**
 * Checks the body of an OData action ({@code POST /Users/Pbx.ReprovisionPhone {"mac":"..."}}) against the
 * parameters the operation declares: no unknown names, every non-nullable parameter present, scalar types right.
 */
final class ActionBodyChecker {

    private ActionBodyChecker() {
    }

    /** The body's parameters; an empty body stands for no parameters. */
    static JsonNode check(XapiRequest request) {
        Operation op = request.operation();
        Map<String, OperationParameter> declared = new LinkedHashMap<>();
        op.body().properties().forEach(p -> declared.put(p.specName(), p));
        JsonNode body = request.body().length == 0 ? io.camel3cx.simulator.http.Json.MAPPER.createObjectNode()
                : request.jsonBody();
        if (!body.isObject()) {
            throw ODataErrorException.badRequest("The body of action " + op.key() + " must be a JSON object with "
                    + String.join(", ", declared.keySet()));
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!declared.containsKey(name) && !name.contains("@odata.")) {
                List<String> close = NameSuggester.closest(name, declared.keySet(), 3);
                throw detail("The action " + op.key() + " has no parameter '" + name + "' (it takes: "
                        + String.join(", ", declared.keySet()) + ")"
                        + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"), name);
            }
        });
        for (OperationParameter p : declared.values()) {
            JsonNode v = body.get(p.specName());
            if (v == null || v.isNull()) {
                if (p.required() && !p.nullable()) {
                    throw detail("The action " + op.key() + " needs the parameter '" + p.specName() + "'", p.specName());
                }
                continue;
            }
            boolean ok = switch (p.type()) {
                case STRING, DATE_TIME, DATE, UUID -> v.isTextual();
                case INT32, INT64 -> v.isIntegralNumber();
                case DECIMAL, DOUBLE -> v.isNumber();
                case BOOLEAN -> v.isBoolean();
                case ARRAY -> v.isArray();
                case OBJECT -> v.isObject() || v.isTextual() || v.isArray();
            };
            if (!ok) {
                throw detail("The parameter '" + p.specName() + "' of " + op.key() + " must be of type "
                        + p.type().name().toLowerCase(java.util.Locale.ROOT) + ", not " + v, p.specName());
            }
        }
        return body;
    }

    private static ODataErrorException detail(String message, String target) {
        return new ODataErrorException(400, "", message, List.of(new ODataErrorException.Detail("", message, target)));
    }
}
