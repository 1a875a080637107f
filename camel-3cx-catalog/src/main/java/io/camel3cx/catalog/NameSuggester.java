package io.camel3cx.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the valid names closest to a mistyped one, for error messages. */
public final class NameSuggester {

    private NameSuggester() {
    }

    /** Up to {@code max} candidates, closest first; substring matches count as close. */
    public static List<String> closest(String wrong, Collection<String> candidates, int max) {
        String w = wrong.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .map(c -> new Scored(c, score(w, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.score <= Math.max(3, w.length() / 2))
                .sorted(Comparator.comparingInt((Scored s) -> s.score).thenComparing(s -> s.name))
                .limit(max)
                .map(s -> s.name)
                .toList();
    }

    private static int score(String wrong, String candidate) {
        if (candidate.contains(wrong) || wrong.contains(candidate)) {
            return Math.min(1, Math.abs(candidate.length() - wrong.length()));
        }
        return levenshtein(wrong, candidate);
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private record Scored(String name, int score) {
    }
}
