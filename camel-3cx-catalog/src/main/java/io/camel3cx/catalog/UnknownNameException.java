package io.camel3cx.catalog;

import java.util.List;

/** A resource, operation or option name that the catalog does not know, with the closest valid names. */
public class UnknownNameException extends IllegalArgumentException {

    private final List<String> suggestions;

    public UnknownNameException(String message, List<String> suggestions) {
        super(suggestions.isEmpty() ? message : message + ". Did you mean: " + String.join(", ", suggestions) + "?");
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> getSuggestions() {
        return suggestions;
    }
}
