package io.camel3cx.catalog;

import java.util.Arrays;
import java.util.Comparator;

/** Orders release labels such as {@code 20.0.9} and {@code 20.0.10} numerically. */
public final class ReleaseVersion {

    /** Numeric order; a label that is not dotted numbers sorts after all numeric ones, by text. */
    public static final Comparator<String> ORDER = ReleaseVersion::compare;

    private ReleaseVersion() {
    }

    public static int compare(String a, String b) {
        int[] x = parse(a);
        int[] y = parse(b);
        if (x == null || y == null) {
            if (x == null && y == null) {
                return a.compareTo(b);
            }
            return x == null ? 1 : -1;
        }
        return Arrays.compare(x, y);
    }

    private static int[] parse(String v) {
        try {
            return Arrays.stream(v.split("\\.")).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
