package io.camel3cx.simulator.state;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Business rules a PBX enforces on an entity set beyond the schema (unique numbers, valid MACs). */
@FunctionalInterface
interface EntityRules {

    /** No rules. */
    EntityRules NONE = (candidate, ownKey) -> {
    };

    /**
     * Checks the entity as it would be stored.
     *
     * @param candidate the full entity after a create or merge
     * @param ownKey    its key when it is already stored (an update), else null
     * @throws io.camel3cx.simulator.odata.ODataErrorException when the PBX would refuse it
     */
    void check(ObjectNode candidate, Comparable<?> ownKey);
}
