package io.camel3cx.component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.Message;

import io.camel3cx.catalog.NameSuggester;
import io.camel3cx.catalog.Operation;
import io.camel3cx.catalog.OperationParameter;
import io.camel3cx.catalog.ParameterLocation;
import io.camel3cx.catalog.ResponseKind;
import io.camel3cx.catalog.UnknownNameException;
import io.camel3cx.catalog.ValueType;
import io.camel3cx.http.PbxRequest;
import io.camel3cx.http.RequestBuilder;
import io.camel3cx.http.ValueCoercion;

/**
 * An endpoint's resolved operation with everything computed up front: the option table, the values given in the
 * URI (already converted), the header name of each option, the split path template and the body rules. Per
 * message it only reads headers, converts what they hold and formats the request: no catalog search, no
 * reflection, no template parsing.
 */
public final class OperationBinding {

    private final Operation operation;
    private final String apiVersion;
    private final List<OperationParameter> options;
    private final String[] headerNames;
    private final Object[] uriValues;
    private final RequestBuilder requestBuilder;
    private final BodyComposer bodyComposer;
    private final OptionHeaderNames optionHeaders;
    /** The slots of $top and $skip, or -1: paging needs both. */
    private final int topSlot;
    private final int skipSlot;

    private OperationBinding(Operation operation, String apiVersion, String[] names, Object[] uriValues,
            Collection<String> endpointOptions) {
        this.operation = operation;
        this.apiVersion = apiVersion;
        this.options = operation.options();
        this.headerNames = java.util.Arrays.stream(names).map(ThreeCxConstants::optionHeader).toArray(String[]::new);
        this.uriValues = uriValues;
        this.requestBuilder = new RequestBuilder(operation);
        this.bodyComposer = new BodyComposer(operation);
        this.optionHeaders = new OptionHeaderNames(operation, endpointOptions);
        this.topSlot = slotOf(options, "$top");
        this.skipSlot = slotOf(options, "$skip");
    }

