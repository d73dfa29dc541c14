package dev.tokentracker.source.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokentracker.scan.JsonReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokensTest {

    private static Tokens read(String json) {
        JsonReader reader = new JsonReader(json.getBytes(StandardCharsets.UTF_8));
        Tokens tokens = Tokens.read(reader);
        reader.endRecord();
        return tokens;
    }

    @Test
    void readsTheFiveCountsAndIgnoresTotal() {
        Tokens tokens = read("""
                {"input":6625,"output":55,"cached":5573,"thoughts":194,"tool":7,"total":"not read"}""");

        assertThat(tokens).isEqualTo(new Tokens(6625, 55, 5573, 194, 7));
        assertThat(tokens.valid()).isTrue();
    }

    @Test
    void missingAndNullCountsAreZero() {
        assertThat(read("{\"input\":10,\"cached\":null}")).isEqualTo(new Tokens(10, 0, 0, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"31\"", "31.0", "3e1", "-1", "true", "[31]", "{}", "9223372036854775808"})
    void aCountThatIsNotATokenCountIsInvalid(String value) {
        Tokens tokens = read("{\"input\":1,\"output\":" + value + ",\"thoughts\":2}");

        assertThat(tokens.output()).isEqualTo(Tokens.INVALID);
        assertThat(tokens.valid()).isFalse();
        assertThat(tokens.thoughts()).isEqualTo(2);
    }

    @Test
    void theLargestTokenCountIsValid() {
        assertThat(read("{\"tool\":9223372036854775807}").tool()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aRepeatedCountNameTakesTheLastValue() {
        Tokens tokens = read("{\"output\":\"x\",\"output\":12}");

        assertThat(tokens.output()).isEqualTo(12);
        assertThat(tokens.valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "12", "\"tokens\"", "[1,2]"})
    void tokensThatAreNotAnObjectAreAbsent(String value) {
        assertThat(read(value)).isNull();
    }
}
