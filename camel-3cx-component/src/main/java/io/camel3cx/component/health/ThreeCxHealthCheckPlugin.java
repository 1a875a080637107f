package io.camel3cx.component.health;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ContextServicePlugin;

/**
 * Installs the {@link ThreeCxHealthCheckRepository} into every CamelContext that has camel-health, found by Camel
 * through {@code META-INF/services/org.apache.camel.spi.ContextServicePlugin} while the context is built: the
 * phase Camel sets aside for third parties to add health check repositories. Plain Java, camel-main and
 * Spring Boot contexts get the checks without any configuration.
 */
public final class ThreeCxHealthCheckPlugin implements ContextServicePlugin {

    @Override
    public void load(CamelContext camelContext) {
        ThreeCxHealthCheckRepository.install(camelContext);
    }
}
