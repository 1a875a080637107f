package io.camel3cx.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Lists the PBX's users every few minutes and on {@code GET /users}, and reports the PBX connection in
 * {@code /actuator/health}. Everything about the PBX is in {@code application.yaml}; give a real one with
 * {@code THREECX_BASE_URL}, {@code THREECX_CLIENT_ID} and {@code THREECX_CLIENT_SECRET}, or run without them against
 * an in-process simulator.
 */
@SpringBootApplication
public class ThreeCxSpringBootExample {

    public static void main(String[] args) {
        SpringApplication.run(ThreeCxSpringBootExample.class, args);
    }
}
