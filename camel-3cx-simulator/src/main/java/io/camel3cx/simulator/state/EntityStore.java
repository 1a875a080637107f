package io.camel3cx.simulator.state;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camel3cx.catalog.ValueType;

/**
 * The entities of one set, in key order. Every read hands out copies, so a caller may shape an answer
 * without touching the stored state. Integer keys are assigned by the store, as the PBX does.
 */
public final class EntityStore {

    private final EntitySetModel model;
    private final TreeMap<Comparable<?>, ObjectNode> entities = new TreeMap<>();
    private long lastId;

    public EntityStore(EntitySetModel model) {
        this.model = model;
    }

    public EntitySetModel model() {
        return model;
    }

    public synchronized List<ObjectNode> all() {
        List<ObjectNode> out = new ArrayList<>(entities.size());
        entities.values().forEach(e -> out.add(e.deepCopy()));
        return out;
    }

    public synchronized int size() {
        return entities.size();
    }

    public synchronized Optional<ObjectNode> get(Object key) {
        ObjectNode e = entities.get(normalize(key));
        return Optional.ofNullable(e == null ? null : e.deepCopy());
    }

    public synchronized boolean contains(Object key) {
        return entities.containsKey(normalize(key));
    }

    /** The first entity whose property equals {@code value} (text, case-sensitive). */
    public synchronized Optional<ObjectNode> findBy(String property, String value) {
        for (ObjectNode e : entities.values()) {
            JsonNode v = e.get(property);
            if (v != null && !v.isNull() && v.asText().equals(value)) {
                return Optional.of(e.deepCopy());
            }
        }
        return Optional.empty();
    }

    /**
     * Stores a new entity. An integer key is assigned (the next after the highest so far); any other key must
     * be in the entity already.
     */
    public synchronized ObjectNode insert(ObjectNode entity) {
        if (model.keyProperty() != null) {
            if (model.integerKey()) {
                lastId++;
                entity.put(model.keyProperty(), lastId);
            } else if (model.keyType() == ValueType.UUID && !entity.hasNonNull(model.keyProperty())) {
                entity.put(model.keyProperty(), UUID.randomUUID().toString());
            }
        }
        Comparable<?> key = keyOf(entity);
        entities.put(key, entity.deepCopy());
        return entity.deepCopy();
    }

    /** Replaces a stored entity (after a merge); the key stays. */
    public synchronized void replace(Object key, ObjectNode entity) {
        entities.put(normalize(key), entity.deepCopy());
    }

    public synchronized boolean delete(Object key) {
        return entities.remove(normalize(key)) != null;
    }

    /** The key of an entity as stored. */
    public Comparable<?> keyOf(ObjectNode entity) {
        if (model.keyProperty() == null) {
            return (long) entities.size() + 1;
        }
        JsonNode k = entity.get(model.keyProperty());
        if (k == null || k.isNull()) {
            throw new IllegalArgumentException("Entity of " + model.name() + " without key " + model.keyProperty());
        }
        return normalize(k.isNumber() ? (Object) k.longValue() : k.asText());
    }

    /** Path values and JSON values to one comparable form: longs for integers, lower-case text for uuids. */
    public Comparable<?> normalize(Object key) {
        if (key instanceof Integer i) {
            return i.longValue();
        }
        if (key instanceof Long l) {
            return l;
        }
        if (key instanceof BigDecimal d) {
            return d.longValue();
        }
        if (key instanceof UUID u) {
            return u.toString();
        }
        if (model.keyType() == ValueType.UUID && key instanceof String s) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (model.integerKey() && key instanceof String s) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                return s;
            }
        }
        return key == null ? "" : key.toString();
    }

    /** Keeps assigned ids above seeded ones. */
    synchronized void seed(ObjectNode entity) {
        Comparable<?> key = keyOf(entity);
        if (key instanceof Long l) {
            lastId = Math.max(lastId, l);
        }
        entities.put(key, entity.deepCopy());
    }
}
