package io.camel3cx.examples.onboarding;

import static io.camel3cx.examples.onboarding.OnboardingSteps.CHANGES;
import static io.camel3cx.examples.onboarding.OnboardingSteps.EXISTING_USER;
import static io.camel3cx.examples.onboarding.OnboardingSteps.GROUP_ID;
import static io.camel3cx.examples.onboarding.OnboardingSteps.HIRE;
import static io.camel3cx.examples.onboarding.OnboardingSteps.STEP;
import static io.camel3cx.examples.onboarding.OnboardingSteps.USER_ID;

import java.util.ArrayList;

import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;

import io.camel3cx.component.OperationInputException;
import io.camel3cx.component.ThreeCxConstants;
import io.camel3cx.component.ThreeCxException;

/**
 * Onboards new hires: for each row of the new-hires CSV, find the department group, look the hire up, create the
 * user, attach the desk phone, add the user to the group, reprovision the phone and send the welcome email.
 * <p>
 * Send the CSV text to {@link #ONBOARD_FILE}; the answer is one {@link OnboardingOutcome} per row, in file order.
 * A row that fails is reported with the step and the PBX's reason and does not stop the others. Running the same
 * file again creates nothing twice: a hire whose user exists (same email and extension) only gets what it lacks.
 */
public class OnboardingRoutes extends RouteBuilder {

    /** Takes the CSV text, answers {@code List<OnboardingOutcome>}. */
    public static final String ONBOARD_FILE = "direct:onboard-new-hires";
    /** Takes one {@link NewHire}, answers its {@link OnboardingOutcome}. */
    public static final String ONBOARD_HIRE = "direct:onboard-new-hire";

    private static final String CREATE_USER = "direct:onboarding-create-user";
    private static final String COMPLETE_USER = "direct:onboarding-complete-user";

    private static final String FILTER = ThreeCxConstants.optionHeader("filter");
    private static final String ID = ThreeCxConstants.optionHeader("id");
    private static final String MAC = ThreeCxConstants.optionHeader("mac");

    @Override
    public void configure() {
        OnboardingSteps steps = new OnboardingSteps();
        // A failing step ends up in the row route's doCatch, reported in the row's outcome: no error handler of its
        // own should log it or retry it on the way.
        errorHandler(noErrorHandler());

        from(ONBOARD_FILE).routeId("onboard-new-hires")
                .bean(NewHireCsv.class, "parse")
                // One row at a time, in file order: later rows may depend on earlier ones (a repeated email).
                .split(body(), AggregationStrategies.flexible(OnboardingOutcome.class)
                        .accumulateInCollection(ArrayList.class))
                    .to(ONBOARD_HIRE)
                .end();

        from(ONBOARD_HIRE).routeId("onboard-new-hire")
                .setProperty(HIRE, body())
                .doTry()
                    .setProperty(STEP, constant("check row"))
                    .bean(steps, "requireComplete")

                    .setProperty(STEP, constant("find group"))
                    .setHeader(FILTER, method(steps, "groupFilter"))
                    .to("threecx:groups/listGroup?select=Id,Name")
                    .setProperty(GROUP_ID, method(steps, "groupId"))

                    .setProperty(STEP, constant("look up user"))
                    .setHeader(FILTER, method(steps, "userFilter"))
                    .to("threecx:users/listUser?expand=Phones,Groups")
                    .setProperty(EXISTING_USER, method(steps, "existingUser"))
                    .removeHeader(FILTER)
                    .choice()
                        .when(exchangeProperty(EXISTING_USER).isNull()).to(CREATE_USER)
                        .otherwise().to(COMPLETE_USER)
                    .endDoTry()
                // The PBX refused (ThreeCxException), the component refused a value before sending it
                // (OperationInputException), or the row cannot be onboarded (RowRejectedException).
                .doCatch(ThreeCxException.class, OperationInputException.class, RowRejectedException.class)
                    .setBody(method(steps, "failed"))
                .end();

        from(CREATE_USER).routeId("onboarding-create-user")
                .setProperty(STEP, constant("create user"))
                .setBody(method(steps, "newUser"))
                .to("threecx:users/createUser")
                .setProperty(USER_ID, method(steps, "userId"))
                .setHeader(ID, exchangeProperty(USER_ID))

                .setProperty(STEP, constant("attach phone"))
                .setBody(method(steps, "withPhone"))
                .to("threecx:users/updateUser")

                .setProperty(STEP, constant("join group"))
                .setBody(method(steps, "withGroup"))
                .to("threecx:users/updateUser")

                .setProperty(STEP, constant("reprovision phone"))
                .setBody().constant(null)
                .setHeader(MAC, method(steps, "mac"))
                .to("threecx:users/reprovisionPhone")

                .setProperty(STEP, constant("send welcome email"))
                .to("threecx:users/sendWelcomeEmail")
                .setBody(method(steps, "created"));

        // The hire is on the PBX already (an earlier run): add only what is missing; no welcome email again.
        from(COMPLETE_USER).routeId("onboarding-complete-user")
                .setProperty(USER_ID, method(steps, "userId(${exchangeProperty." + EXISTING_USER + "})"))
                .setHeader(ID, exchangeProperty(USER_ID))
                .removeProperty(CHANGES)
                .filter(method(steps, "lacksPhone"))
                    .setProperty(STEP, constant("attach phone"))
                    .setBody(method(steps, "withPhone"))
                    .to("threecx:users/updateUser")
                    .setProperty(STEP, constant("reprovision phone"))
                    .setBody().constant(null)
                    .setHeader(MAC, method(steps, "mac"))
                    .to("threecx:users/reprovisionPhone")
                    .bean(steps, "changed(*, 'phone attached and reprovisioned')")
                .end()
                .filter(method(steps, "lacksGroup"))
                    .setProperty(STEP, constant("join group"))
                    .setBody(method(steps, "withGroup"))
                    .to("threecx:users/updateUser")
                    .bean(steps, "changed(*, 'added to group')")
                .end()
                .setBody(method(steps, "completed"));
    }
}
