package io.camel3cx.simulator.state;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camel3cx.simulator.odata.ODataErrorException;

/**
 * What a PBX checks on a queue or ring group: its number, when set, is used by no user, queue or ring group
 * (users check the same through {@link UserRules}). Worded as the PBX words it ({@code WARNINGS.XAPI.ALREADY_IN_USE}).
 */
final class NumberRules implements EntityRules {

    /** The sets whose entities share the one space of extension numbers. */
    static final List<String> NUMBERED_SETS = List.of("Users", "Queues", "RingGroups");

    private final PbxState state;
    private final String ownSet;

    NumberRules(PbxState state, String ownSet) {
        this.state = state;
        this.ownSet = ownSet;
    }

    @Override
    public void check(ObjectNode candidate, Comparable<?> ownKey) {
        JsonNode number = candidate.get("Number");
        if (number == null || number.isNull() || number.asText().isBlank()) {
            return;
        }
        for (String setName : NUMBERED_SETS) {
            EntityStore store = state.storeOrNull(setName);
            if (store == null) {
                continue;
            }
            for (ObjectNode other : store.all()) {
                boolean itself = setName.equals(ownSet) && ownKey != null && ownKey.equals(store.keyOf(other));
                JsonNode otherNumber = other.get("Number");
                if (!itself && otherNumber != null && number.asText().equals(otherNumber.asText())) {
                    throw ODataErrorException.validation(400, "Number", UserRules.IN_USE);
                }
            }
        }
    }
}
