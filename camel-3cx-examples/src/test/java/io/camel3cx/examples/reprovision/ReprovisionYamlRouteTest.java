package io.camel3cx.examples.reprovision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camel3cx.examples.ExampleRunner;
import io.camel3cx.examples.PbxTarget;
import io.camel3cx.simulator.RecordedRequest;
import io.camel3cx.test.ThreeCxSimulatorExtension;

/** The YAML DSL route, loaded by Camel Main as the example runs it. */
class ReprovisionYamlRouteTest {

    @RegisterExtension
    ThreeCxSimulatorExtension pbx = ThreeCxSimulatorExtension.create();

    @TempDir
    Path output;

    @Test
    void reprovisionsEveryListedPhoneAndReportsThoseThePbxRefuses() throws Exception {
        // The bundled list: five phones of the simulator's default seed data, one unknown, one malformed.
        ReprovisionJob job = new ReprovisionJob(PbxTarget.of(pbx.simulator(), "test simulator"),
                ReprovisionJob.BUNDLED_LIST, output);
        String printed = run(job);

        assertEquals(List.of("reprovisioned 0C383E553D06", "reprovisioned 0C383EB87D43",
                "reprovisioned 0004133A6525", "reprovisioned 805EC02FD778", "reprovisioned 805EC0CBA519",
                "failed 805EC0FFFFFF: WARNINGS.XAPI.NOT_FOUND (mac)",
                "failed 805EC0-BAD: WARNINGS.XAPI.INVALID_MAC (mac)"), job.result());
        List<RecordedRequest> calls = reprovisionCalls();
        assertEquals(List.of("{\"mac\":\"0C383E553D06\"}", "{\"mac\":\"0C383EB87D43\"}", "{\"mac\":\"0004133A6525\"}",
                "{\"mac\":\"805EC02FD778\"}", "{\"mac\":\"805EC0CBA519\"}", "{\"mac\":\"805EC0FFFFFF\"}",
                "{\"mac\":\"805EC0-BAD\"}"), calls.stream().map(RecordedRequest::body).toList());
        assertEquals(List.of(204, 204, 204, 204, 204, 404, 400), calls.stream().map(RecordedRequest::status).toList());
        String report = Files.readString(output.resolve(ReprovisionJob.REPORT_FILE));
        assertEquals(String.join(System.lineSeparator(), job.result()) + System.lineSeparator()
                + "5 reprovisioned, 2 failed" + System.lineSeparator(), report);
        assertEquals(true, printed.contains(report), printed);
    }

    @Test
    void readsTheListFromAFileAndSkipsCommentsAndBlankLines() throws Exception {
        Path list = Files.writeString(output.resolve("phones.txt"),
                "# front desk\r\n\r\n   \n  0C383E553D06  \r\n#0C383EB87D43\n", StandardCharsets.UTF_8);
        ReprovisionJob job = new ReprovisionJob(PbxTarget.of(pbx.simulator(), "test simulator"),
                "file:" + list.toAbsolutePath(), output);

        run(job);

        assertEquals(List.of("reprovisioned 0C383E553D06"), job.result());
        assertEquals(List.of("{\"mac\":\"0C383E553D06\"}"), reprovisionCalls().stream().map(RecordedRequest::body).toList());
    }

    private List<RecordedRequest> reprovisionCalls() {
        return pbx.requestLog().stream().filter(r -> r.method().equals("POST")
                && r.path().equals("/xapi/v1/Users/Pbx.ReprovisionPhone")).toList();
    }

    private static String run(ReprovisionJob job) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExampleRunner.run(job.pbx(), job, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
