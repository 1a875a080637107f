package io.camel3cx.component;

import java.util.List;

import io.camel3cx.catalog.OperationParameter;

/**
 * The option values of one call, aligned with {@code Operation.options()}, each already converted to its declared
 * type; null where not given.
 */
public final class OperationArguments {

    private final List<OperationParameter> options;
    private final Object[] values;

    OperationArguments(List<OperationParameter> options, Object[] values) {
        this.options = options;
        this.values = values;
    }

    /** The values, aligned with the operation's options (not copied: do not modify). */
    public Object[] values() {
        return values;
    }

    public Object get(int index) {
        return values[index];
    }

    public OperationParameter option(int index) {
        return options.get(index);
    }

    public int size() {
        return values.length;
    }
}
