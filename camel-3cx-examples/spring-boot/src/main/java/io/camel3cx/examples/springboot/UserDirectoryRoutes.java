package io.camel3cx.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The routes: {@code direct:list-users} asks the PBX for its users (number and name, by number), a timer does so
 * periodically and logs the count, and {@code GET /users} returns the list as JSON. The threecx endpoints carry no
 * connection settings: those come from {@code camel.component.threecx.*} in application.yaml.
 */
@Component
public class UserDirectoryRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:list-users").routeId("list-users")
                .to("threecx:users/listUser?select=Id,Number,FirstName,LastName&orderby=Number");

        from("timer:user-directory?period={{example.user-directory.period}}").routeId("user-directory")
                .to("direct:list-users")
                .log("The PBX has ${body.size} users");
    }
}
