package io.camel3cx.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.camel3cx.auth.ExpiresInUnit;
import io.camel3cx.component.ThreeCxComponent;
import io.camel3cx.component.ThreeCxConfiguration;

/** How camel.component.threecx.* reaches the component, and the switches that turn that off. */
class ThreeCxAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, ThreeCxComponentConverter.class,
                    ThreeCxComponentAutoConfiguration.class))
            .withPropertyValues("camel.main.name=threecx-starter-test");

    @Test
    void propertiesConfigureTheComponent() {
        runner.withPropertyValues(
                "camel.component.threecx.base-url=https://pbx.example.com",
                "camel.component.threecx.client-id=integration",
                "camel.component.threecx.client-secret=s3cr3t",
                "camel.component.threecx.api-version=20.0.7",
                "camel.component.threecx.connect-timeout=2500",
                "camel.component.threecx.token-expires-in-unit=minutes",
                "camel.component.threecx.throw-exception-on-failure=false")
                .run(context -> {
                    ThreeCxConfiguration c = component(context.getBean(CamelContext.class)).getConfiguration();
                    assertThat(c.getBaseUrl()).isEqualTo("https://pbx.example.com");
                    assertThat(c.getClientId()).isEqualTo("integration");
                    assertThat(c.getClientSecret()).isEqualTo("s3cr3t");
                    assertThat(c.getApiVersion()).isEqualTo("20.0.7");
                    assertThat(c.getConnectTimeout()).isEqualTo(2500);
                    assertThat(c.getTokenExpiresInUnit()).isEqualTo(ExpiresInUnit.MINUTES);
                    assertThat(c.isThrowExceptionOnFailure()).isFalse();
                    // untouched options keep the component's defaults
                    assertThat(c.getResponseTimeout()).isEqualTo(30000);
                    assertThat(c.getMaxConnections()).isEqualTo(20);
                });
    }

    @Test
    void theSecretStaysOutOfTheirToString() {
        runner.withPropertyValues("camel.component.threecx.client-secret=s3cr3t")
                .run(context -> assertThat(context.getBean(ThreeCxComponentConfiguration.class).toString())
                        .doesNotContain("s3cr3t").contains("clientSecret=******"));
    }

    @Test
    void sslContextParametersByBeanReference() {
        runner.withUserConfiguration(TlsBeans.class)
                .withPropertyValues("camel.component.threecx.ssl-context-parameters=#bean:pbxTls")
                .run(context -> assertThat(component(context.getBean(CamelContext.class)).getConfiguration()
                        .getSslContextParameters()).isSameAs(context.getBean("pbxTls")));
    }

    @Test
    void sslContextParametersAsNestedProperties() {
        runner.withPropertyValues(
                "camel.component.threecx.ssl-context-parameters.trust-managers.key-store.resource=file:/etc/pbx/trust.p12",
                "camel.component.threecx.ssl-context-parameters.trust-managers.key-store.type=PKCS12")
                .run(context -> {
                    SSLContextParameters tls = component(context.getBean(CamelContext.class)).getConfiguration()
                            .getSslContextParameters();
                    assertThat(tls.getTrustManagers().getKeyStore().getResource()).isEqualTo("file:/etc/pbx/trust.p12");
                    assertThat(tls.getTrustManagers().getKeyStore().getType()).isEqualTo("PKCS12");
                });
    }

    @Test
    void aValueThatIsNoBeanReferenceIsRefusedWithTheExpectedForm() {
        runner.withPropertyValues("camel.component.threecx.ssl-context-parameters=pbxTls")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("#bean:<name>").hasMessageContaining("'pbxTls'"));
    }

    @Test
    void disabledStarterLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.threecx.enabled=false",
                "camel.component.threecx.base-url=https://pbx.example.com")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ThreeCxComponentAutoConfiguration.class);
                    assertThat(component(context.getBean(CamelContext.class)).getConfiguration().getBaseUrl()).isNull();
                });
    }

    @Test
    void disabledCustomizerLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.threecx.customizer.enabled=false",
                "camel.component.threecx.base-url=https://pbx.example.com")
                .run(context -> assertThat(component(context.getBean(CamelContext.class)).getConfiguration()
                        .getBaseUrl()).isNull());
    }

    private static ThreeCxComponent component(CamelContext camel) {
        return camel.getComponent("threecx", ThreeCxComponent.class);
    }

    @Configuration(proxyBeanMethods = false)
    static class TlsBeans {
        @Bean
        SSLContextParameters pbxTls() {
            KeyStoreParameters store = new KeyStoreParameters();
            store.setResource("classpath:none.p12");
            TrustManagersParameters trust = new TrustManagersParameters();
            trust.setKeyStore(store);
            SSLContextParameters tls = new SSLContextParameters();
            tls.setTrustManagers(trust);
            return tls;
        }
    }
}
