package io.camel3cx.examples.onboarding;

/**
 * The result of onboarding one row.
 *
 * @param hire   the row
 * @param status what happened
 * @param detail for a success what was done (user id, phone, group); for a failure the step and the reason
 */
public record OnboardingOutcome(NewHire hire, OnboardingStatus status, String detail) {

    public static OnboardingOutcome of(NewHire hire, OnboardingStatus status, String detail) {
        return new OnboardingOutcome(hire, status, detail);
    }
}
