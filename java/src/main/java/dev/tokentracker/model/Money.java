package dev.tokentracker.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An amount of US dollars as an unsigned 128-bit count of picodollars (10^-12 USD).
 *
 * <p>Integers, not doubles, so that a sum is the same whatever the order of its terms (SPEC §7:
 * no printed number depends on summation order, threads or engine). 128 bits because a message
 * may carry up to 2^63-1 tokens and a rate up to 10^18 picodollars; the native engine uses
 * {@code u128} for the same reason.
 *
 * @param hi the upper 64 bits (unsigned)
 * @param lo the lower 64 bits (unsigned)
 */
public record Money(long hi, long lo) implements Comparable<Money> {

    public static final Money ZERO = new Money(0, 0);

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** A non-negative long count of picodollars. */
    public static Money ofPicos(long picos) {
        if (picos < 0) {
            throw new IllegalArgumentException("negative amount: " + picos);
        }
        return new Money(0, picos);
    }

    /** {@code tokens × ratePicos}, exactly; both non-negative. */
    public static Money product(long tokens, long ratePicos) {
        if (tokens < 0 || ratePicos < 0) {
            throw new IllegalArgumentException("negative factor");
        }
        return new Money(Math.multiplyHigh(tokens, ratePicos), tokens * ratePicos);
    }

    /** Parses the decimal picodollar count written by {@link #picosText()}. */
    public static Money ofPicosText(String digits) {
        BigInteger value = new BigInteger(digits);
        if (value.signum() < 0 || value.bitLength() > 128) {
            throw new IllegalArgumentException("amount out of range: " + digits);
        }
        return new Money(value.shiftRight(64).longValue(), value.longValue());
    }

    public Money plus(Money other) {
        long low = lo + other.lo;
        long carry = Long.compareUnsigned(low, lo) < 0 ? 1 : 0;
        return new Money(hi + other.hi + carry, low);
    }

    /** This amount divided by a positive count, rounded down to the picodollar. */
    public Money dividedBy(long divisor) {
        return ofPicosText(picos().divide(BigInteger.valueOf(divisor)).toString());
    }

    public boolean isZero() {
        return hi == 0 && lo == 0;
    }

    /** The exact picodollar count. */
    public BigInteger picos() {
        BigInteger low = new BigInteger(Long.toUnsignedString(lo));
        return BigInteger.valueOf(hi).and(TWO_64.subtract(BigInteger.ONE)).shiftLeft(64).add(low);
    }

    /** The picodollar count in decimal digits (how reports cross from the native engine). */
    public String picosText() {
        return picos().toString();
    }

    /** The amount in dollars, exact, without trailing zeros (e.g. {@code 12.3456}). */
    public BigDecimal usd() {
        BigDecimal exact = new BigDecimal(picos(), 12);
        return exact.signum() == 0 ? BigDecimal.ZERO : exact.stripTrailingZeros();
    }

    /** The amount rounded to cents, half up (how tables show it). */
    public BigDecimal usdCents() {
        return new BigDecimal(picos(), 12).setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Money other) {
        int high = Long.compareUnsigned(hi, other.hi);
        return high != 0 ? high : Long.compareUnsigned(lo, other.lo);
    }
}
