package io.camel3cx.catalog;

/** Where an operation parameter travels on the wire. */
public enum ParameterLocation {
    /** An OData literal inside the path: an entity key or a function parameter. */
    PATH,
    /** An OData system query option ({@code $filter}, {@code $top}, ...). */
    QUERY,
    /** An HTTP request header ({@code If-Match}). */
    HEADER,
    /** A property of an action's JSON request body. */
    BODY
}
