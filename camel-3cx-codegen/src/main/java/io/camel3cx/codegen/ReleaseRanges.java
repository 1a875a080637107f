package io.camel3cx.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Says which releases have something, compactly: {@code 20.0.5 to 20.0.10}, {@code 20.0.6, 20.0.7},
 * {@code 20.0.5 to 20.0.7, 20.0.9}. Runs are contiguous in the catalog's own release list, so a release the catalog
 * does not bundle never hides inside a range.
 */
public final class ReleaseRanges {

    private ReleaseRanges() {
    }

    /**
     * @param have the releases to describe (any order, all of them in {@code all})
     * @param all  the catalog's releases, oldest first
     */
    public static String describe(List<String> have, List<String> all) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            if (!have.contains(all.get(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i + 1 < all.size() && have.contains(all.get(i + 1))) {
                i++;
            }
            int length = i - start + 1;
            if (length == 1) {
                parts.add(all.get(start));
            } else if (length == 2) {
                parts.add(all.get(start) + ", " + all.get(i));
            } else {
                parts.add(all.get(start) + " to " + all.get(i));
            }
            i++;
        }
        for (String r : have) {
            if (!all.contains(r)) {
                throw new IllegalArgumentException("Release " + r + " is not one of the catalog's releases " + all);
            }
        }
        return String.join(", ", parts);
    }
}
