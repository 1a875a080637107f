package io.camel3cx.simulator.state;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camel3cx.catalog.SchemaShape;
import io.camel3cx.simulator.odata.ShapeResolver;
import io.camel3cx.simulator.samples.SampleGenerator;

/**
 * The initial content of the simulated PBX, the same for the same seed: users with phones and group
 * memberships, groups, queues, ring groups, contacts, trunks and active calls. Other entity sets get a few
 * spec-shaped samples. Every entity starts as a full sample of the release's schema, so it validates against
 * that release; the fields a PBX user would recognise are then set to realistic values.
 */
final class SeedData {

    static final int USERS = 20;
    static final int FIRST_EXTENSION = 100;

    private static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Eva", "Felix", "Greta", "Hugo", "Ines",
        "Jonas", "Klara", "Luca", "Mia", "Noah", "Olivia", "Paul", "Rosa", "Simon", "Tara", "Umut", "Vera", "Yusuf"};
    private static final String[] LAST = {"Adams", "Berger", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Horvat",
        "Ivanova", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Olsen", "Petrov", "Rossi", "Schmidt", "Silva"};
    private static final String[][] PHONES = {
        {"yealinkT4x.ph.xml", "Yealink T46U"}, {"fanvil.ph.xml", "Fanvil X4U"}, {"snomD7xx.ph.xml", "Snom D785"}};
    private static final String[] VENDOR_MAC_PREFIX = {"805EC0", "0C383E", "000413"};

    private final Random random;
    private final SampleGenerator samples;
    private final ShapeResolver shapes;
    private final ShapedNodes nodes;
    private final JsonNodeFactory f = JsonNodeFactory.instance;

    SeedData(long seed, SampleGenerator samples) {
        this.random = new Random(seed);
        this.samples = samples;
        this.shapes = samples.shapes();
        this.nodes = new ShapedNodes(shapes);
    }

    /** Fills a store: realistic data for the core sets, three samples for every other set. */
    void seed(EntityStore store) {
        EntitySetModel set = store.model();
        switch (set.name()) {
            case "Users" -> users(store);
            case "Groups" -> named(store, new String[][] {{"DEFAULT", "GRP0000"}, {"Sales", "GRP0001"}, {"Support", "GRP0002"}});
            case "Queues" -> named(store, new String[][] {{"Sales Queue", "800"}, {"Support Queue", "801"}});
            case "RingGroups" -> named(store, new String[][] {{"Reception", "700"}, {"Warehouse", "701"}});
            case "Trunks" -> named(store, new String[][] {{"Main SIP trunk", "10000"}, {"Backup SIP trunk", "10001"}});
            case "Contacts" -> contacts(store);
            case "ActiveCalls" -> activeCalls(store);
            default -> generic(store);
        }
    }

    private void users(EntityStore store) {
        SchemaShape schema = shapes.schema(store.model().schema());
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < USERS; i++) {
            ObjectNode u = samples.entity(store.model().schema(), i);
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String number = String.valueOf(FIRST_EXTENSION + i);
            String email = (first + "." + last).toLowerCase(Locale.ROOT) + "@example.com";
            if (!emails.add(email)) {
                email = (first + "." + last + "." + number).toLowerCase(Locale.ROOT) + "@example.com";
                emails.add(email);
            }
            u.put("Id", i + 1);
            nodes.put(u, schema, "Number", number);
            nodes.put(u, schema, "FirstName", first);
            nodes.put(u, schema, "LastName", last);
            nodes.put(u, schema, "DisplayName", first + " " + last);
            nodes.put(u, schema, "EmailAddress", email);
            nodes.put(u, schema, "AuthID", number);
            nodes.put(u, schema, "Mobile", "+4915100000" + String.format(Locale.ROOT, "%03d", i));
            nodes.put(u, schema, "Enabled", Boolean.TRUE);
            nodes.put(u, schema, "Internal", Boolean.FALSE);
            nodes.put(u, schema, "Language", "EN");
            nodes.put(u, schema, "IsRegistered", i % 3 != 2);
            nodes.put(u, schema, "PrimaryGroupId", 1L);
            nodes.put(u, schema, "Phones", phones(schema, i));
            nodes.put(u, schema, "Groups", userGroups(schema, i, first + " " + last, number));
            store.seed(u);
        }
    }

    private ArrayNode phones(SchemaShape user, int i) {
        ArrayNode phones = f.arrayNode();
        String phoneSchema = nodes.itemSchema(user, "Phones");
        if (phoneSchema == null) {
            return phones;
        }
        int model = random.nextInt(PHONES.length);
        ObjectNode phone = samples.entity(phoneSchema, i);
        SchemaShape shape = shapes.schema(phoneSchema);
        nodes.put(phone, shape, "Id", (long) (i + 1));
        nodes.put(phone, shape, "MacAddress", VENDOR_MAC_PREFIX[model] + hex(6));
        nodes.put(phone, shape, "TemplateName", PHONES[model][0]);
        nodes.put(phone, shape, "Name", PHONES[model][1]);
        phones.add(phone);
        return phones;
    }

    private ArrayNode userGroups(SchemaShape user, int i, String memberName, String number) {
        ArrayNode groups = f.arrayNode();
        String groupSchema = nodes.itemSchema(user, "Groups");
        if (groupSchema == null) {
            return groups;
        }
        ObjectNode g = samples.entity(groupSchema, i);
        SchemaShape shape = shapes.schema(groupSchema);
        nodes.put(g, shape, "GroupId", 1L);
        nodes.put(g, shape, "Id", (long) (i + 1));
        nodes.put(g, shape, "Name", "DEFAULT");
        nodes.put(g, shape, "Number", number);
        nodes.put(g, shape, "MemberName", memberName);
        String rightsSchema = nodes.itemSchema(shape, "Rights");
        if (rightsSchema != null) {
            ObjectNode rights = samples.entity(rightsSchema, i);
            // The first user owns the system, as the installer's account does on a fresh PBX.
            nodes.put(rights, shapes.schema(rightsSchema), "RoleName", i == 0 ? "system_owners" : "users");
            nodes.put(g, shape, "Rights", rights);
        }
        groups.add(g);
        return groups;
    }

    private void named(EntityStore store, String[][] names) {
        SchemaShape schema = shapes.schema(store.model().schema());
        for (int i = 0; i < names.length; i++) {
            ObjectNode e = samples.entity(store.model().schema(), i);
            e.put("Id", i + 1);
            nodes.put(e, schema, "Name", names[i][0]);
            nodes.put(e, schema, "Number", names[i][1]);
            store.seed(e);
        }
    }

    private void contacts(EntityStore store) {
        SchemaShape schema = shapes.schema(store.model().schema());
        String[] companies = {"Acme GmbH", "Globex Ltd", "Initech", "Umbrella SA", "Stark Industries"};
        for (int i = 0; i < 10; i++) {
            ObjectNode c = samples.entity(store.model().schema(), i);
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            c.put("Id", i + 1);
            nodes.put(c, schema, "FirstName", first);
            nodes.put(c, schema, "LastName", last);
            nodes.put(c, schema, "CompanyName", companies[i % companies.length]);
            nodes.put(c, schema, "Email", (first + "." + last).toLowerCase(Locale.ROOT) + "@customer.example");
            nodes.put(c, schema, "PhoneNumber", "+49301234" + String.format(Locale.ROOT, "%04d", random.nextInt(10000)));
            nodes.put(c, schema, "Mobile2", "+49170" + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000)));
            store.seed(c);
        }
    }

    private void activeCalls(EntityStore store) {
        SchemaShape schema = shapes.schema(store.model().schema());
        String[] status = {"Talking", "Ringing", "Talking"};
        for (int i = 0; i < 3; i++) {
            ObjectNode c = samples.entity(store.model().schema(), i);
            c.put("Id", i + 1);
            int ext = FIRST_EXTENSION + random.nextInt(USERS);
            nodes.put(c, schema, "Caller", ext + " Extension " + ext);
            nodes.put(c, schema, "Callee", "+4930" + (1_000_000 + random.nextInt(9_000_000)));
            nodes.put(c, schema, "Status", status[i]);
            store.seed(c);
        }
    }

    private void generic(EntityStore store) {
        EntitySetModel set = store.model();
        for (int i = 0; i < SampleGenerator.COLLECTION_SIZE; i++) {
            ObjectNode e = samples.entity(set.schema(), i);
            if (set.keyProperty() != null) {
                if (set.integerKey()) {
                    e.put(set.keyProperty(), i + 1);
                } else if (!e.hasNonNull(set.keyProperty())) {
                    e.put(set.keyProperty(), set.keyProperty() + " " + (i + 1));
                }
            }
            store.seed(e);
        }
    }

    /** The people of the PBX as call parties, for the generated call log. */
    static List<Party> parties(EntityStore users) {
        List<Party> out = new ArrayList<>();
        for (ObjectNode u : users.all()) {
            out.add(new Party(u.path("Number").asText(), (u.path("FirstName").asText() + " " + u.path("LastName").asText()).trim(),
                    true));
        }
        return out;
    }

    private String hex(int digits) {
        StringBuilder b = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            b.append("0123456789ABCDEF".charAt(random.nextInt(16)));
        }
        return b.toString();
    }
}
