package io.camel3cx.examples.onboarding;

/**
 * Both passes of one onboarding run.
 *
 * @param first       the first pass
 * @param second      the re-run of the same file, or null with {@code --once}
 * @param usersBefore users on the PBX before the re-run (-1 without one)
 * @param usersAfter  users on the PBX after the re-run (-1 without one)
 */
public record OnboardingRun(OnboardingReport first, OnboardingReport second, int usersBefore, int usersAfter) {

    /** Whether the re-run created no user: none reported created and the PBX has as many users as before. */
    public boolean rerunCreatedNothing() {
        return second != null && second.count(OnboardingStatus.CREATED) == 0 && usersBefore == usersAfter;
    }

    /** The line that says whether the re-run was idempotent, with the evidence. */
    public String verdict() {
        if (second == null) {
            return "";
        }
        String evidence = "re-run: " + second.count(OnboardingStatus.CREATED) + " created, "
                + second.count(OnboardingStatus.UNCHANGED) + " unchanged; users on the PBX before the re-run "
                + usersBefore + ", after " + usersAfter;
        return rerunCreatedNothing()
                ? "OK: the second run creates nothing new (" + evidence + ")."
                : "PROBLEM: the second run created users (" + evidence + ").";
    }
}
