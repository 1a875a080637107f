package io.camel3cx.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One XAPI operation as one or more releases define it.
 *
 * @param resource    the URI resource: the spec tag with its leading capitals lowered ({@code users},
 *                    {@code cdrSettings})
 * @param tag         the spec tag ({@code Users})
 * @param name        the URI operation: the operationId with its first letter lowered
 *                    ({@code reprovisionPhone})
 * @param operationId the spec operationId ({@code ReprovisionPhone})
 * @param method      HTTP method, upper case
 * @param path        path template below {@code /xapi/v1}, placeholders named by the parameters' spec names
 *                    ({@code /Users({Id})}, {@code /Users/Pbx.GetPhoneRegistrar(mac={mac})})
 * @param summary     the spec summary
 * @param description the spec description of the path, when it says more than the summary
 * @param parameters  path, query and header parameters in spec order
 * @param body        the request body, or null
 * @param response    the successful response
 * @param releases    the releases that define the operation exactly like this, oldest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Operation(
        String resource,
        String tag,
        String name,
        String operationId,
        String method,
        String path,
        String summary,
        String description,
        List<OperationParameter> parameters,
        RequestBody body,
        ResponseSpec response,
        List<String> releases) {

    public Operation {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        releases = releases == null ? List.of() : List.copyOf(releases);
    }

    /** {@code resource/name}, the form used in URIs and messages. */
    @JsonIgnore
    public String key() {
        return resource + "/" + name;
    }

    /** Every option of the operation: its parameters, then the properties of an action body. */
    @JsonIgnore
    public List<OperationParameter> options() {
        if (body == null || body.properties().isEmpty()) {
            return parameters;
        }
        List<OperationParameter> all = new java.util.ArrayList<>(parameters);
        all.addAll(body.properties());
        return List.copyOf(all);
    }

    /** The same definition for another set of releases. */
    public Operation withReleases(List<String> newReleases) {
        return new Operation(resource, tag, name, operationId, method, path, summary, description, parameters, body,
                response, newReleases);
    }
}
