package io.camel3cx.examples.onboarding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The result of one pass over the new-hires file: one line per row, then the counts. */
public record OnboardingReport(String title, List<OnboardingOutcome> outcomes) {

    public OnboardingReport {
        outcomes = List.copyOf(outcomes);
    }

    /** How many rows ended in each status (every status present, zero included). */
    public Map<OnboardingStatus, Long> counts() {
        Map<OnboardingStatus, Long> counts = new EnumMap<>(OnboardingStatus.class);
        for (OnboardingStatus status : OnboardingStatus.values()) {
            counts.put(status, 0L);
        }
        outcomes.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        return counts;
    }

    public long count(OnboardingStatus status) {
        return counts().get(status);
    }

    /** The rows that ended in the given status. */
    public List<OnboardingOutcome> withStatus(OnboardingStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }

    /** The report as printed and written: a title, one aligned line per row, a summary line. */
    public String render() {
        int emailWidth = outcomes.stream().mapToInt(o -> o.hire().email().length()).max().orElse(5);
        StringBuilder text = new StringBuilder(title).append(System.lineSeparator());
        for (OnboardingOutcome outcome : outcomes) {
            NewHire hire = outcome.hire();
            text.append(String.format("row %3d  ext %-6s %-" + emailWidth + "s  %-9s  %s%n", hire.row(),
                    hire.extension(), hire.email(), outcome.status().label(), outcome.detail()));
        }
        text.append(summary()).append(System.lineSeparator());
        return text.toString();
    }

    /** {@code 44 created, 0 updated, 0 unchanged, 6 failed (50 rows)}. */
    public String summary() {
        return counts().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", ", "", " (" + outcomes.size() + " rows)"));
    }
}
