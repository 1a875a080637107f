package io.camel3cx.catalog;

import java.util.List;
import java.util.Map;

/**
 * The serialized catalog: operations and schemas of several releases, each definition stored once with the
 * releases that share it.
 *
 * @param generator what wrote it (never edit the file by hand)
 * @param releases  the releases, oldest first
 * @param operations every distinct operation definition
 * @param schemas   schema name -> its distinct definitions
 */
public record CatalogData(String generator, List<String> releases, List<Operation> operations,
        Map<String, List<SchemaVariant>> schemas) {

    /** One definition of a schema and the releases that share it. */
    public record SchemaVariant(List<String> releases, SchemaShape shape) {
    }
}
