package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokentracker.cursor.CursorApiException.Kind;
import dev.tokentracker.testing.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CursorApiTest {

    static final SessionToken TOKEN = new SessionToken("user_01TESTONLY%3A%3AeyJ0ZXN0IjoidG9rZW4ifQ.c2lnbmF0dXJl");
    private static final String SUMMARY = "/api/usage-summary";
    private static final String EXPORT = "/api/dashboard/export-usage-events-csv";
    private static final String VALID_SUMMARY =
            "{\"billingCycleStart\":\"2026-05-01T00:00:00.000Z\",\"billingCycleEnd\":\"2026-06-01T00:00:00.000Z\",\"membershipType\":\"pro\"}";

    private final LoopbackServer server = LoopbackServer.start();
    private final List<String> trace = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private CursorApi api() {
        return api(Duration.ofSeconds(5), 64 * 1024);
    }

    private CursorApi api(Duration total, long cap) {
        return new CursorApi(new CursorHttpSettings(server.baseUrl(), Duration.ofSeconds(2), total, cap), trace::add);
    }

    @Test
    void sendsTheCookieAndBrowserHeadersToTheExportEndpoint() throws Exception {
        server.on(EXPORT, LoopbackServer.csv("Date,Model\n"));

        api().exportCsv(TOKEN);

        LoopbackServer.Request request = server.requests().getFirst();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.pathAndQuery()).isEqualTo(EXPORT + "?strategy=tokens");
        assertThat(request.header("Cookie")).isEqualTo("WorkosCursorSessionToken=" + TOKEN.value());
        assertThat(request.header("Accept")).isEqualTo("*/*");
        assertThat(request.header("Accept-Language")).isEqualTo("en-US,en;q=0.9");
        assertThat(request.header("Referer")).isEqualTo("https://www.cursor.com/settings");
        assertThat(request.header("User-Agent")).startsWith("Mozilla/5.0 ");
    }

    @Test
    void aSummaryWithABillingCycleIsValidAndNamesTheMembership() throws Exception {
        server.on(SUMMARY, LoopbackServer.json(VALID_SUMMARY));

        UsageSummary summary = api().usageSummary(TOKEN);

        assertThat(summary.membershipType()).contains("pro");
        assertThat(server.requests().getFirst().header("Cookie")).isEqualTo("WorkosCursorSessionToken=" + TOKEN.value());
    }

    @Test
    void aSummaryWithoutBothEndsOfTheBillingCycleIsNotValid() {
        server.on(SUMMARY, LoopbackServer.json("{\"billingCycleStart\":\"2026-05-01\",\"billingCycleEnd\":null}"));

        assertThatThrownBy(() -> api().usageSummary(TOKEN)).isInstanceOf(CursorApiException.class)
                .extracting(e -> ((CursorApiException) e).kind()).isEqualTo(Kind.BAD_BODY);
    }

    @Test
    void aSummaryThatIsNotJsonIsNotValid() {
        server.on(SUMMARY, LoopbackServer.text(200, "text/html", "<!DOCTYPE html><html></html>"));

        assertThatThrownBy(() -> api().usageSummary(TOKEN)).hasMessageContaining("not valid JSON");
    }

    @Test
    void a401Or403IsAnExpiredSession() {
        server.on(SUMMARY, LoopbackServer.text(401, "application/json", "{\"error\":\"unauthorized\"}"));
        server.on(EXPORT, LoopbackServer.text(403, "text/html", "forbidden"));

        assertThatThrownBy(() -> api().usageSummary(TOKEN)).extracting(e -> ((CursorApiException) e).kind())
                .isEqualTo(Kind.UNAUTHORIZED);
        assertThatThrownBy(() -> api().exportCsv(TOKEN)).hasMessageContaining("HTTP 403")
                .extracting(e -> ((CursorApiException) e).kind()).isEqualTo(Kind.UNAUTHORIZED);
    }

    @Test
    void anotherStatusIsNamedAndARedirectIsNotFollowed() {
        server.on(EXPORT, LoopbackServer.text(503, "text/plain", "busy"));
        server.on(SUMMARY, exchange -> {
            exchange.getResponseHeaders().set("Location", "http://elsewhere.invalid/steal");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });

        assertThatThrownBy(() -> api().exportCsv(TOKEN)).hasMessageEndingWith("answered HTTP 503");
        assertThatThrownBy(() -> api().usageSummary(TOKEN)).hasMessageContaining("redirect (HTTP 302)");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void noAnswerBeforeTheDeadlineIsATimeout() {
        server.on(EXPORT, LoopbackServer.silentFor(Duration.ofSeconds(3)));

        assertThatThrownBy(() -> api(Duration.ofMillis(300), 64 * 1024).exportCsv(TOKEN))
                .extracting(e -> ((CursorApiException) e).kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void theDeadlineIncludesTheBody() {
        server.on(EXPORT, LoopbackServer.slowBody("Date,Model\n", Duration.ofSeconds(3), "\"2026-01-01\",\"auto\"\n"));
        long start = System.nanoTime();

        assertThatThrownBy(() -> api(Duration.ofMillis(400), 64 * 1024).exportCsv(TOKEN))
                .hasMessageContaining("no complete answer")
                .extracting(e -> ((CursorApiException) e).kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aBodyOverTheCapIsRefusedWithOrWithoutContentLength() {
        server.on(EXPORT, LoopbackServer.chunkedExportOf(4096));
        server.on(SUMMARY, LoopbackServer.declaredExportOf(4096));

        assertThatThrownBy(() -> api(Duration.ofSeconds(5), 1024).exportCsv(TOKEN))
                .extracting(e -> ((CursorApiException) e).kind()).isEqualTo(Kind.TOO_LARGE);
        assertThatThrownBy(() -> api(Duration.ofSeconds(5), 1024).usageSummary(TOKEN))
                .extracting(e -> ((CursorApiException) e).kind()).isEqualTo(Kind.TOO_LARGE);
    }

    @Test
    void aBodyUpToTheCapIsAccepted() throws Exception {
        server.on(EXPORT, LoopbackServer.chunkedExportOf(1024));

        assertThat(api(Duration.ofSeconds(5), 1024).exportCsv(TOKEN)).hasSize(1024);
    }

    @Test
    void aBodyShorterThanItsContentLengthIsTruncated() {
        server.on(EXPORT, LoopbackServer.cutShort("Date,Model\n\"2026-01-01\",\"auto\"\n", 15));

        assertThatThrownBy(() -> api().exportCsv(TOKEN))
                .extracting(e -> ((CursorApiException) e).kind()).isEqualTo(Kind.TRUNCATED);
    }

    @Test
    void aClosedPortIsANetworkFailure() {
        String base = server.baseUrl();
        server.close();
        CursorApi api = new CursorApi(new CursorHttpSettings(base, Duration.ofSeconds(2), Duration.ofSeconds(5), 1024));

        assertThatThrownBy(() -> api.exportCsv(TOKEN)).hasMessageStartingWith("could not connect to 127.0.0.1:")
                .extracting(e -> ((CursorApiException) e).kind()).isEqualTo(Kind.NETWORK);
    }

    @Test
    void aBaseUrlThatIsNotHttpIsAConfigurationError() {
        CursorApi api = new CursorApi(new CursorHttpSettings("file:///etc", Duration.ofSeconds(1), Duration.ofSeconds(1), 1));

        assertThatThrownBy(() -> api.exportCsv(TOKEN)).extracting(e -> ((CursorApiException) e).kind())
                .isEqualTo(Kind.CONFIGURATION);
    }

    @Test
    void theBaseUrlMayEndInASlash() {
        CursorHttpSettings settings = new CursorHttpSettings("http://127.0.0.1:9/", Duration.ZERO, Duration.ZERO, 0);

        assertThat(settings.uri(CursorApi.SUMMARY_PATH).map(Object::toString)).contains("http://127.0.0.1:9/api/usage-summary");
        assertThat(new CursorHttpSettings("not a url", Duration.ZERO, Duration.ZERO, 0).uri("/x")).isEqualTo(Optional.empty());
    }

    @Test
    void theVerboseTraceNamesTheRequestButNoHeader() throws Exception {
        server.on(EXPORT, LoopbackServer.csv("Date,Model\n"));

        api().exportCsv(TOKEN);

        assertThat(trace).singleElement().asString()
                .startsWith("GET " + server.baseUrl() + EXPORT + "?strategy=tokens: HTTP 200, 11 bytes, ")
                .doesNotContain(TOKEN.value());
    }

    @Test
    void noFailureMessageQuotesTheToken() {
        server.on(EXPORT, LoopbackServer.text(401, "text/plain", "bad cookie " + TOKEN.value()));
        server.on(SUMMARY, LoopbackServer.text(200, "text/html", "<p>" + TOKEN.value() + "</p>"));

        assertThatThrownBy(() -> api().exportCsv(TOKEN)).message().doesNotContain(TOKEN.value());
        assertThatThrownBy(() -> api().usageSummary(TOKEN)).message().doesNotContain(TOKEN.value());
        assertThat(String.join("\n", trace).getBytes(StandardCharsets.UTF_8)).asString().doesNotContain(TOKEN.value());
    }
}
