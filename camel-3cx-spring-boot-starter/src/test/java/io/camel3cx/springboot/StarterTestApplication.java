package io.camel3cx.springboot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Spring Boot application: whatever the starter and Camel auto-configure. */
@SpringBootApplication
public class StarterTestApplication {
}
