package io.camel3cx.examples.onboarding;

import java.util.Locale;

/** What onboarding did with one row. */
public enum OnboardingStatus {
    /** The user did not exist and now exists with phone and group; the welcome email went out. */
    CREATED,
    /** The user already existed; a missing phone or group membership was added. */
    UPDATED,
    /** The user already existed with this phone and group: nothing was sent but look-ups. */
    UNCHANGED,
    /** The row could not be completed; the detail says at which step and why. */
    FAILED;

    /** The word the report prints. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
