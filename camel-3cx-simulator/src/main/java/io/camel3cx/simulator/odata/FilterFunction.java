package io.camel3cx.simulator.odata;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code $filter} functions the simulator understands, with their argument and result kinds. */
public enum FilterFunction {
    CONTAINS("contains", ValueKind.BOOLEAN, ValueKind.STRING, ValueKind.STRING),
    STARTSWITH("startswith", ValueKind.BOOLEAN, ValueKind.STRING, ValueKind.STRING),
    ENDSWITH("endswith", ValueKind.BOOLEAN, ValueKind.STRING, ValueKind.STRING),
    TOLOWER("tolower", ValueKind.STRING, ValueKind.STRING),
    TOUPPER("toupper", ValueKind.STRING, ValueKind.STRING),
    TRIM("trim", ValueKind.STRING, ValueKind.STRING),
    LENGTH("length", ValueKind.NUMBER, ValueKind.STRING);

    private final String keyword;
    private final ValueKind result;
    private final ValueKind[] parameters;

    FilterFunction(String keyword, ValueKind result, ValueKind... parameters) {
        this.keyword = keyword;
        this.result = result;
        this.parameters = parameters;
    }

    public String keyword() {
        return keyword;
    }

    public ValueKind result() {
        return result;
    }

    public ValueKind[] parameters() {
        return parameters.clone();
    }

    public static Optional<FilterFunction> byKeyword(String keyword) {
        return Arrays.stream(values()).filter(f -> f.keyword.equals(keyword)).findFirst();
    }

    public static String supported() {
        return Arrays.stream(values()).map(FilterFunction::keyword).collect(Collectors.joining(", "));
    }

    /** Null in, null out, as OData defines for these functions. */
    Object apply(Object[] args) {
        for (Object a : args) {
            if (a == null) {
                return null;
            }
        }
        return switch (this) {
            case CONTAINS -> ((String) args[0]).contains((String) args[1]);
            case STARTSWITH -> ((String) args[0]).startsWith((String) args[1]);
            case ENDSWITH -> ((String) args[0]).endsWith((String) args[1]);
            case TOLOWER -> ((String) args[0]).toLowerCase(Locale.ROOT);
            case TOUPPER -> ((String) args[0]).toUpperCase(Locale.ROOT);
            case TRIM -> ((String) args[0]).trim();
            case LENGTH -> BigDecimal.valueOf(((String) args[0]).length());
        };
    }
}
