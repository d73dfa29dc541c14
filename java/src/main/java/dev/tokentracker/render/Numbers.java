package dev.tokentracker.render;

import dev.tokentracker.model.Money;
import java.math.BigDecimal;

/** Number formats of the tables: thousands separators and dollars with cents. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code 1234567} → {@code 1,234,567}. */
    public static String count(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** {@code $1,234.57}: cents rounded half up, thousands separated. */
    public static String usd(Money money) {
        BigDecimal cents = money.usdCents();
        String whole = cents.toBigInteger().toString();
        String fraction = cents.toPlainString().substring(whole.length());
        StringBuilder grouped = new StringBuilder();
        int lead = whole.length() % 3;
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return "$" + grouped + fraction;
    }
}
