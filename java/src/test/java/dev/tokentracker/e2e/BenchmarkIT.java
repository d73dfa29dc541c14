package dev.tokentracker.e2e;

import static dev.tokentracker.e2e.PricingDegradationIT.millis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.testing.LoopbackServer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --benchmark} on the packaged jar with slow stand-ins (Cursor 1.5 s, LiteLLM 0.5 s): it
 * names each phase-1 branch, finalize and the total, and the numbers show the overlap — run
 * concurrently the total is about the longest branch plus finalize, one after another about the
 * sum. {@code bench/overlap.sh} measures the same on a large corpus.
 */
class BenchmarkIT {

    private static final String MS = "[0-9]+\\.[0-9] ms";

    private final Invocations log = new Invocations();

    static Stream<String> engines() {
        return E2e.engineNames();
    }

    private PackagedJar.Result run(String engine, String... more) {
        try (Scene scene = new Scene("bench", log).pricesFromNetwork().loggedIn()) {
            scene.cursor.on(Scene.EXPORT_PATH, exchange -> {
                Thread.sleep(1_500);
                LoopbackServer.csv(Scene.FRESH_EXPORT).respond(exchange);
            });
            scene.litellm.on(E2e.PRICES_PATH, exchange -> {
                Thread.sleep(500);
                LoopbackServer.bytes(200, E2e.liteLlmTable()).respond(exchange);
            });
            PackagedJar.Result run = scene.run("models", "--benchmark", "--engine", engine, "--home", E2e.home().toString())
                    .args(more).go();
            assertThat(run.exitCode()).as(run.command()).isZero();
            return run;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void phasesOverlapWhenConcurrentAndAddUpWhenSequential(String engine) {
        PackagedJar.Result concurrent = run(engine);
        PackagedJar.Result sequential = run(engine, "--sequential");

        assertThat(concurrent.err().lines().filter(l -> !l.startsWith("warning: no price")).toList()).satisfiesExactly(
                line -> assertThat(line).startsWith("engine: " + engine + " ("),
                line -> assertThat(line).matches("phase 1 \\(concurrent\\): cursor sync " + MS + ", pricing " + MS + ", local parse " + MS),
                line -> assertThat(line).matches("finalize: " + MS),
                line -> assertThat(line).matches("total: " + MS));
        assertThat(sequential.err()).containsPattern("(?m)^phase 1 \\(one after another\\): ");

        double cursor = millis(concurrent.err(), "cursor sync ");
        double pricing = millis(concurrent.err(), "pricing ");
        double parse = millis(concurrent.err(), "local parse ");
        double finalize = millis(concurrent.err(), "finalize: ");
        double total = millis(concurrent.err(), "total: ");
        assertThat(cursor).as("the stand-in Cursor's latency").isGreaterThanOrEqualTo(1_500);
        assertThat(pricing).as("the stand-in LiteLLM's latency").isGreaterThanOrEqualTo(500);
        // Overlap, stated so that a loaded machine cannot fail it: the branches' own times add up
        // to more than the run took. How close the total comes to the longest branch is measured
        // by bench/overlap.sh (docs/benchmarks.md), not asserted here.
        assertThat(total).as(concurrent.err()).isLessThan(cursor + pricing + parse + finalize);

        double sum = millis(sequential.err(), "cursor sync ") + millis(sequential.err(), "pricing ")
                + millis(sequential.err(), "local parse ");
        assertThat(millis(sequential.err(), "total: ")).as(sequential.err()).isGreaterThanOrEqualTo(sum);
        assertThat(sequential.out()).isEqualTo(concurrent.out());
    }
}
