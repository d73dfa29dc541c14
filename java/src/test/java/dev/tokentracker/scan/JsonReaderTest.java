package dev.tokentracker.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The pull API: what each method consumes and the state it leaves behind. */
class JsonReaderTest {

    private static final byte[] TYPE = ascii("type");

    @Test
    void readsChosenMembersAndSkipsTheRest() {
        JsonReader reader = reader("{\"skip\":{\"x\":[1,{\"y\":[]}],\"z\":{}},\"type\":\"assistant\",\"n\":5,\"tail\":[[],{}]}");
        List<String> seen = new ArrayList<>();

        reader.beginObject();
        while (reader.nextMember()) {
            seen.add(reader.name() + "=" + switch (reader.name()) {
                case "type" -> reader.readString();
                case "n" -> Long.toString(reader.readTokenCount());
                default -> skipped(reader);
            });
        }
        reader.endRecord();

        assertThat(seen).containsExactly("skip=(skipped)", "type=assistant", "n=5", "tail=(skipped)");
    }

    @Test
    void nameIsMatchesEscapedNames() {
        JsonReader reader = reader("{\"\\u0074yp\\u0065\":1,\"typ\":2,\"types\":3,\"type\":4}");
        List<Boolean> matches = new ArrayList<>();

        reader.beginObject();
        while (reader.nextMember()) {
            matches.add(reader.nameIs(TYPE));
            reader.skipValue();
        }
        reader.endRecord();

        assertThat(matches).containsExactly(true, false, false, true);
    }

    @Test
    void nameIsComparesNonAsciiKeysAsUtf8() {
        JsonReader reader = reader("{\"\\u00e9t\\u00e9\":1,\"\u00e9t\u00e9\":2}");
        byte[] ete = "\u00e9t\u00e9".getBytes(StandardCharsets.UTF_8);

        reader.beginObject();
        reader.nextMember();
        boolean escaped = reader.nameIs(ete);
        reader.skipValue();
        reader.nextMember();
        boolean raw = reader.nameIs(ete);

        assertThat(escaped).isTrue();
        assertThat(raw).isTrue();
    }

    @Test
    void nameSurvivesSkippingAnObjectValue() {
        JsonReader reader = reader("{\"outer\":{\"inner\":{\"deeper\":1}}}");

        reader.beginObject();
        reader.nextMember();
        reader.skipValue();

        assertThat(reader.name()).isEqualTo("outer");
        assertThat(reader.nameIs(ascii("outer"))).isTrue();
    }

    @Test
    void membersFollowSkippedContainersOfEveryShape() {
        JsonReader reader = reader("{\"a\":[],\"b\":{},\"c\":[[]],\"d\":[{}],\"e\":{\"x\":[]},\"f\":[1,[2,{\"g\":{}}]],\"h\":0}");
        List<String> names = new ArrayList<>();

        reader.beginObject();
        while (reader.nextMember()) {
            names.add(reader.name());
            reader.skipValue();
        }
        reader.endRecord();

        assertThat(names).containsExactly("a", "b", "c", "d", "e", "f", "h");
    }

    @Test
    void elementsFollowNestedContainersReadWithThePullApi() {
        JsonReader reader = reader("[[],{},1]");

        reader.beginArray();
        assertThat(reader.nextElement()).isTrue();
        reader.beginArray();
        assertThat(reader.nextElement()).isFalse();
        assertThat(reader.nextElement()).isTrue();
        reader.beginObject();
        assertThat(reader.nextMember()).isFalse();
        assertThat(reader.nextElement()).isTrue();
        assertThat(reader.readTokenCount()).isEqualTo(1);
        assertThat(reader.nextElement()).isFalse();
        reader.endRecord();
    }

