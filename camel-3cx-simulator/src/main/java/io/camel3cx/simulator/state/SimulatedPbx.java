package io.camel3cx.simulator.state;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camel3cx.catalog.BodyKind;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationCatalog;
import io.camel3cx.catalog.ResponseKind;
import io.camel3cx.catalog.SchemaShape;
import io.camel3cx.simulator.SentWelcomeEmail;
import io.camel3cx.simulator.http.Json;
import io.camel3cx.simulator.http.XapiBackend;
import io.camel3cx.simulator.http.XapiRequest;
import io.camel3cx.simulator.http.XapiResponse;
import io.camel3cx.simulator.odata.CollectionQuery;
import io.camel3cx.simulator.odata.EntityProjection;
import io.camel3cx.simulator.odata.ODataErrorException;
import io.camel3cx.simulator.odata.QueryOptions;
import io.camel3cx.simulator.odata.QueryOptionsParser;
import io.camel3cx.simulator.odata.ShapeResolver;
import io.camel3cx.simulator.samples.SampleGenerator;

/**
 * The simulated PBX behind the HTTP layer: routes each operation to the stored state by its
 * {@link OperationRole} (list, create, read, update, delete, navigation, singleton), to the few operations
 * with PBX business logic of their own, and answers everything else with a spec-shaped sample.
 */
public final class SimulatedPbx implements XapiBackend {

    static final String NOT_FOUND = "WARNINGS.XAPI.NOT_FOUND";

    private final String release;
    private final PbxState state;
    private final SampleGenerator samples;
    private final ShapeResolver shapes;
    private final QueryOptionsParser options;
    private final EntityBodyChecker bodies;
    private final CallLogOperations callLog;
    private final Map<String, Function<XapiRequest, XapiResponse>> special;

    public SimulatedPbx(OperationCatalog catalog, PbxState state, SampleGenerator samples) {
        this.release = catalog.release();
        this.state = state;
        this.samples = samples;
        this.shapes = samples.shapes();
        this.options = new QueryOptionsParser(shapes);
        this.bodies = new EntityBodyChecker(shapes);
        this.callLog = new CallLogOperations(state, samples, options);
        this.special = Map.of(
                "users/reprovisionPhone", this::phoneAction,
                "users/rebootPhone", this::phoneAction,
                "users/upgradePhone", this::phoneAction,
                "users/sendWelcomeEmail", this::sendWelcomeEmail,
                "users/getPhoneRegistrar", this::phoneRegistrar,
                "systemStatus/getSystemStatus", this::systemStatus);
    }

    @Override
    public XapiResponse handle(XapiRequest request) {
        Operation op = request.operation();
        Function<XapiRequest, XapiResponse> handler = special.get(op.key());
        if (handler != null) {
            return handler.apply(request);
        }
        if (CallLogOperations.serves(op)) {
            return callLog.handle(request);
        }
        if (op.key().equals("users/getUserByNumber") && !op.path().startsWith("/Users(")) {
            // 20.0.5 - 20.0.7: a function instead of the alternate key of later releases.
            return readBy(request, state.store("Users"), "Number", (String) request.route().path("number"));
        }
        EntitySetCatalog.Binding b = state.sets().binding(op);
        return switch (b.role()) {
            case LIST -> list(request, state.store(b.set().name()));
            case CREATE -> create(request, state.store(b.set().name()));
            case READ -> read(request, state.store(b.set().name()));
            case READ_BY_ALTERNATE_KEY -> readBy(request, state.store(b.set().name()), b.detail(),
                    request.route().path(b.detail()));
            case UPDATE -> update(request, state.store(b.set().name()));
            case DELETE -> delete(request, state.store(b.set().name()));
            case NAVIGATION -> navigation(request, state.store(b.set().name()), b.detail());
            case SINGLETON_READ -> singletonRead(request, b.set(), state.singleton(b.set().name()));
            case SINGLETON_UPDATE -> singletonUpdate(request, b.set());
            case BOUND -> {
                requireEntity(state.store(b.set().name()), request);
                yield sample(request);
            }
            case OTHER -> sample(request);
        };
    }

    // ---- entity sets

