package io.camel3cx.examples.readme;

import org.apache.camel.builder.RouteBuilder;

/** The Java DSL route of the root README, verbatim (kept here so that a test runs it). */
public class DeskPhoneRoutes extends RouteBuilder {
    @Override
    public void configure() {
        // Reprovision a desk phone: send its MAC address to direct:reprovision.
        from("direct:reprovision")
            .setHeader("CamelThreeCx.mac", body())
            .setBody().constant(null)                // an action's body would be read as its parameters
            .to("threecx:users/reprovisionPhone");

        // The enabled users, by extension, 100 at a time: a List of Maps.
        from("direct:users")
            .to("threecx:users/listUser?filter=Enabled eq true&select=Id,Number,EmailAddress&orderBy=Number&top=100");
    }
}
