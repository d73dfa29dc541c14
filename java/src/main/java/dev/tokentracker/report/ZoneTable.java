package dev.tokentracker.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The report time zone as a plain table of UTC offsets: {@code offsets[i]} applies from
 * {@code starts[i]} (epoch seconds) until the next start. Built once from the JDK's tz rules and
 * handed to both engines, so a message's calendar date is computed identically in Java and in
 * Rust, whatever tz database the native side might otherwise have seen.
 *
 * <p>Transitions are listed from 1900 to 2200; outside that span the nearest offset applies.
 */
public final class ZoneTable {

    private static final Instant FIRST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2200-01-01T00:00:00Z");

    private final String zoneId;
    private final long[] starts;
    private final int[] offsets;

    private ZoneTable(String zoneId, long[] starts, int[] offsets) {
        this.zoneId = zoneId;
        this.starts = starts;
        this.offsets = offsets;
    }

    public static ZoneTable of(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<long[]> rows = new ArrayList<>();
        rows.add(new long[] {Long.MIN_VALUE, rules.getOffset(FIRST).getTotalSeconds()});
        ZoneOffsetTransition next = rules.nextTransition(FIRST);
        while (next != null && next.getInstant().isBefore(LAST)) {
            rows.add(new long[] {next.getInstant().getEpochSecond(), next.getOffsetAfter().getTotalSeconds()});
            next = rules.nextTransition(next.getInstant());
        }
        long[] starts = new long[rows.size()];
        int[] offsets = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            starts[i] = rows.get(i)[0];
            offsets[i] = (int) rows.get(i)[1];
        }
        return new ZoneTable(zone.getId(), starts, offsets);
    }

    public String zoneId() {
        return zoneId;
    }

    /** Transition starts (epoch seconds; the first is Long.MIN_VALUE). */
    public long[] starts() {
        return starts.clone();
    }

    /** UTC offsets in seconds, one per start. */
    public int[] offsets() {
        return offsets.clone();
    }

    /** The local calendar day (days since 1970-01-01) of a UTC instant in milliseconds. */
    public long epochDay(long timestampMs) {
        long seconds = Math.floorDiv(timestampMs, 1000);
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= seconds) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.floorDiv(timestampMs + offsets[lo] * 1000L, 86_400_000L);
    }
}
