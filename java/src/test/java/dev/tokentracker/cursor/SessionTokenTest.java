package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionTokenTest {

    @Test
    void takesThePastedValueWithoutSurroundingSpaceOrTheCookieName() {
        assertThat(SessionToken.parse("  user_01AB%3A%3AeyJ.x-y_z \r\n")).map(SessionToken::value).contains("user_01AB%3A%3AeyJ.x-y_z");
        assertThat(SessionToken.parse("WorkosCursorSessionToken=abc")).map(SessionToken::value).contains("abc");
    }

    @Test
    void refusesWhatACookieValueCannotHold() {
        assertThat(SessionToken.parse("")).isEmpty();
        assertThat(SessionToken.parse("WorkosCursorSessionToken=")).isEmpty();
        assertThat(SessionToken.parse("two words")).isEmpty();
        assertThat(SessionToken.parse("a;b")).isEmpty();
        assertThat(SessionToken.parse("a\"b")).isEmpty();
        assertThat(SessionToken.parse("a,b")).isEmpty();
        assertThat(SessionToken.parse("a\\b")).isEmpty();
        assertThat(SessionToken.parse("a\u0000b")).isEmpty();
        assertThat(SessionToken.parse("caf\u00e9")).isEmpty();
        assertThatThrownBy(() -> new SessionToken("a\r\nX-Injected: 1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a cookie value");
    }

    @Test
    void neverShowsItsValue() {
        SessionToken token = new SessionToken("secret-value");

        assertThat(token.toString()).isEqualTo("SessionToken[redacted]");
        assertThat(String.valueOf(java.util.Optional.of(token))).doesNotContain("secret-value");
    }
}
