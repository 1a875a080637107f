package io.camel3cx.simulator.odata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ParameterLocation;
import io.camel3cx.catalog.SchemaShape;

/**
 * Reads the query options of a request against the operation (which options it declares) and the entity
 * type (which properties exist). Everything it does not understand is a 400 that names it: an option the
 * operation does not take, an unknown property, {@code $search}, a malformed number.
 */
public final class QueryOptionsParser {

    private final ShapeResolver shapes;

    public QueryOptionsParser(ShapeResolver shapes) {
        this.shapes = shapes;
    }

    /**
     * @param query       decoded query parameters
     * @param operation   the operation called
     * @param itemShape   the entity (or collection item) shape the options address; null when the answer has none
     * @param typeName    the entity type's name for messages ({@code Pbx.User})
     * @param navigations the navigation properties of the type (expandable and left out unless expanded)
     */
    public QueryOptions parse(Map<String, String> query, Operation operation, SchemaShape itemShape, String typeName,
            Set<String> navigations) {
        if (query.isEmpty()) {
            return QueryOptions.NONE;
        }
        Set<String> declared = new LinkedHashSet<>();
        for (OperationParameter p : operation.parameters()) {
            if (p.location() == ParameterLocation.QUERY) {
                declared.add(p.specName());
            }
        }
        for (String name : query.keySet()) {
            if (!declared.contains(name)) {
                throw ODataErrorException.badRequest("The query option '" + name + "' is not accepted by "
                        + operation.key() + (declared.isEmpty() ? " (it takes no query options)"
                                : " (it takes: " + String.join(", ", declared) + ")"));
            }
        }
        if (query.containsKey("$search")) {
            throw ODataErrorException.badRequest("$search is not supported by the simulator; use $filter with contains()");
        }
        FilterExpression filter = null;
        if (query.containsKey("$filter")) {
            filter = new FilterBinder(shapes, itemShape, typeName).bind(ODataFilterParser.parse(query.get("$filter")));
        }
        List<String> select = query.containsKey("$select") ? select(query.get("$select"), itemShape, typeName) : null;
        List<OrderByItem> orderBy = query.containsKey("$orderby") ? orderBy(query.get("$orderby"), itemShape, typeName)
                : List.of();
        Long top = nonNegative(query, "$top");
        Long skip = nonNegative(query, "$skip");
        boolean count = false;
        if (query.containsKey("$count")) {
            String c = query.get("$count");
            if (!c.equals("true") && !c.equals("false")) {
                throw ODataErrorException.badRequest("$count must be true or false, not '" + c + "'");
            }
            count = c.equals("true");
        }
        List<ExpandItem> expand = query.containsKey("$expand")
                ? expand(query.get("$expand"), itemShape, typeName, navigations) : List.of();
        return new QueryOptions(filter, select, orderBy, top, skip, count, expand);
    }

