package io.camel3cx.springboot;

import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Keeps 3CX credentials out of {@code /actuator/env} and {@code /actuator/configprops} even where an operator has
 * set {@code management.endpoint.*.show-values=always}: Spring Boot 3 no longer masks keys by name, it applies
 * {@link SanitizingFunction} beans. Masked: every key that mentions threecx and a secret, token or password
 * ({@code camel.component.threecx.client-secret}, {@code CAMEL_COMPONENT_THREECX_CLIENTSECRET},
 * {@code THREECX_CLIENT_SECRET}, {@code ...threecx.ssl-context-parameters...key-store.password}).
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class ThreeCxSanitizingAutoConfiguration {

    @Bean
    public SanitizingFunction threeCxSecretSanitizingFunction() {
        return data -> masks(data.getKey()) ? data.withSanitizedValue() : data;
    }

    /** Whether a property key carries a 3CX secret, in any of the spellings Spring Boot accepts. */
    static boolean masks(String key) {
        if (key == null) {
            return false;
        }
        String k = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return k.contains("threecx") && (k.contains("secret") || k.contains("token") || k.contains("password"));
    }
}
