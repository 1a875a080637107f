package io.camel3cx.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs the scores of {@code <operation>Baseline} and {@code <operation>Threecx} benchmarks and states, per
 * operation, how many times the baseline's time a {@code threecx:} call takes. The error of a ratio combines the
 * relative errors of its two scores (they are measured independently).
 */
public final class RatioReport {

    static final String BASELINE = "Baseline";
    static final String THREECX = "Threecx";

    /** One benchmark's mean time and the half-width of its confidence interval (JMH's score error). */
    public record Score(String benchmark, double mean, double error, String unit) {
    }

    /** One operation: its two scores and their ratio. */
    public record Row(String operation, Score baseline, Score threecx) {

        public double ratio() {
            return threecx.mean() / baseline.mean();
        }

        public double ratioError() {
            double a = relative(baseline);
            double b = relative(threecx);
            return ratio() * Math.sqrt(a * a + b * b);
        }

        private static double relative(Score s) {
            return Double.isNaN(s.error()) ? 0 : s.error() / s.mean();
        }
    }

    private RatioReport() {
    }

    /**
     * The rows, by operation name; a benchmark without its partner is an error, so that a renamed method cannot
     * silently drop out of the report.
     */
    public static List<Row> rows(List<Score> scores) {
        Map<String, Score[]> pairs = new TreeMap<>();
        for (Score s : scores) {
            String method = s.benchmark().substring(s.benchmark().lastIndexOf('.') + 1);
            int side = method.endsWith(BASELINE) ? 0 : method.endsWith(THREECX) ? 1 : -1;
            if (side < 0) {
                throw new IllegalArgumentException("Benchmark " + s.benchmark() + " is named neither <operation>"
                                                   + BASELINE + " nor <operation>" + THREECX);
            }
            String operation = method.substring(0, method.length() - (side == 0 ? BASELINE : THREECX).length());
            pairs.computeIfAbsent(operation, k -> new Score[2])[side] = s;
        }
        List<Row> rows = new ArrayList<>();
        pairs.forEach((operation, pair) -> {
            if (pair[0] == null || pair[1] == null) {
                throw new IllegalArgumentException("Operation " + operation + " has no "
                                                   + (pair[0] == null ? BASELINE : THREECX) + " benchmark to pair with");
            }
            rows.add(new Row(operation, pair[0], pair[1]));
        });
        return rows;
    }

    /** The table: per operation the baseline's and the component's time and their ratio. */
    public static String format(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s %22s %22s %18s%n", "operation",
                "baseline (HttpClient)", "threecx: endpoint", "threecx/baseline"));
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "%-20s %22s %22s %18s%n", r.operation(), score(r.baseline()),
                    score(r.threecx()), String.format(Locale.ROOT, "%.2f ± %.2f", r.ratio(), r.ratioError())));
        }
        return out.toString();
    }

    private static String score(Score s) {
        return String.format(Locale.ROOT, "%.1f ± %.1f %s", s.mean(), Double.isNaN(s.error()) ? 0 : s.error(),
                s.unit());
    }
}