    private static Long nonNegative(Map<String, String> query, String name) {
        String v = query.get(name);
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ODataErrorException.badRequest(name + " must be a non-negative integer, not '" + v + "'");
        }
    }

    List<String> select(String value, SchemaShape shape, String typeName) {
        List<String> names = new ArrayList<>();
        for (String raw : value.split(",", -1)) { // -1: a trailing comma is an empty item, refused
            String name = raw.trim();
            if (name.isEmpty()) {
                throw ODataErrorException.badRequest("$select has an empty item: '" + value + "'");
            }
            if (!name.equals("*") && shapes.property(shape, List.of(name.split("/"))) == null) {
                throw unknownProperty(name, shape, typeName, "$select");
            }
            names.add(name.split("/")[0]);
        }
        return names;
    }

    private List<OrderByItem> orderBy(String value, SchemaShape shape, String typeName) {
        List<OrderByItem> items = new ArrayList<>();
        for (String raw : value.split(",", -1)) { // -1: a trailing comma is an empty item, refused
            String[] parts = raw.trim().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty() || parts.length > 2) {
                throw ODataErrorException.badRequest("$orderby item '" + raw.trim()
                        + "' is not of the form 'Property [asc|desc]'");
            }
            boolean desc = false;
            if (parts.length == 2) {
                String dir = parts[1].toLowerCase(Locale.ROOT);
                if (!dir.equals("asc") && !dir.equals("desc")) {
                    throw ODataErrorException.badRequest("$orderby direction '" + parts[1] + "' is neither asc nor desc");
                }
                desc = dir.equals("desc");
            }
            List<String> path = List.of(parts[0].split("/"));
            SchemaShape p = shapes.property(shape, path);
            if (p == null) {
                throw unknownProperty(parts[0], shape, typeName, "$orderby");
            }
            if (shapes.kind(p) == ValueKind.STRUCTURED) {
                throw ODataErrorException.badRequest("$orderby cannot sort by the complex or collection property '"
                        + parts[0] + "'");
            }
            if (shapes.kind(p) == ValueKind.DURATION) {
                throw ODataErrorException.badRequest("$orderby by the duration property '" + parts[0] + "' is not"
                        + " supported by the simulator (as text PT9S would sort after PT11M13S)");
            }
            items.add(new OrderByItem(path, desc));
        }
        return items;
    }

    List<ExpandItem> expand(String value, SchemaShape shape, String typeName, Set<String> navigations) {
        List<ExpandItem> items = new ArrayList<>();
        for (String raw : splitTopLevel(value, ',')) {
            String item = raw.trim();
            if (item.isEmpty()) {
                throw ODataErrorException.badRequest("$expand has an empty item: '" + value + "'");
            }
            String name = item;
            String nested = null;
            int open = item.indexOf('(');
            if (open >= 0) {
                if (!item.endsWith(")")) {
                    throw ODataErrorException.badRequest("$expand item '" + item + "' opens '(' without closing it");
                }
                name = item.substring(0, open).trim();
                nested = item.substring(open + 1, item.length() - 1);
            }
            SchemaShape property = shapes.property(shape, List.of(name));
            if (property == null) {
                throw unknownProperty(name, shape, typeName, "$expand");
            }
            // Below the top level the navigations are not known: what is neither an object nor a list is plain.
            if (navigations == null ? shapes.kind(property) != ValueKind.STRUCTURED
                    : !navigations.contains(name) && shapes.kind(property) != ValueKind.STRUCTURED) {
                throw ODataErrorException.badRequest("$expand: '" + name + "' on type '" + typeName
                        + "' is a plain property, not a navigation or complex property");
            }
            SchemaShape target = shapes.resolve(property);
            if (target != null && "array".equals(target.type())) {
                target = shapes.resolve(target.items());
            }
            List<String> nestedSelect = null;
            List<ExpandItem> nestedExpand = List.of();
            if (nested != null && !nested.isBlank()) {
                Set<String> seen = new java.util.HashSet<>();
                for (String option : splitTopLevel(nested, ';')) {
                    int eq = option.indexOf('=');
                    String key = eq < 0 ? option.trim() : option.substring(0, eq).trim();
                    String v = eq < 0 ? "" : option.substring(eq + 1);
                    if (!seen.add(key)) {
                        throw ODataErrorException.badRequest("The nested option '" + key + "' is given twice in $expand="
                                + item + "; give it once");
                    }
                    switch (key) {
                        case "$select" -> nestedSelect = select(v, target, name);
                        case "$expand" -> nestedExpand = expand(v, target, name, null);
                        default -> throw ODataErrorException.badRequest("The nested option '" + key + "' in $expand="
                                + item + " is not supported by the simulator (supported: $select, $expand)");
                    }
                }
            }
            items.add(new ExpandItem(name, nestedSelect, nestedExpand));
        }
        return items;
    }

    private ODataErrorException unknownProperty(String name, SchemaShape shape, String typeName, String option) {
        Set<String> names = shapes.properties(shape).keySet();
        List<String> close = io.camel3cx.catalog.NameSuggester.closest(name, names, 3);
        return ODataErrorException.badRequest("Could not find a property named '" + name + "' on type '" + typeName
                + "' in " + option + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"));
    }

    static List<String> splitTopLevel(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

}