    @Test
    void readStringOfAMemberValueLeavesTheReaderBeforeTheComma() {
        JsonReader reader = reader("{\"a\":\"x\" , \"b\":\"y\"}");

        reader.beginObject();
        reader.nextMember();
        String a = reader.readString();
        reader.nextMember();
        String b = reader.readString();

        assertThat(a + b).isEqualTo("xy");
        assertThat(reader.name()).isEqualTo("b");
        assertThat(reader.nextMember()).isFalse();
        reader.endRecord();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 0",
        "9223372036854775807 | 9223372036854775807",
        "null | 0",
        "123 | 123",
        "' 7 ' | 7",
    })
    void readTokenCountAccepts(String json, long expected) {
        JsonReader reader = reader(json);

        assertThat(reader.readTokenCount()).isEqualTo(expected);
        reader.endRecord();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "99999999999999999999", "-0", "-1", "1.0", "1e2", "0e0",
        "\"5\"", "true", "[]", "{}", "01"})
    void readTokenCountRejects(String json) {
        assertThatThrownBy(() -> readWhole(json)).isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void readNullableStringReadsStringOrNull() {
        JsonReader reader = reader("[null,\"x\"]");

        reader.beginArray();
        reader.nextElement();
        String first = reader.readNullableString();
        reader.nextElement();
        String second = reader.readNullableString();

        assertThat(first).isNull();
        assertThat(second).isEqualTo("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "[]", "{}"})
    void readNullableStringRejectsOtherKinds(String json) {
        assertThatThrownBy(() -> reader(json).readNullableString()).isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void readNumberTextReturnsTheLiteral() {
        assertThat(reader("-1.5E+3").readNumberText()).isEqualTo("-1.5E+3");
        assertThat(reader("0.0074 ").readNumberText()).isEqualTo("0.0074");
    }

    @Test
    void scalarReadersRejectOtherKinds() {
        assertThatThrownBy(() -> reader("1").readBoolean()).isInstanceOf(MalformedRecordException.class);
        assertThatThrownBy(() -> reader("false").readNull()).isInstanceOf(MalformedRecordException.class);
        assertThatThrownBy(() -> reader("\"1\"").readNumberText()).isInstanceOf(MalformedRecordException.class);
        assertThatThrownBy(() -> reader("null").readString()).isInstanceOf(MalformedRecordException.class);
        assertThatThrownBy(() -> reader("[]").beginObject()).isInstanceOf(MalformedRecordException.class);
        assertThatThrownBy(() -> reader("{}").beginArray()).isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void peekDoesNotConsume() {
        JsonReader reader = reader("  [true]");

        assertThat(reader.peek()).isEqualTo(JsonReader.Kind.ARRAY);
        assertThat(reader.peek()).isEqualTo(JsonReader.Kind.ARRAY);
        reader.beginArray();
        reader.nextElement();
        assertThat(reader.peek()).isEqualTo(JsonReader.Kind.TRUE);
        assertThat(reader.readBoolean()).isTrue();
    }

    @Test
    void endRecordRejectsARecordCutOffAfterAnEarlyStop() {
        JsonReader reader = reader("{\"a\":1");

        reader.beginObject();
        reader.nextMember();
        reader.readTokenCount();

        assertThatThrownBy(reader::endRecord).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("unterminated");
    }

    @Test
    void endRecordRejectsAnOpenBraceAlone() {
        JsonReader reader = reader("{");

        reader.beginObject();

        assertThatThrownBy(reader::endRecord).isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void endRecordRejectsUnreadMembers() {
        JsonReader reader = reader("{\"a\":1,\"b\":2}");

        reader.beginObject();
        reader.nextMember();
        reader.readTokenCount();

        assertThatThrownBy(reader::endRecord).isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void readsOnlyTheGivenRangeOfTheBufferWithItsOwnByteOrderMark() {
        byte[] buf = {'x', '[', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}', ']'};

        assertThatCode(() -> skipRange(buf, 2, 7)).doesNotThrowAnyException();
        assertThatThrownBy(() -> skipRange(buf, 2, 8)).isInstanceOf(MalformedRecordException.class);
        assertThatThrownBy(() -> skipRange(buf, 1, 8)).isInstanceOf(MalformedRecordException.class);
    }

    @Test
    void misuseOfTheApiIsAnIllegalState() {
        JsonReader array = reader("[]");
        array.beginArray();
        JsonReader object = reader("{}");
        object.beginObject();

        assertThatThrownBy(array::nextMember).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(object::nextElement).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> reader("{}").nextMember()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void depthLimitCountsContainersOpenedByThePullApiAndBySkipping() {
        String inner = "[".repeat(JsonReader.MAX_DEPTH - 1) + "]".repeat(JsonReader.MAX_DEPTH - 1);
        JsonReader atLimit = reader("[" + inner + "]");
        JsonReader overLimit = reader("[[" + inner + "]]");

        atLimit.beginArray();
        atLimit.nextElement();
        atLimit.skipValue();
        overLimit.beginArray();
        overLimit.nextElement();

        assertThat(atLimit.nextElement()).isFalse();
        assertThatThrownBy(overLimit::skipValue).isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("nesting deeper than 512");
    }

    private static String skipped(JsonReader reader) {
        reader.skipValue();
        return "(skipped)";
    }

    private static void skipRange(byte[] buf, int start, int end) {
        JsonReader reader = new JsonReader(buf, start, end);
        reader.skipValue();
        reader.endRecord();
    }

    private static void readWhole(String json) {
        JsonReader reader = reader(json);
        reader.readTokenCount();
        reader.endRecord();
    }

    private static JsonReader reader(String json) {
        return new JsonReader(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
