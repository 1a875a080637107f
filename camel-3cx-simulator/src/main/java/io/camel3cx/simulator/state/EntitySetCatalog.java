package io.camel3cx.simulator.state;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camel3cx.catalog.BodyKind;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationCatalog;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ResponseKind;
import io.camel3cx.catalog.ValueType;

/**
 * Derives the release's entity sets, singletons and each operation's {@link OperationRole} from the path
 * templates alone, so that every entity set of every release is stateful without a hand-kept list.
 */
public final class EntitySetCatalog {

    private static final Pattern TOP = Pattern.compile("^/([A-Za-z0-9]+)$");
    private static final Pattern KEYED = Pattern.compile("^/([A-Za-z0-9]+)\\(\\{([^}]+)}\\)$");
    private static final Pattern ALTERNATE = Pattern.compile("^/([A-Za-z0-9]+)\\(([A-Za-z0-9]+)=\\{([^}]+)}\\)$");
    private static final Pattern BELOW_KEY = Pattern.compile("^/([A-Za-z0-9]+)\\(\\{([^}]+)}\\)/(.+)$");

    /** An operation's role and the set it works on. */
    public record Binding(OperationRole role, EntitySetModel set, String detail) {
    }

    private final Map<String, EntitySetModel> sets = new LinkedHashMap<>();
    private final Map<Operation, Binding> bindings = new java.util.IdentityHashMap<>();

    public EntitySetCatalog(OperationCatalog catalog) {
        Map<String, String> collectionSchema = new LinkedHashMap<>();
        Map<String, String> singletonSchema = new LinkedHashMap<>();
        Map<String, OperationParameter> keys = new HashMap<>();
        Map<String, Set<String>> navigations = new HashMap<>();
        for (Operation op : catalog.operations()) {
            Matcher top = TOP.matcher(op.path());
            if (top.matches() && op.method().equals("GET") && op.response().shape() != null
                    && op.response().shape().ref() != null) {
                if (op.response().kind() == ResponseKind.COLLECTION) {
                    collectionSchema.put(top.group(1), op.response().shape().ref());
                } else if (op.response().kind() == ResponseKind.ENTITY) {
                    singletonSchema.put(top.group(1), op.response().shape().ref());
                }
            }
            Matcher keyed = KEYED.matcher(op.path());
            Matcher below = BELOW_KEY.matcher(op.path());
            if (keyed.matches()) {
                keys.putIfAbsent(keyed.group(1), parameter(op, keyed.group(2)));
            } else if (below.matches()) {
                keys.putIfAbsent(below.group(1), parameter(op, below.group(2)));
                if (op.method().equals("GET") && !below.group(3).contains(".") && !below.group(3).contains("/")
                        && op.response().kind() != ResponseKind.NONE) {
                    navigations.computeIfAbsent(below.group(1), k -> new LinkedHashSet<>()).add(below.group(3));
                }
            }
        }
        collectionSchema.forEach((name, schema) -> {
            OperationParameter key = keys.get(name);
            String keyProperty = key != null ? key.specName() : hasId(catalog, schema) ? "Id" : null;
            ValueType keyType = key != null ? key.type() : idType(catalog, schema);
            sets.put(name, new EntitySetModel(name, schema, false, keyProperty, keyType,
                    Set.copyOf(navigations.getOrDefault(name, Set.of()))));
        });
        singletonSchema.forEach((name, schema) -> sets.putIfAbsent(name,
                new EntitySetModel(name, schema, true, null, null, Set.of())));
        for (Operation op : catalog.operations()) {
            bindings.put(op, bind(op));
        }
    }

    private static boolean hasId(OperationCatalog catalog, String schema) {
        var s = catalog.schema(schema);
        return s != null && s.properties() != null && s.properties().containsKey("Id");
    }

    /** The type of a schema's Id property, for sets that no path addresses by key. */
    private static ValueType idType(OperationCatalog catalog, String schema) {
        var s = catalog.schema(schema);
        var id = s == null || s.properties() == null ? null : s.properties().get("Id");
        return id == null ? ValueType.INT32 : ValueType.of(id.type(), id.format());
    }

    private static OperationParameter parameter(Operation op, String specName) {
        return op.parameters().stream().filter(p -> p.specName().equals(specName)).findFirst().orElseThrow();
    }

    private Binding bind(Operation op) {
        String method = op.method();
        Matcher m = TOP.matcher(op.path());
        if (m.matches() && sets.containsKey(m.group(1))) {
            EntitySetModel set = sets.get(m.group(1));
            if (set.singleton()) {
                if (method.equals("GET")) {
                    return new Binding(OperationRole.SINGLETON_READ, set, null);
                }
                if (method.equals("PATCH") || method.equals("PUT")) {
                    return new Binding(OperationRole.SINGLETON_UPDATE, set, null);
                }
            } else {
                if (method.equals("GET") && op.response().kind() == ResponseKind.COLLECTION) {
                    return new Binding(OperationRole.LIST, set, null);
                }
                if (method.equals("POST") && op.body() != null && op.body().kind() == BodyKind.ENTITY
                        && set.schema().equals(op.body().schema())) {
                    return new Binding(OperationRole.CREATE, set, null);
                }
            }
            return new Binding(OperationRole.OTHER, set, null);
        }
        m = KEYED.matcher(op.path());
        if (m.matches() && sets.containsKey(m.group(1))) {
            EntitySetModel set = sets.get(m.group(1));
            OperationRole role = switch (method) {
                case "GET" -> op.response().kind() == ResponseKind.ENTITY ? OperationRole.READ : OperationRole.BOUND;
                case "PATCH", "PUT" -> OperationRole.UPDATE;
                case "DELETE" -> OperationRole.DELETE;
                default -> OperationRole.BOUND;
            };
            return new Binding(role, set, null);
        }
        m = ALTERNATE.matcher(op.path());
        if (m.matches() && sets.containsKey(m.group(1)) && method.equals("GET")) {
            return new Binding(OperationRole.READ_BY_ALTERNATE_KEY, sets.get(m.group(1)), m.group(2));
        }
        m = BELOW_KEY.matcher(op.path());
        if (m.matches() && sets.containsKey(m.group(1))) {
            EntitySetModel set = sets.get(m.group(1));
            if (method.equals("GET") && set.navigations().contains(m.group(3))) {
                return new Binding(OperationRole.NAVIGATION, set, m.group(3));
            }
            return new Binding(OperationRole.BOUND, set, null);
        }
        return new Binding(OperationRole.OTHER, null, null);
    }

    public Binding binding(Operation op) {
        return bindings.getOrDefault(op, new Binding(OperationRole.OTHER, null, null));
    }

    public Optional<EntitySetModel> set(String name) {
        return Optional.ofNullable(sets.get(name));
    }

    public Map<String, EntitySetModel> sets() {
        return sets;
    }
}
