package io.camel3cx.catalog;

/** The kind of JSON request body an operation takes. */
public enum BodyKind {
    /** A whole entity (create, update): taken from the message body. */
    ENTITY,
    /** The parameters of an OData action: each property is also an option. */
    ACTION
}
