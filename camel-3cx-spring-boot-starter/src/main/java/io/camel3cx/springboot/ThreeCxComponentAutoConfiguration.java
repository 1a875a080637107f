package io.camel3cx.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

import io.camel3cx.component.ThreeCxComponent;

/**
 * Applies {@code camel.component.threecx.*} to the {@code threecx} component when Camel creates it, through a
 * {@link ComponentCustomizer} as every Camel starter does: only the properties that are set are copied, so a
 * component bean configured in code keeps what the properties do not mention. Off with
 * {@code camel.component.threecx.enabled=false} (or {@code camel.component.enabled=false} for all starters);
 * {@code camel.component.threecx.customizer.enabled=false} keeps the auto-configuration but skips the copy.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, ThreeCxComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, ThreeCxComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.threecx" })
public class ThreeCxComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureThreeCxComponent(CamelContext camelContext,
            ThreeCxComponentConfiguration configuration, ApplicationContext applicationContext) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof ThreeCxComponent
                       && HierarchicalPropertiesEvaluator.evaluate(applicationContext,
                               "camel.component.customizer", "camel.component.threecx.customizer");
            }
        };
    }
}
