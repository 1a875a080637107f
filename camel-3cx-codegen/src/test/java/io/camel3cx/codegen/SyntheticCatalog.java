package io.camel3cx.codegen;

import java.util.List;
import java.util.Map;

import io.camel3cx.catalog.BodyKind;
import io.camel3cx.catalog.CatalogData;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ParameterLocation;
import io.camel3cx.catalog.RequestBody;
import io.camel3cx.catalog.ResponseKind;
import io.camel3cx.catalog.ResponseSpec;
import io.camel3cx.catalog.ValueType;

/** Small hand-made catalogs for generator tests: what the generators must do with odd or changing definitions. */
final class SyntheticCatalog {

    static final List<String> RELEASES = List.of("20.0.5", "20.0.6", "20.0.7");

    private SyntheticCatalog() {
    }

    static OperationParameter param(String name, ParameterLocation where, ValueType type, boolean required,
            String description) {
        return new OperationParameter(name, name, where, type, false, required, false, description);
    }

    static Operation op(String resource, String name, String summary, List<OperationParameter> params,
            RequestBody body, List<String> releases) {
        String tag = JavaSource.upperFirst(resource);
        return new Operation(resource, tag, name, JavaSource.upperFirst(name), body == null ? "GET" : "POST",
                "/" + tag + "/Pbx." + JavaSource.upperFirst(name), summary, null, params, body,
                new ResponseSpec(ResponseKind.NONE, 204, null), releases);
    }

    static RequestBody action(OperationParameter... properties) {
        return new RequestBody(BodyKind.ACTION, null, List.of(properties), true);
    }

    static CatalogData of(Operation... ops) {
        return new CatalogData("test", RELEASES, List.of(ops), Map.of());
    }
}
