package io.camel3cx.simulator.state;

import java.util.Set;

import io.camel3cx.catalog.ValueType;

/**
 * A top-level resource of the release as the simulator stores it: an entity set ({@code /Users}) or a
 * singleton ({@code /SystemStatus}).
 *
 * @param name        the first path segment ({@code Users})
 * @param schema      the entity schema ({@code Pbx.User})
 * @param singleton   whether it is one object rather than a set
 * @param keyProperty the key property ({@code Id}, {@code Name}, {@code MacAddress}), null when unknown
 * @param keyType     the key's type
 * @param navigations properties reached as {@code /Users({Id})/Groups}: left out of answers unless expanded
 */
public record EntitySetModel(String name, String schema, boolean singleton, String keyProperty, ValueType keyType,
        Set<String> navigations) {

    /** Numeric keys (20.0.6 declares some as {@code number}) are assigned by the server. */
    public boolean integerKey() {
        return keyType == ValueType.INT32 || keyType == ValueType.INT64 || keyType == ValueType.DOUBLE
                || keyType == ValueType.DECIMAL;
    }
}
