package io.camel3cx.catalog;

/** What a successful response of an operation carries, which decides how it lands in the message body. */
public enum ResponseKind {
    /** One entity or complex object: the body becomes a {@code Map}. */
    ENTITY,
    /** An OData collection: the body becomes the {@code List} of its {@code value} items. */
    COLLECTION,
    /** A single {@code value} wrapper: the body becomes that value. */
    VALUE,
    /** No content (204): the body becomes {@code null}. */
    NONE
}