    /**
     * Binds the URI parameters that are operation options (matched case-insensitively), converting and checking
     * their values, and removes them from {@code parameters}.
     *
     * @param endpointOptions the endpoint's own option names, suggested alongside operation options for typos
     * @throws UnknownNameException     for a parameter that is no option, with the closest valid names
     * @throws OperationInputException for a value that does not fit its option's type
     */
    public static OperationBinding bind(Operation operation, String apiVersion, Map<String, Object> parameters,
            Collection<String> endpointOptions) {
        List<OperationParameter> options = operation.options();
        String[] names = uriNames(options);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            byName.put(names[i].toLowerCase(Locale.ROOT), i);
        }
        // The wire name ($filter, If-Match) is accepted too, where it is not another option's name.
        for (int i = 0; i < options.size(); i++) {
            byName.putIfAbsent(options.get(i).specName().toLowerCase(Locale.ROOT), i);
        }
        Object[] values = new Object[options.size()];
        Iterator<Map.Entry<String, Object>> it = parameters.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Object> e = it.next();
            Integer i = byName.get(e.getKey().toLowerCase(Locale.ROOT));
            if (i == null) {
                List<String> candidates = new ArrayList<>(List.of(names));
                candidates.addAll(endpointOptions);
                throw new UnknownNameException("Unknown option '" + e.getKey() + "' for 3CX " + operation.key()
                        + " (XAPI " + apiVersion + "); its operation options are: "
                        + (options.isEmpty() ? "(none)" : String.join(", ", names)),
                        NameSuggester.closest(e.getKey(), candidates, 5));
            }
            OperationParameter option = options.get(i);
            if (values[i] != null) {
                throw givenTwice(operation, option, 2);
            }
            // Camel turns a parameter repeated with the same name into a List: fine for a list-valued option
            // (select=Id&select=Name), a conflict for a single-valued one.
            if (e.getValue() instanceof Collection<?> repeated && !option.collection()
                    && option.type() != ValueType.ARRAY) {
                throw givenTwice(operation, option, repeated.size());
            }
            values[i] = OptionValues.convert(operation.key(), option, e.getValue(), "the endpoint URI");
            it.remove();
        }
        return new OperationBinding(operation, apiVersion, names, values, endpointOptions);
    }

    private static OperationInputException givenTwice(Operation operation, OperationParameter option, int times) {
        return new OperationInputException(operation.key(), option.name(), "option '" + option.name() + "' is given "
                + (times == 2 ? "twice" : times + " times") + " in the endpoint URI; give it once");
    }

    /** The URI name of each option: the catalog keeps them unique within an operation. */
    private static String[] uriNames(List<OperationParameter> options) {
        return options.stream().map(OperationParameter::name).toArray(String[]::new);
    }

    /** The request for this message: options from headers (which win) or the URI, body from the message. */
    public PbxRequest request(Message in) {
        optionHeaders.check(in);
        OperationArguments args = arguments(in);
        byte[] body = bodyComposer.compose(in.getBody(), args);
        return requestBuilder.build(args.values(), body);
    }

    /** Whether calls can be paged: the operation answers a collection and takes $top and $skip. */
    public boolean pageable() {
        return topSlot >= 0 && skipSlot >= 0 && operation.response() != null
               && operation.response().kind() == ResponseKind.COLLECTION;
    }

    /**
     * The pages of this message's call: its options read once (later header changes do not matter), then one
     * request per page with $top and $skip set. Only for {@link #pageable()} operations.
     */
    public Pages pages(Message in) {
        optionHeaders.check(in);
        return new Pages(arguments(in).values());
    }

    /** The requests of one paged call. */
    public final class Pages {

        private final Object[] values;

        private Pages(Object[] values) {
            this.values = values;
        }

        /** The {@code top} the message asked for (the cap on all pages together), or null. */
        public Long top() {
            return values[topSlot] == null ? null : ((Number) values[topSlot]).longValue();
        }

        /** The {@code skip} the message asked for (where the first page starts), or null. */
        public Long skip() {
            return values[skipSlot] == null ? null : ((Number) values[skipSlot]).longValue();
        }

        /** The request of the page of {@code size} items from {@code offset} on. */
        public PbxRequest page(long offset, long size) {
            Object[] page = values.clone();
            page[topSlot] = ValueCoercion.coerce(size, options.get(topSlot).type());
            page[skipSlot] = ValueCoercion.coerce(offset, options.get(skipSlot).type());
            return requestBuilder.build(page, null);
        }
    }

    private static int slotOf(List<OperationParameter> options, String specName) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).location() == ParameterLocation.QUERY && options.get(i).specName().equals(specName)) {
                return i;
            }
        }
        return -1;
    }

    /** The option values for this message, converted and checked for presence (body properties aside). */
    public OperationArguments arguments(Message in) {
        Object[] values = new Object[uriValues.length];
        for (int i = 0; i < values.length; i++) {
            Object header = in.getHeader(headerNames[i]);
            OperationParameter option = options.get(i);
            Object fromHeader = header == null ? null
                    : OptionValues.convert(operation.key(), option, header, "header " + headerNames[i]);
            // a header that converts to no value (an empty list, Optional.empty()) is as if not given
            values[i] = fromHeader != null ? fromHeader : uriValues[i];
            // body properties may also come from the message body; BodyComposer checks them after merging
            if (values[i] == null && option.required() && option.location() != ParameterLocation.BODY) {
                throw new OperationInputException(operation.key(), option.name(), "option '" + option.name() + "' ("
                        + OptionValues.describe(option) + ") is required: set it in the endpoint URI ("
                        + option.name() + "=...) or in header " + headerNames[i]);
            }
        }
        return new OperationArguments(options, values);
    }

    public Operation operation() {
        return operation;
    }

    /** {@code resource/operation}. */
    public String operationKey() {
        return operation.key();
    }

    /** The release (or description label) the operation was resolved in. */
    public String apiVersion() {
        return apiVersion;
    }
}
