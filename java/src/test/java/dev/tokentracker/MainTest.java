package dev.tokentracker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the entry point starts loading the native library ahead of the command line. */
class MainTest {

    @Test
    void aReportRunMayUseTheNativeEngine() {
        assertThat(Main.mayUseNativeEngine(new String[0])).isTrue();
        assertThat(Main.mayUseNativeEngine(new String[] {"daily", "--json"})).isTrue();
        assertThat(Main.mayUseNativeEngine(new String[] {"--engine", "native"})).isTrue();
        assertThat(Main.mayUseNativeEngine(new String[] {"--engine=auto", "--home", "java"})).isTrue();
    }

    @Test
    void theJavaEngineVersionAndHelpDoNot() {
        assertThat(Main.mayUseNativeEngine(new String[] {"--engine", "java"})).isFalse();
        assertThat(Main.mayUseNativeEngine(new String[] {"monthly", "--engine=java"})).isFalse();
        assertThat(Main.mayUseNativeEngine(new String[] {"--version"})).isFalse();
        assertThat(Main.mayUseNativeEngine(new String[] {"daily", "--help"})).isFalse();
        assertThat(Main.mayUseNativeEngine(new String[] {"help", "graph"})).isFalse();
    }
}
