package io.camel3cx.simulator.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camel3cx.simulator.SentWelcomeEmail;
import io.camel3cx.simulator.samples.SampleGenerator;

/**
 * Everything the simulated PBX remembers: one store per entity set, one object per singleton, the welcome
 * e-mails sent and the generated call log. Built completely at start, from the seed.
 */
public final class PbxState {

    private final EntitySetCatalog sets;
    private final Map<String, EntityStore> stores = new LinkedHashMap<>();
    private final Map<String, ObjectNode> singletons = new LinkedHashMap<>();
    private final Map<String, EntityRules> rules = new LinkedHashMap<>();
    private final List<SentWelcomeEmail> welcomeEmails = new CopyOnWriteArrayList<>();
    private final CallLogGenerator callLog;

    public PbxState(EntitySetCatalog sets, SampleGenerator samples, long seed, long callLogRows) {
        this.sets = sets;
        SeedData seedData = new SeedData(seed, samples);
        for (EntitySetModel set : sets.sets().values()) {
            if (set.singleton()) {
                singletons.put(set.name(), samples.entity(set.schema(), 0));
            } else {
                EntityStore store = new EntityStore(set);
                seedData.seed(store);
                stores.put(set.name(), store);
            }
        }
        rules.put("Users", new UserRules(this));
        rules.put("Queues", new NumberRules(this, "Queues"));
        rules.put("RingGroups", new NumberRules(this, "RingGroups"));
        EntityStore users = stores.get("Users");
        this.callLog = new CallLogGenerator(seed, callLogRows, users == null ? List.of() : SeedData.parties(users));
    }

    public EntitySetCatalog sets() {
        return sets;
    }

    /** The store of an entity set; an unknown name is a programming error. */
    public EntityStore store(String setName) {
        EntityStore s = stores.get(setName);
        if (s == null) {
            throw new IllegalArgumentException("No entity set " + setName + " in this release");
        }
        return s;
    }

    public EntityStore storeOrNull(String setName) {
        return stores.get(setName);
    }

    EntityRules rules(String setName) {
        return rules.getOrDefault(setName, EntityRules.NONE);
    }

    public synchronized ObjectNode singleton(String name) {
        return singletons.get(name).deepCopy();
    }

    public synchronized void replaceSingleton(String name, ObjectNode value) {
        singletons.put(name, value.deepCopy());
    }

    /** The user one of whose phones has this MAC (compared without case). */
    public Optional<ObjectNode> userWithMac(String mac) {
        EntityStore users = stores.get("Users");
        if (users == null) {
            return Optional.empty();
        }
        for (ObjectNode u : users.all()) {
            JsonNode phones = u.get("Phones");
            if (phones != null && phones.isArray()) {
                for (JsonNode p : phones) {
                    if (p.hasNonNull("MacAddress") && p.get("MacAddress").asText().equalsIgnoreCase(mac)) {
                        return Optional.of(u);
                    }
                }
            }
        }
        return Optional.empty();
    }

    public void recordWelcomeEmail(SentWelcomeEmail email) {
        welcomeEmails.add(email);
    }

    public List<SentWelcomeEmail> welcomeEmails() {
        return List.copyOf(welcomeEmails);
    }

    public CallLogGenerator callLog() {
        return callLog;
    }
}
