package io.camel3cx.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camel3cx.simulator.ThreeCxSimulator;

/** What a static extension keeps between tests (the simulator and its state) and what it resets (log, faults). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionLifecycleTest {

    @RegisterExtension
    static ThreeCxSimulatorExtension pbx = ThreeCxSimulatorExtension.create();

    private static ThreeCxSimulator firstTestsSimulator;

    @Test
    @Order(1)
    void theFirstTestLeavesAUserAFaultAndLogEntries() throws Exception {
        firstTestsSimulator = pbx.simulator();
        try (CamelContext context = pbx.configure(new DefaultCamelContext())) {
            context.start();
            context.createProducerTemplate().requestBody("threecx:users/createUser",
                    Map.of("FirstName", "Kept", "LastName", "Between", "Number", "777"));
        }
        pbx.simulator().faults().forOperation("users/listUser");
        assertTrue(pbx.requestLog().size() >= 2, pbx.requestLog().toString());
    }

    @Test
    @Order(2)
    void theSecondTestHasTheSameSimulatorWithItsStateButAClearLogAndNoFaults() throws Exception {
        assertEquals(firstTestsSimulator, pbx.simulator());
        assertEquals(0, pbx.requestLog().size());
        assertEquals(0, pbx.simulator().faults().rules().size());
        try (CamelContext context = pbx.configure(new DefaultCamelContext())) {
            context.start();
            Object users = context.createProducerTemplate()
                    .requestBody("threecx:users/listUser?filter=Number eq '777'&select=Number", (Object) null);
            assertEquals(1, ((java.util.List<?>) users).size());
        }
    }

    @Test
    @Order(3)
    void theSimulatorSpeaksHttpsByDefault() {
        assertTrue(pbx.simulator().baseUrl().startsWith("https://127.0.0.1:"), pbx.simulator().baseUrl());
        assertNotNull(pbx.component().getConfiguration().getSslContextParameters());
    }

    @Test
    @Order(4)
    void anUnknownReleaseIsRefusedWhereTheExtensionIsDeclared() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThreeCxSimulatorExtension.create().apiVersion("20.0.99"));
        assertTrue(e.getMessage().contains("20.0.99"), e.getMessage());
    }

    @Nested
    class NestedTests {

        @Test
        void shareTheOuterClassSimulator() {
            // JUnit runs @Nested classes after the outer class's own tests, so the first test has run.
            assertNotNull(firstTestsSimulator);
            assertSame(firstTestsSimulator, pbx.simulator());
        }
    }
}
