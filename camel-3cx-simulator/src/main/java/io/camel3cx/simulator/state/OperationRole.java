package io.camel3cx.simulator.state;

/** What an operation does to the stored state, derived from its method and path template. */
public enum OperationRole {
    /** {@code GET /Users} */
    LIST,
    /** {@code POST /Users} with an entity body */
    CREATE,
    /** {@code GET /Users({Id})} */
    READ,
    /** {@code GET /Users(Number={Number})}: lookup by an alternate key */
    READ_BY_ALTERNATE_KEY,
    /** {@code PATCH /Users({Id})} */
    UPDATE,
    /** {@code DELETE /Users({Id})} */
    DELETE,
    /** {@code GET /Users({Id})/Groups} */
    NAVIGATION,
    /** {@code GET /SystemStatus} */
    SINGLETON_READ,
    /** {@code PATCH /E164Settings} */
    SINGLETON_UPDATE,
    /** Any other call on one entity ({@code POST /Users({Id})/Pbx.SendWelcomeEmail}): the entity must exist. */
    BOUND,
    /** Everything else: answered with a spec-shaped sample. */
    OTHER
}
