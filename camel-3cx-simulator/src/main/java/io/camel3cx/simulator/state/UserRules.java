package io.camel3cx.simulator.state;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camel3cx.simulator.odata.ODataErrorException;

/**
 * What a PBX checks on a user: an extension number that is set and used by no other extension, queue or
 * ring group; an e-mail address no other user has; phones with well-formed MAC addresses that no other
 * user's phone has. Errors are worded as the PBX words them ({@code WARNINGS.XAPI.ALREADY_IN_USE}).
 */
final class UserRules implements EntityRules {

    static final String IN_USE = "WARNINGS.XAPI.ALREADY_IN_USE";
    static final String REQUIRED = "WARNINGS.XAPI.REQUIRED";

    private final PbxState state;

    UserRules(PbxState state) {
        this.state = state;
    }

    @Override
    public void check(ObjectNode user, Comparable<?> ownKey) {
        EntityStore users = state.store("Users");
        String number = text(user, "Number");
        if (number == null || number.isBlank()) {
            throw ODataErrorException.validation(400, "Number", REQUIRED);
        }
        String email = text(user, "EmailAddress");
        for (ObjectNode other : users.all()) {
            if (ownKey != null && ownKey.equals(users.keyOf(other))) {
                continue;
            }
            if (number.equals(text(other, "Number"))) {
                throw ODataErrorException.validation(400, "Number", IN_USE);
            }
            String otherEmail = text(other, "EmailAddress");
            if (email != null && !email.isBlank() && otherEmail != null
                    && email.toLowerCase(Locale.ROOT).equals(otherEmail.toLowerCase(Locale.ROOT))) {
                throw ODataErrorException.validation(400, "EmailAddress", IN_USE);
            }
        }
        for (String setName : new String[] {"Queues", "RingGroups"}) {
            EntityStore store = state.storeOrNull(setName);
            if (store != null && store.findBy("Number", number).isPresent()) {
                throw ODataErrorException.validation(400, "Number", IN_USE);
            }
        }
        JsonNode phones = user.get("Phones");
        if (phones != null && phones.isArray()) {
            java.util.Set<String> inThisBody = new java.util.HashSet<>();
            for (JsonNode phone : phones) {
                String mac = text(phone, "MacAddress");
                if (mac != null) {
                    String normalized = MacAddresses.require(mac, "MacAddress");
                    if (!inThisBody.add(normalized)) {
                        throw ODataErrorException.validation(400, "MacAddress", IN_USE);
                    }
                    var owner = state.userWithMac(normalized);
                    if (owner.isPresent() && (ownKey == null || !ownKey.equals(users.keyOf(owner.get())))) {
                        throw ODataErrorException.validation(400, "MacAddress", IN_USE);
                    }
                }
            }
        }
    }

    private static String text(JsonNode node, String property) {
        JsonNode v = node.get(property);
        return v == null || v.isNull() ? null : v.asText();
    }
}
