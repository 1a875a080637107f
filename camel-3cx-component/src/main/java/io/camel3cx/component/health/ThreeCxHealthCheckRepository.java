package io.camel3cx.component.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Endpoint;
import org.apache.camel.NonManagedService;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.support.service.ServiceSupport;

import io.camel3cx.component.ThreeCxEndpoint;

/**
 * The readiness checks of the {@code threecx} endpoints of a CamelContext: one {@link PbxReadinessCheck} per API
 * client and PBX in use, following the endpoints as routes come and go. Registered in the context's
 * {@link HealthCheckRegistry} by {@link #install(CamelContext)}, so the checks show in camel-main's health report
 * and in Spring Boot's actuator health (camel-spring-boot). Turn them off with
 * {@code camel.health.exclude-pattern=threecx*} or by disabling this repository (id {@value #REPOSITORY_ID}).
 */
public final class ThreeCxHealthCheckRepository extends ServiceSupport
        implements HealthCheckRepository, CamelContextAware, NonManagedService {

    public static final String REPOSITORY_ID = "threecx";

    private final Map<PbxConnectionKey, PbxReadinessCheck> checks = new ConcurrentHashMap<>();
    private CamelContext camelContext;
    private volatile boolean enabled = true;

    /**
     * Registers the repository in the context's health check registry, once.
     *
     * @return the registered repository, or null when the context has no health check registry (no camel-health)
     */
    public static ThreeCxHealthCheckRepository install(CamelContext camelContext) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(camelContext);
        if (registry == null) {
            return null;
        }
        synchronized (registry) {
            return registry.getRepository(REPOSITORY_ID)
                    .map(ThreeCxHealthCheckRepository.class::cast)
                    .orElseGet(() -> {
                        ThreeCxHealthCheckRepository repository = new ThreeCxHealthCheckRepository();
                        registry.register(repository);
                        return repository;
                    });
        }
    }

    @Override
    public String getId() {
        return REPOSITORY_ID;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public Stream<HealthCheck> stream() {
        if (!enabled || camelContext == null) {
            return Stream.empty();
        }
        Map<PbxConnectionKey, ThreeCxEndpoint> inUse = new LinkedHashMap<>();
        for (Endpoint endpoint : camelContext.getEndpoints()) {
            // Only endpoints the component has finished creating carry a token manager.
            if (endpoint instanceof ThreeCxEndpoint threecx && threecx.getTokenManager() != null) {
                inUse.putIfAbsent(PbxConnectionKey.of(threecx), threecx);
            }
        }
        checks.entrySet().removeIf(e -> {
            boolean gone = !inUse.containsKey(e.getKey());
            if (gone) {
                e.getValue().close();
            }
            return gone;
        });
        return inUse.entrySet().stream()
                .map(e -> checks.computeIfAbsent(e.getKey(), key -> newCheck(e.getValue(), key)));
    }

    private PbxReadinessCheck newCheck(ThreeCxEndpoint endpoint, PbxConnectionKey key) {
        PbxReadinessCheck check = new PbxReadinessCheck(endpoint, key);
        check.setCamelContext(camelContext);
        return check;
    }

    @Override
    protected void doStop() {
        checks.values().forEach(PbxReadinessCheck::close);
        checks.clear();
    }
}
