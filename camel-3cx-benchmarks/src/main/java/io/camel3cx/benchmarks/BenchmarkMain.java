package io.camel3cx.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CallBenchmark} with JMH and prints, per operation, the component's time as a multiple of the
 * hand-written baseline's, measured in the same run. Settings come from system properties
 * ({@code benchmark.forks}, {@code benchmark.warmups}, {@code benchmark.iterations}, {@code benchmark.seconds},
 * {@code benchmark.threads}); {@code benchmark.report} names a file that gets the table too.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        int seconds = Integer.getInteger("benchmark.seconds", 2);
        Options options = new OptionsBuilder()
                .include(CallBenchmark.class.getName() + ".*")
                .forks(Integer.getInteger("benchmark.forks", 1))
                .warmupIterations(Integer.getInteger("benchmark.warmups", 3))
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(Integer.getInteger("benchmark.iterations", 5))
                .measurementTime(TimeValue.seconds(seconds))
                .threads(Integer.getInteger("benchmark.threads", 1))
                .build();
        Collection<RunResult> results = new Runner(options).run();

        List<RatioReport.Score> scores = results.stream().map(r -> {
            Result<?> primary = r.getPrimaryResult();
            return new RatioReport.Score(r.getParams().getBenchmark(), primary.getScore(), primary.getScoreError(),
                    primary.getScoreUnit());
        }).toList();
        String table = "camel-3cx benchmark, " + Instant.now() + ", Java " + System.getProperty("java.version") + ", "
                       + Runtime.getRuntime().availableProcessors() + " cores, " + Integer.getInteger("benchmark.threads", 1)
                       + " thread(s)\n" + RatioReport.format(RatioReport.rows(scores));
        System.out.println();
        System.out.print(table);
        String report = System.getProperty("benchmark.report");
        if (report != null && !report.isBlank()) {
            Files.writeString(Path.of(report), table, StandardCharsets.UTF_8);
            System.out.println("Written to " + report);
        }
    }
}
