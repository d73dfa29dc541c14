package dev.tokentracker.source;

import dev.tokentracker.model.UsageMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The golden text of a phase-1 parse (testdata/golden/parse/…): one JSON line per message in
 * order, then one line of counts. Fixed key order and plain formatting, so that the Rust tests
 * can produce the identical text without a JSON library's opinions.
 */
public final class ParseDump {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ParseDump() {
    }

    public static String of(SourceResult result) {
        StringBuilder out = new StringBuilder();
        messages(out, result.messages());
        stats(out, result.stats());
        return out.toString();
    }

    /**
     * A whole phase 1, as the native engine's {@code tt_local_dump} writes it: every message in
     * order, then one counts line per parsed source, in source order.
     */
    public static String ofLocal(LocalParseResult result) {
        StringBuilder out = new StringBuilder();
        messages(out, result.messages());
        for (dev.tokentracker.model.Source source : dev.tokentracker.model.Source.values()) {
            SourceStats s = result.stats().get(source);
            if (s != null) {
                stats(out, s);
            }
        }
        return out.toString();
    }

    private static void messages(StringBuilder out, java.util.List<UsageMessage> messages) {
        for (UsageMessage m : messages) {
            out.append("{\"source\":\"").append(m.source().id())
                    .append("\",\"model\":").append(quote(m.modelId()))
                    .append(",\"provider\":").append(quote(m.providerId()))
                    .append(",\"session\":").append(quote(m.sessionId()))
                    .append(",\"time\":\"").append(TIME.format(Instant.ofEpochMilli(m.timestampMs())))
                    .append("\",\"input\":").append(m.input())
                    .append(",\"output\":").append(m.output())
                    .append(",\"cacheRead\":").append(m.cacheRead())
                    .append(",\"cacheWrite\":").append(m.cacheWrite())
                    .append(",\"cacheWrite1h\":").append(m.cacheWrite1h())
                    .append(",\"reasoning\":").append(m.reasoning())
                    .append(",\"reportedCost\":").append(m.hasReportedCost()
                            ? "\"" + BigDecimal.valueOf(m.reportedCostPicos(), 12).stripTrailingZeros().toPlainString() + "\""
                            : "null")
                    .append(",\"costRule\":\"").append(m.costRule().name()).append('"')
                    .append("}\n");
        }
    }

    private static void stats(StringBuilder out, SourceStats s) {
        out.append("{\"stats\":{\"filesRead\":").append(s.filesRead())
                .append(",\"filesUnreadable\":").append(s.filesUnreadable())
                .append(",\"recordsParsed\":").append(s.recordsParsed())
                .append(",\"malformed\":").append(s.malformed())
                .append(",\"duplicates\":").append(s.duplicates())
                .append(",\"messages\":").append(s.messages())
                .append("}}\n");
    }

    /** JSON string quoting: escapes quote, backslash and control characters only. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
