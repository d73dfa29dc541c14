package dev.tokentracker.pricing;

import java.util.Locale;

/** {@code --mode}: which cost a message gets when its source also reports one (SPEC §5). */
public enum CostMode {
    /** The source's reported cost when it has one, else calculated (Cursor: the reverse). */
    AUTO,
    /** Always calculated from tokens and the price table. */
    CALCULATE,
    /** The reported cost, or 0. */
    DISPLAY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
