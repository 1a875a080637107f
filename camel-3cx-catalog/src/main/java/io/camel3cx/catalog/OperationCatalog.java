package io.camel3cx.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The operations and schemas of one XAPI release, looked up by URI names case-insensitively. Lookups are
 * meant for endpoint creation; an endpoint keeps the {@link Operation} it resolved.
 */
public final class OperationCatalog {

    private final String release;
    // lower-cased resource -> lower-cased operation name -> operation
    private final Map<String, Map<String, Operation>> byResource = new TreeMap<>();
    private final Map<String, String> resourceNames = new TreeMap<>();
    private final Map<String, SchemaShape> schemas;

    public OperationCatalog(String release, Collection<Operation> operations, Map<String, SchemaShape> schemas) {
        this.release = release;
        for (Operation op : operations) {
            String r = op.resource().toLowerCase(Locale.ROOT);
            resourceNames.put(r, op.resource());
            Operation previous = byResource.computeIfAbsent(r, k -> new TreeMap<>())
                    .put(op.name().toLowerCase(Locale.ROOT), op);
            if (previous != null) {
                throw new IllegalArgumentException("Release " + release + " defines " + op.key() + " twice");
            }
        }
        this.schemas = Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
    }

    public String release() {
        return release;
    }

    /** The resource names, sorted. */
    public List<String> resources() {
        return List.copyOf(resourceNames.values());
    }

    /** Every operation of the release, sorted by resource and name. */
    public List<Operation> operations() {
        return byResource.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    /** The operations of a resource, sorted by name; empty when the resource is unknown. */
    public List<Operation> operations(String resource) {
        Map<String, Operation> ops = byResource.get(resource.toLowerCase(Locale.ROOT));
        return ops == null ? List.of() : List.copyOf(ops.values());
    }

    public Optional<Operation> find(String resource, String operation) {
        Map<String, Operation> ops = byResource.get(resource.toLowerCase(Locale.ROOT));
        return ops == null ? Optional.empty() : Optional.ofNullable(ops.get(operation.toLowerCase(Locale.ROOT)));
    }

    /** The operation, or an {@link UnknownNameException} naming the closest resources or operations. */
    public Operation resolve(String resource, String operation) {
        Map<String, Operation> ops = byResource.get(resource.toLowerCase(Locale.ROOT));
        if (ops == null) {
            throw new UnknownNameException(
                    "Unknown 3CX resource '" + resource + "' in XAPI release " + release,
                    NameSuggester.closest(resource, resourceNames.values(), 5));
        }
        Operation op = ops.get(operation.toLowerCase(Locale.ROOT));
        if (op == null) {
            List<String> names = ops.values().stream().map(Operation::name).toList();
            List<String> close = NameSuggester.closest(operation, names, 5);
            throw new UnknownNameException(
                    "Unknown operation '" + operation + "' of 3CX resource '" + resourceNames.get(resource.toLowerCase(Locale.ROOT))
                            + "' in XAPI release " + release + " (it has: " + String.join(", ", names) + ")",
                    close);
        }
        return op;
    }

    /** A named schema of this release ({@code Pbx.User}), or null. */
    public SchemaShape schema(String name) {
        return schemas.get(name);
    }

    public Map<String, SchemaShape> schemas() {
        return schemas;
    }
}