    private XapiResponse list(XapiRequest request, EntityStore store) {
        EntitySetModel set = store.model();
        QueryOptions q = options.parse(request.query(), request.operation(), shapes.schema(set.schema()), set.schema(),
                set.navigations());
        return collection(request, CollectionQuery.apply(store.all(), q, set.navigations()), q, set.name());
    }

    private XapiResponse collection(XapiRequest request, CollectionQuery.Page page, QueryOptions q, String contextName) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("@odata.context", context(request, contextName));
        if (q.count()) {
            body.put("@odata.count", page.count());
        }
        ArrayNode value = body.putArray("value");
        page.items().forEach(value::add);
        return XapiResponse.ok(body);
    }

    private XapiResponse create(XapiRequest request, EntityStore store) {
        EntitySetModel set = store.model();
        JsonNode body = request.jsonBody();
        bodies.check(body, set.schema());
        ObjectNode entity = newEntityTemplate(set);
        // The key is the server's to assign for integer keys; other keys come from the body.
        ((ObjectNode) body).fields().forEachRemaining(f -> entity.set(f.getKey(), f.getValue()));
        if (set.keyProperty() != null && !set.integerKey() && !body.hasNonNull(set.keyProperty())
                && set.keyType() != io.camel3cx.catalog.ValueType.UUID) {
            throw ODataErrorException.validation(400, set.keyProperty(), UserRules.REQUIRED);
        }
        if (set.keyProperty() != null && !set.integerKey() && body.hasNonNull(set.keyProperty())
                && store.contains(body.get(set.keyProperty()).asText())) {
            throw ODataErrorException.validation(400, set.keyProperty(), UserRules.IN_USE);
        }
        ObjectNode stored;
        synchronized (store) {
            state.rules(set.name()).check(entity, null);
            stored = store.insert(entity);
        }
        EntityProjection.project(stored, null, List.of(), set.navigations());
        stored.put("@odata.context", context(request, set.name() + "/$entity"));
        String key = keyLiteral(set, stored.get(set.keyProperty() == null ? "Id" : set.keyProperty()));
        return XapiResponse.json(201, stored)
                .header("Location", request.baseUrl() + "/xapi/v1/" + set.name() + "(" + key + ")");
    }

    /**
     * Defaults for a new entity: the schema's sample without its collections (a new user has no phones yet)
     * and without the identifying properties a client must choose itself.
     */
    private ObjectNode newEntityTemplate(EntitySetModel set) {
        ObjectNode template = samples.entity(set.schema(), 0);
        List<String> arrays = new java.util.ArrayList<>();
        template.fields().forEachRemaining(f -> {
            if (f.getValue().isArray()) {
                arrays.add(f.getKey());
            }
        });
        arrays.forEach(template::putArray);
        template.remove(List.of("Number", "EmailAddress"));
        return template;
    }

    private static String keyLiteral(EntitySetModel set, JsonNode key) {
        if (key == null) {
            return "";
        }
        if (set.integerKey() || set.keyType() == io.camel3cx.catalog.ValueType.UUID) {
            return key.asText();
        }
        return "'" + key.asText().replace("'", "''") + "'";
    }

    private XapiResponse read(XapiRequest request, EntityStore store) {
        ObjectNode entity = requireEntity(store, request);
        return entityAnswer(request, store.model(), entity);
    }

    private XapiResponse readBy(XapiRequest request, EntityStore store, String property, Object value) {
        if (value == null) {
            throw ODataErrorException.badRequest(request.operation().key() + " needs a " + property + " to look up, not null");
        }
        ObjectNode entity = store.findBy(property, value.toString()).orElseThrow(() -> new ODataErrorException(404, "",
                "No " + singular(store) + " with " + property + " '" + value + "'",
                List.of(new ODataErrorException.Detail("", NOT_FOUND, property))));
        return entityAnswer(request, store.model(), entity);
    }

    private XapiResponse entityAnswer(XapiRequest request, EntitySetModel set, ObjectNode entity) {
        QueryOptions q = options.parse(request.query(), request.operation(), shapes.schema(set.schema()), set.schema(),
                set.navigations());
        EntityProjection.project(entity, q.select(), q.expand(), set.navigations());
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("@odata.context", context(request, set.name() + "/$entity"));
        body.setAll(entity);
        return XapiResponse.ok(body);
    }

    private XapiResponse update(XapiRequest request, EntityStore store) {
        EntitySetModel set = store.model();
        JsonNode patch = request.jsonBody();
        bodies.check(patch, set.schema());
        // Read, merge and store under the store's lock: a PATCH racing a DELETE must not bring the entity back, and
        // two PATCHes must not merge into the same stale copy.
        synchronized (store) {
            ObjectNode current = requireEntity(store, request);
            if (set.keyProperty() != null && patch.has(set.keyProperty())
                    && !store.normalize(patch.get(set.keyProperty()).isNumber()
                            ? (Object) patch.get(set.keyProperty()).longValue()
                            : patch.get(set.keyProperty()).asText()).equals(store.keyOf(current))) {
                throw ODataErrorException.badRequest("The key property " + set.keyProperty()
                        + " in the body differs from the key in the path; a key cannot be changed");
            }
            patch.fields().forEachRemaining(f -> {
                if (!f.getKey().contains("@odata.")) {
                    current.set(f.getKey(), f.getValue());
                }
            });
            state.rules(set.name()).check(current, store.keyOf(current));
            store.replace(store.keyOf(current), current);
        }
        return XapiResponse.noContent();
    }

    private XapiResponse delete(XapiRequest request, EntityStore store) {
        Object key = keyOf(request);
        if (!store.delete(key)) {
            throw entityNotFound(store, key);
        }
        return XapiResponse.noContent();
    }

    private XapiResponse navigation(XapiRequest request, EntityStore store, String property) {
        ObjectNode owner = requireEntity(store, request);
        Operation op = request.operation();
        SchemaShape item = op.response().shape();
        String typeName = item != null && item.ref() != null ? item.ref() : property;
        SchemaShape itemShape = shapes.resolve(item);
        JsonNode related = owner.get(property);
        if (op.response().kind() == ResponseKind.COLLECTION) {
            QueryOptions q = options.parse(request.query(), op, itemShape, typeName, Set.of());
            List<ObjectNode> items = new java.util.ArrayList<>();
            if (related != null && related.isArray()) {
                related.forEach(n -> {
                    if (n.isObject()) {
                        items.add(((ObjectNode) n).deepCopy());
                    }
                });
            }
            return collection(request, CollectionQuery.apply(items, q, Set.of()), q,
                    store.model().name() + "(" + keyOf(request) + ")/" + property);
        }
        if (related == null || !related.isObject()) {
            return sample(request);
        }
        return XapiResponse.ok(related);
    }

    private XapiResponse singletonRead(XapiRequest request, EntitySetModel set, ObjectNode value) {
        QueryOptions q = options.parse(request.query(), request.operation(), shapes.schema(set.schema()), set.schema(),
                Set.of());
        EntityProjection.project(value, q.select(), q.expand(), null);
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("@odata.context", context(request, set.name()));
        body.setAll(value);
        return XapiResponse.ok(body);
    }

    private XapiResponse singletonUpdate(XapiRequest request, EntitySetModel set) {
        JsonNode patch = request.jsonBody();
        bodies.check(patch, set.schema());
        synchronized (state) {
            ObjectNode current = state.singleton(set.name());
            patch.fields().forEachRemaining(f -> current.set(f.getKey(), f.getValue()));
            state.replaceSingleton(set.name(), current);
        }
        return XapiResponse.noContent();
    }

    // ---- operations with PBX logic of their own

    /** reprovisionPhone, rebootPhone, upgradePhone: the MAC must be well-formed and belong to a user's phone. */
    private XapiResponse phoneAction(XapiRequest request) {
        JsonNode body = ActionBodyChecker.check(request);
        String mac = MacAddresses.require(body.path("mac").asText(null), "mac");
        if (state.userWithMac(mac).isEmpty()) {
            throw new ODataErrorException(404, "", "mac:\n" + NOT_FOUND + " (no phone with MAC address " + mac
                    + " is provisioned for any user)", List.of(new ODataErrorException.Detail("", NOT_FOUND, "mac")));
        }
        return XapiResponse.noContent();
    }

    private XapiResponse sendWelcomeEmail(XapiRequest request) {
        EntityStore users = state.store("Users");
        ObjectNode user = requireEntity(users, request);
        if (request.operation().body() != null && request.operation().body().kind() == BodyKind.ACTION) {
            ActionBodyChecker.check(request);
        }
        state.recordWelcomeEmail(new SentWelcomeEmail(user.path("Id").asLong(), user.path("Number").asText(""),
                user.path("EmailAddress").asText("")));
        return XapiResponse.noContent();
    }

    private XapiResponse phoneRegistrar(XapiRequest request) {
        MacAddresses.require((String) request.route().path("mac"), "mac");
        return sample(request);
    }

    private XapiResponse systemStatus(XapiRequest request) {
        EntitySetModel set = state.sets().set("SystemStatus").orElseThrow();
        ObjectNode status = state.singleton("SystemStatus");
        SchemaShape schema = shapes.schema(set.schema());
        ShapedNodes nodes = new ShapedNodes(shapes);
        nodes.put(status, schema, "Version", release + ".100");
        nodes.put(status, schema, "FQDN", "pbx.example.com");
        nodes.put(status, schema, "Activated", Boolean.TRUE);
        EntityStore users = state.storeOrNull("Users");
        if (users != null) {
            nodes.put(status, schema, "UserExtensions", (long) users.size());
            nodes.put(status, schema, "ExtensionsTotal", (long) users.size());
        }
        EntityStore calls = state.storeOrNull("ActiveCalls");
        if (calls != null) {
            nodes.put(status, schema, "CallsActive", (long) calls.size());
        }
        return singletonRead(request, set, status);
    }

    // ---- everything else

    /** The spec-shaped sample answer, after checking the request's body and query options. */
    private XapiResponse sample(XapiRequest request) {
        Operation op = request.operation();
        if (op.body() != null) {
            if (op.body().kind() == BodyKind.ACTION) {
                ActionBodyChecker.check(request);
            } else if (request.body().length > 0 || op.body().required()) {
                bodies.check(request.jsonBody(), op.body().schema());
            }
        }
        String contextName = op.path().substring(1).replaceAll("\\(.*", "");
        JsonNode body = samples.responseBody(op, context(request, contextName));
        SchemaShape item = op.response().shape();
        String typeName = item == null ? "value" : item.ref() != null ? item.ref() : item.type();
        if (op.response().kind() == ResponseKind.COLLECTION) {
            QueryOptions q = options.parse(request.query(), op, shapes.resolve(item), typeName, Set.of());
            List<ObjectNode> items = new java.util.ArrayList<>();
            body.get("value").forEach(n -> {
                if (n.isObject()) {
                    items.add((ObjectNode) n);
                }
            });
            if (items.size() == body.get("value").size()) {
                return collection(request, CollectionQuery.apply(items, q, Set.of()), q, contextName);
            }
            return XapiResponse.ok(body);
        }
        if (op.response().kind() == ResponseKind.ENTITY && body instanceof ObjectNode o) {
            QueryOptions q = options.parse(request.query(), op, shapes.resolve(item), typeName, Set.of());
            EntityProjection.project(o, q.select(), q.expand(), null);
        } else {
            options.parse(request.query(), op, shapes.resolve(item), typeName, Set.of());
        }
        int status = op.response().status();
        return body == null ? XapiResponse.noContent() : XapiResponse.json(status == 204 ? 200 : status, body);
    }

    // ---- helpers

    private ObjectNode requireEntity(EntityStore store, XapiRequest request) {
        Object key = keyOf(request);
        return store.get(key).orElseThrow(() -> entityNotFound(store, key));
    }

    private static Object keyOf(XapiRequest request) {
        Collection<Object> values = request.route().pathValues().values();
        return values.isEmpty() ? null : values.iterator().next();
    }

    private static ODataErrorException entityNotFound(EntityStore store, Object key) {
        EntitySetModel set = store.model();
        return new ODataErrorException(404, "", "No " + singular(store) + " with " + set.keyProperty() + " " + key
                + " exists", List.of(new ODataErrorException.Detail("", NOT_FOUND, set.keyProperty())));
    }

    private static String singular(EntityStore store) {
        return Optional.ofNullable(store.model().schema()).map(s -> s.substring(s.lastIndexOf('.') + 1)).orElse("entity");
    }

    private static String context(XapiRequest request, String name) {
        return request.baseUrl() + "/xapi/v1/$metadata#" + name;
    }
}
