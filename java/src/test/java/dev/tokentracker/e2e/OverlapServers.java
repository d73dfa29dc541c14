package dev.tokentracker.e2e;

import dev.tokentracker.testing.LoopbackServer;
import java.io.IOException;
import java.time.Duration;

/**
 * The stand-ins {@code bench/overlap.sh} runs against: a Cursor that answers its export after a
 * delay and a LiteLLM that answers the price table after another. Prints the two base URLs (the
 * Cursor base, then the price table's URL), then serves until stdin closes.
 *
 * <p>{@code OverlapServers CURSOR_MS PRICING_MS}
 */
public final class OverlapServers {

    private OverlapServers() {
    }

    public static void main(String[] args) throws IOException {
        Duration cursorDelay = Duration.ofMillis(Long.parseLong(args[0]));
        Duration pricingDelay = Duration.ofMillis(Long.parseLong(args[1]));
        try (LoopbackServer cursor = LoopbackServer.start(); LoopbackServer litellm = LoopbackServer.start()) {
            cursor.on(Scene.EXPORT_PATH, exchange -> {
                Thread.sleep(cursorDelay);
                LoopbackServer.csv(Scene.FRESH_EXPORT).respond(exchange);
            });
            byte[] table = E2e.liteLlmTable();
            litellm.on(E2e.PRICES_PATH, exchange -> {
                Thread.sleep(pricingDelay);
                LoopbackServer.bytes(200, table).respond(exchange);
            });
            System.out.println(cursor.baseUrl());
            System.out.println(litellm.baseUrl() + E2e.PRICES_PATH);
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
