package io.camel3cx.examples.onboarding;

/** Facts of the bundled demo data that the demo set-up and the tests rely on. */
public final class OnboardingDemo {

    /** The department of the bundled file that no PBX group has, so that its row fails. */
    public static final String MISSING_DEPARTMENT = "Facilities";

    private OnboardingDemo() {
    }
}
