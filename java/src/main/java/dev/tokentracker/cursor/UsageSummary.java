package dev.tokentracker.cursor;

import dev.tokentracker.cursor.CursorApiException.Kind;
import dev.tokentracker.scan.JsonReader;
import dev.tokentracker.scan.MalformedRecordException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Cursor's answer to {@code GET /api/usage-summary}, as far as the tool needs it: a session is
 * valid when the answer is a JSON object with a {@code billingCycleStart} and a
 * {@code billingCycleEnd} (present and not null, false, 0 or empty, as upstream's truthiness test
 * had it); {@code membershipType} ("pro", "free_trial", …) is shown to the user.
 *
 * @param membershipType the membership as Cursor names it, control characters removed; empty
 *                       when the answer has none
 */
public record UsageSummary(Optional<String> membershipType) {

    private static final byte[] BILLING_CYCLE_START = "billingCycleStart".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BILLING_CYCLE_END = "billingCycleEnd".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MEMBERSHIP_TYPE = "membershipType".getBytes(StandardCharsets.US_ASCII);

    /** The summary in a response body; {@link Kind#BAD_BODY} when it is not a usage summary. */
    static UsageSummary parse(byte[] body) throws CursorApiException {
        boolean start = false;
        boolean end = false;
        String membership = null;
        try {
            JsonReader json = new JsonReader(body);
            if (json.peek() != JsonReader.Kind.OBJECT) {
                throw notASummary();
            }
            json.beginObject();
            while (json.nextMember()) {
                if (json.nameIs(BILLING_CYCLE_START)) {
                    start = truthy(json);
                } else if (json.nameIs(BILLING_CYCLE_END)) {
                    end = truthy(json);
                } else if (json.nameIs(MEMBERSHIP_TYPE)) {
                    membership = json.peek() == JsonReader.Kind.STRING ? printable(json.readString()) : skip(json);
                } else {
                    json.skipValue();
                }
            }
            json.endRecord();
        } catch (MalformedRecordException e) {
            throw new CursorApiException(Kind.BAD_BODY, "Cursor's usage summary is not valid JSON");
        }
        if (!start || !end) {
            throw notASummary();
        }
        return new UsageSummary(Optional.ofNullable(membership).filter(m -> !m.isEmpty()));
    }

    private static CursorApiException notASummary() {
        return new CursorApiException(Kind.BAD_BODY, "Cursor's answer is not a usage summary (no billing cycle)");
    }

    private static boolean truthy(JsonReader json) {
        return switch (json.peek()) {
            case STRING -> !json.readString().isEmpty();
            case NUMBER -> !json.readNumberText().matches("-?0(\\.0*)?([eE][+-]?[0-9]+)?");
            case TRUE -> json.readBoolean();
            default -> {
                json.skipValue();
                yield false;
            }
        };
    }

    private static String skip(JsonReader json) {
        json.skipValue();
        return null;
    }

    /** Server text is printed to a terminal: no control characters (escape sequences) pass. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
