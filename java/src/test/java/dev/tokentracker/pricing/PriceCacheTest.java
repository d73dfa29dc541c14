package dev.tokentracker.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriceCacheTest {

    private static final Instant FETCHED = Instant.parse("2026-03-10T09:00:00.123Z");
    private static final String URL = "https://example.test/prices.json";
    private static final Map<String, ModelRates> MODELS = Map.of(
            "a-model", new ModelRates(3_000_000, 15_000_000, 300_000, -1, -1, -1, -1, -1, -1, -1),
            "b/model", new ModelRates(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

    @TempDir
    Path dir;

    private PriceCache cache() {
        return new PriceCache(dir.resolve("token-tracker/pricing.json"));
    }

    @Test
    void whatIsWrittenReadsBack() throws IOException {
        cache().write(MODELS, FETCHED, URL);

        PriceCache.Entry entry = cache().read().orElseThrow();

        assertThat(entry.models()).isEqualTo(MODELS);
        assertThat(entry.fetchedAt()).isEqualTo(FETCHED);
        assertThat(entry.source()).isEqualTo(URL);
    }

    @Test
    void theCacheIsTheSnapshotFormatWithFetchTimeAndSource() throws IOException {
        cache().write(MODELS, FETCHED, URL);

        assertThat(Files.readString(cache().file())).isEqualTo("""
                {"format":1,"source":"https://example.test/prices.json","sourceDate":"2026-03-10",\
                "fetchedAt":1773133200123,"units":"picodollars per token","generatedBy":"token-tracker price cache",\
                "models":{
                "a-model":{"input":3000000,"output":15000000,"cacheRead":300000},
                "b/model":{"input":1,"output":2,"cacheRead":3,"cacheWrite":4,"cacheWrite1h":5,"inputAbove200k":6,\
                "outputAbove200k":7,"cacheReadAbove200k":8,"cacheWriteAbove200k":9,"cacheWrite1hAbove200k":10}
                }}
                """);
    }

    @Test
    void writingLeavesNoTemporaryFileAndReplacesTheOldCache() throws IOException {
        cache().write(Map.of("old", MODELS.get("a-model")), FETCHED.minusSeconds(7200), URL);
        cache().write(MODELS, FETCHED, URL);

        try (var files = Files.list(cache().file().getParent())) {
            assertThat(files).containsExactly(cache().file());
        }
        assertThat(cache().read().orElseThrow().models()).isEqualTo(MODELS);
    }

    @Test
    void noFileIsNoCache() {
        assertThat(cache().read()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "{\"format\":1,\"source\":\"u\",\"fetchedAt\":1,\"models\":{\"m\":{\"input\":1}",
        "{\"format\":1,\"source\":\"u\",\"fetchedAt\":1,\"models\":{\"m\":{\"input\":1}}}}",
        "{\"format\":1,\"source\":\"u\",\"fetchedAt\":1,\"models\":{\"m\":{\"input\":-1}}}",
        "{\"format\":1,\"source\":\"u\",\"fetchedAt\":1,\"models\":{\"m\":{\"input\":1.5}}}",
        "{\"format\":1,\"source\":\"u\",\"fetchedAt\":1,\"models\":{\"m\":{\"input\":\"1\"}}}",
        "{\"format\":1,\"source\":\"u\",\"fetchedAt\":1,\"models\":{}}",
        "{\"format\":1,\"source\":\"u\",\"models\":{\"m\":{\"input\":1}}}",
        "{\"format\":1,\"fetchedAt\":1,\"models\":{\"m\":{\"input\":1}}}",
        "{\"format\":2,\"source\":\"u\",\"fetchedAt\":1,\"models\":{\"m\":{\"input\":1}}}",
        "{\"format\":1,\"source\":\"u\",\"sourceDate\":\"2026-13-01\",\"fetchedAt\":1,\"models\":{\"m\":{\"input\":1}}}",
        "{\"format\":1,\"source\":\"u\",\"fetchedAt\":\"yesterday\",\"models\":{\"m\":{\"input\":1}}}",
        "[1,2,3]"})
    void anUnusableFileIsNoCache(String text) throws IOException {
        Files.createDirectories(cache().file().getParent());
        Files.writeString(cache().file(), text);

        assertThat(cache().read()).isEmpty();
    }

    @Test
    void theBundledSnapshotIsNotACache() throws IOException {
        Files.createDirectories(cache().file().getParent());
        try (InputStream in = PriceSnapshot.class.getResourceAsStream(PriceSnapshot.RESOURCE)) {
            Files.copy(in, cache().file());
        }

        assertThat(cache().read()).isEmpty();
    }

    @Test
    void freshMeansYoungerThanAnHourAndFromTheSameUrl() {
        PriceCache.Entry entry = new PriceCache.Entry(MODELS, FETCHED, URL);

        assertThat(entry.isFreshAt(FETCHED, URL)).isTrue();
        assertThat(entry.isFreshAt(FETCHED.plus(Duration.ofMinutes(60)).minusMillis(1), URL)).isTrue();
        assertThat(entry.isFreshAt(FETCHED.plus(Duration.ofMinutes(60)), URL)).isFalse();
        assertThat(entry.isFreshAt(FETCHED.minusSeconds(1), URL)).as("fetched in the future").isFalse();
        assertThat(entry.isFreshAt(FETCHED, "http://127.0.0.1:1/other")).isFalse();
        assertThat(entry.kindAt(FETCHED.plus(Duration.ofDays(3)))).isEqualTo(PriceOrigin.Kind.EXPIRED_CACHE);
    }
}
