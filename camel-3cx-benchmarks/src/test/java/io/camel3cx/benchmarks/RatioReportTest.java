package io.camel3cx.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RatioReportTest {

    private static RatioReport.Score score(String method, double mean, double error) {
        return new RatioReport.Score("io.camel3cx.benchmarks.CallBenchmark." + method, mean, error, "us/op");
    }

    @Test
    void pairsBaselineAndThreecxByOperation() {
        List<RatioReport.Row> rows = RatioReport.rows(List.of(score("getUserThreecx", 60, 6),
                score("getUserBaseline", 50, 0), score("reprovisionPhoneBaseline", 40, 4),
                score("reprovisionPhoneThreecx", 40, 0)));

        assertEquals(2, rows.size());
        assertEquals("getUser", rows.get(0).operation());
        assertEquals(1.2, rows.get(0).ratio(), 1e-9);
        assertEquals(0.12, rows.get(0).ratioError(), 1e-9); // 10% of the threecx score, none of the baseline's
        assertEquals(1.0, rows.get(1).ratio(), 1e-9);
        assertTrue(RatioReport.format(rows).contains("1.20 ± 0.12"), RatioReport.format(rows));
    }

    @Test
    void aBenchmarkWithoutItsPartnerIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RatioReport.rows(List.of(score("getUserBaseline", 50, 1))));
        assertEquals("Operation getUser has no Threecx benchmark to pair with", e.getMessage());
    }

    @Test
    void aBenchmarkNamedNeitherWayIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RatioReport.rows(List.of(score("getUserFast", 50, 1))));
        assertTrue(e.getMessage().contains("is named neither <operation>Baseline nor <operation>Threecx"),
                e.getMessage());
    }
}
