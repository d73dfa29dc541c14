package dev.tokentracker.cursor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CursorSyncTest {

    @Test
    void countsTheDataRowsOfAnExport() throws Exception {
        assertThat(CursorSync.checkExport(bytes("Date,Model\n\"2026-01-01\",\"a,b\"\n\n\"2026-01-02\",\"c\"\n"))).isEqualTo(2);
        assertThat(CursorSync.checkExport(bytes("Date,Kind,Model\n"))).isZero();
        assertThat(CursorSync.checkExport(bytes("\uFEFFDate,Model\r\n2026-01-01,auto\r\n"))).isEqualTo(1);
    }

    @Test
    void aBodyThatDoesNotStartWithDateIsRefused() {
        assertThatThrownBy(() -> CursorSync.checkExport(bytes(" \n<html><body>Sign in</body></html>")))
                .hasMessage("Cursor sent a web page instead of the CSV export");
        assertThatThrownBy(() -> CursorSync.checkExport(bytes("{\"error\":\"nope\"}")))
                .hasMessage("Cursor's answer is not a CSV export (it does not start with \"Date,\")");
        assertThatThrownBy(() -> CursorSync.checkExport(bytes(""))).isInstanceOf(CursorApiException.class);
        assertThatThrownBy(() -> CursorSync.checkExport(bytes("\"Date\",\"Model\"\n"))).isInstanceOf(CursorApiException.class);
    }

    @Test
    void aCsvWhoseHeaderTheReaderWouldSkipIsRefused() {
        assertThatThrownBy(() -> CursorSync.checkExport(bytes("Date,Amount\n2026-01-01,3\n")))
                .hasMessageContaining("no Model column");
        assertThatThrownBy(() -> CursorSync.checkExport(bytes("Date,\"Model\n")))
                .hasMessageContaining("no Model column");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
