package io.camel3cx.examples.springboot;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.camel3cx.simulator.ThreeCxSimulator;

/**
 * Makes the example runnable without a PBX: when {@code threecx.base-url} is not set (as environment variable
 * {@code THREECX_BASE_URL} or otherwise), starts an in-process {@link ThreeCxSimulator} before any bean is created,
 * puts its address and credentials into the environment as {@code threecx.*} (which application.yaml hands to
 * {@code camel.component.threecx.*}), registers it as bean {@value #BEAN_NAME} and stops it with the application.
 * Registered in META-INF/spring.factories.
 */
public class DemoPbxInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String BEAN_NAME = "demoPbx";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPbxInitializer.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (environment.containsProperty("threecx.base-url")) {
            return;
        }
        ThreeCxSimulator pbx = ThreeCxSimulator.builder().start();
        environment.getPropertySources().addFirst(new MapPropertySource("demo-pbx", Map.of(
                "threecx.base-url", pbx.baseUrl(),
                "threecx.client-id", pbx.clientId(),
                "threecx.client-secret", pbx.clientSecret())));
        context.getBeanFactory().registerSingleton(BEAN_NAME, pbx);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                pbx.close();
            }
        });
        LOG.info("No THREECX_BASE_URL given: using the in-process simulator {}", pbx);
    }
}
