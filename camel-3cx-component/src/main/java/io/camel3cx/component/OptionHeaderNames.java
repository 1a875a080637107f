package io.camel3cx.component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.camel.Message;

import io.camel3cx.catalog.NameSuggester;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.XapiCatalog;

/**
 * Refuses a {@code CamelThreeCx.<name>} header whose name is no option at all: a misspelled
 * {@code CamelThreeCx.fitler} would otherwise be ignored and the call sent without its filter. A header naming an
 * option of another operation passes, since it may be left over from an earlier step of the route, and so do the
 * component's own output headers.
 */
final class OptionHeaderNames {

    private static final String PREFIX = ThreeCxConstants.OPTION_HEADER_PREFIX;

    /** What the component writes on messages, as names after the prefix. */
    private static final Set<String> OUTPUT = lowerCased(List.of(ThreeCxConstants.RESPONSE_CODE,
            ThreeCxConstants.OPERATION, ThreeCxConstants.API_VERSION, ThreeCxConstants.ODATA_COUNT,
            ThreeCxConstants.ERROR_CODE, ThreeCxConstants.ERROR_MESSAGE, ThreeCxConstants.RETRY_AFTER));

    private final String operationKey;
    private final SortedSet<String> everyOption;
    private final SortedSet<String> ownOptions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final SortedSet<String> endpointOptions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    OptionHeaderNames(Operation operation, Collection<String> endpointOptions) {
        this.endpointOptions.addAll(endpointOptions);
        this.operationKey = operation.key();
        // The bundled releases' names cover routes on any of them; the operation's own add a runtime-loaded one's.
        this.everyOption = XapiCatalog.bundled().optionNames();
        operation.options().stream().map(OperationParameter::name).forEach(ownOptions::add);
    }

    void check(Message in) {
        for (String header : in.getHeaders().keySet()) {
            if (header.length() > PREFIX.length() && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                String name = header.substring(PREFIX.length());
                if (!ownOptions.contains(name) && !everyOption.contains(name)
                        && !OUTPUT.contains(name.toLowerCase(Locale.ROOT))) {
                    throw unknown(header, name);
                }
            }
        }
    }

    private OperationInputException unknown(String header, String name) {
        if (endpointOptions.contains(name)) {
            // pageSize, raw, baseUrl...: read once when the endpoint is created, so a header could only be ignored.
            String option = endpointOptions.tailSet(name).first();
            return new OperationInputException(operationKey, null, "header " + header + " names the endpoint option "
                    + option + ", which is set in the endpoint URI (or on the component), not per message: a header"
                    + " would be ignored; use threecx:" + operationKey + "?" + option + "=...");
        }
        List<String> close = NameSuggester.closest(name, ownOptions, 3);
        List<String> suggested = new ArrayList<>();
        close.forEach(c -> suggested.add(PREFIX + c));
        return new OperationInputException(operationKey, null, "header " + header + " names no option of any 3CX"
                + " operation, so it would be ignored and the call sent without it; "
                + (suggested.isEmpty() ? "" : "did you mean " + String.join(" or ", suggested) + "? ")
                + "The options of " + operationKey + " are: "
                + (ownOptions.isEmpty() ? "(none)" : String.join(", ", ownOptions)));
    }

    private static Set<String> lowerCased(List<String> headers) {
        Set<String> out = new TreeSet<>();
        headers.forEach(h -> out.add(h.substring(PREFIX.length()).toLowerCase(Locale.ROOT)));
        return out;
    }
}
