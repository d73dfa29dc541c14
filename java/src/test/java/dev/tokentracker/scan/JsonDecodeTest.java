package dev.tokentracker.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Decoding of string values and member names: escapes, surrogate pairs, multi-byte UTF-8. */
class JsonDecodeTest {

    private static final String E_ACUTE = "\u00e9";
    private static final String ZHONG = "\u4e2d";
    private static final String GRIN = "\uD83D\uDE00";

    /** Label, the bytes between the quotes (as a Java string, sent as UTF-8), the decoded value. */
    static Stream<Arguments> strings() {
        return Stream.of(
                Arguments.of("plain ASCII", "abc", "abc"),
                Arguments.of("empty", "", ""),
                Arguments.of("simple escapes", "\\\"\\\\\\/\\b\\f\\n\\r\\t", "\"\\/\b\f\n\r\t"),
                Arguments.of("escape at both ends", "\\nx\\n", "\nx\n"),
                Arguments.of("escaped backslash before u", "\\\\u0041", "\\u0041"),
                Arguments.of("BMP escapes, either case", "\\u00e9\\u00E9\\u4e2d\\uABCD", E_ACUTE + E_ACUTE + ZHONG + "\uabcd"),
                Arguments.of("escaped NUL and controls", "\\u0000\\u001F\\u007f", "\u0000\u001f\u007f"),
                Arguments.of("escaped surrogate pair", "\\ud83d\\ude00", GRIN),
                Arguments.of("lowest supplementary", "\\uD800\\uDC00", new String(Character.toChars(0x10000))),
                Arguments.of("highest code point", "\\uDBFF\\uDFFF", new String(Character.toChars(0x10FFFF))),
                Arguments.of("two pairs in a row", "\\ud83d\\ude00\\ud83d\\ude01", GRIN + "\uD83D\uDE01"),
                Arguments.of("raw two-byte UTF-8", E_ACUTE + "\u0080\u07ff", E_ACUTE + "\u0080\u07ff"),
                Arguments.of("raw three-byte UTF-8", ZHONG + "\u0800\uffff\ufeff", ZHONG + "\u0800\uffff\ufeff"),
                Arguments.of("raw four-byte UTF-8", GRIN + "\uD800\uDC00", GRIN + "\uD800\uDC00"),
                Arguments.of("raw and escaped mixed", "a" + E_ACUTE + "\\n" + GRIN + "\\ud83d\\ude00\\u00e9z",
                        "a" + E_ACUTE + "\n" + GRIN + GRIN + E_ACUTE + "z"),
                Arguments.of("raw DEL and line separators", "\u007f\u2028\u2029", "\u007f\u2028\u2029"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strings")
    void readStringDecodes(String label, String inside, String expected) {
        JsonReader reader = new JsonReader(utf8("\"" + inside + "\""));

        assertThat(reader.readString()).isEqualTo(expected);
        reader.endRecord();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strings")
    void nameDecodesLikeAString(String label, String inside, String expected) {
        JsonReader reader = new JsonReader(utf8("{\"" + inside + "\":0}"));

        reader.beginObject();
        reader.nextMember();

        assertThat(reader.name()).isEqualTo(expected);
        assertThat(reader.nameIs(expected.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void everyCodePointReadsTheSameRawAndEscaped() {
        List<String> mismatches = new ArrayList<>();
        codePoints().forEach(cp -> {
            String expected = new String(Character.toChars(cp));
            String raw = decode(rawLiteral(cp));
            String escaped = decode(escapedLiteral(cp));
            mismatches.addAll(expected.equals(raw) && expected.equals(escaped) ? List.of() : List.of(Integer.toHexString(cp)));
        });

        assertThat(mismatches).isEmpty();
    }

    /**
     * Every code point of the BMP but the surrogates, and every 7th supplementary one (enough to
     * cover every lead and continuation byte value); raw controls are written escaped.
     */
    private static IntStream codePoints() {
        return IntStream.concat(IntStream.rangeClosed(0, 0xFFFF).filter(cp -> cp < 0xD800 || cp > 0xDFFF),
                IntStream.iterate(0x10000, cp -> cp <= 0x10FFFF, cp -> cp + 7));
    }

    private static byte[] rawLiteral(int cp) {
        String text = cp < 0x20 || cp == '"' || cp == '\\' ? escapes(cp) : new String(Character.toChars(cp));
        return utf8("\"" + text + "\"");
    }

    private static byte[] escapedLiteral(int cp) {
        return utf8("\"" + escapes(cp) + "\"");
    }

    private static String escapes(int cp) {
        StringBuilder out = new StringBuilder();
        for (char unit : Character.toChars(cp)) {
            out.append(String.format("\\u%04x", (int) unit));
        }
        return out.toString();
    }

    private static String decode(byte[] literal) {
        JsonReader reader = new JsonReader(literal);
        String value = reader.readString();
        reader.endRecord();
        return value;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
