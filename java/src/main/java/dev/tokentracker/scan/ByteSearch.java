package dev.tokentracker.scan;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte searches over a {@code byte[]}, eight bytes at a time ("SWAR": SIMD within a register).
 *
 * <p>Why not a plain loop: the launcher runs C1 only (fast start), and C1 neither unrolls nor
 * vectorises a byte loop, so a byte-by-byte search costs a compare and a bounds check per byte.
 * Reading a {@code long} and testing all eight bytes with a few arithmetic operations is 2–3×
 * faster there (measured on a real-shaped 19 MB transcript), and these searches (the usage
 * pre-filter, line ends, string contents) are most of the Java engine's phase 1. Little-endian loads make the lowest set bit of a match mask the first match.
 */
public final class ByteSearch {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private ByteSearch() {
    }

    /** The eight bytes at {@code buf[i, i + 8)}, first byte lowest. */
    public static long load(byte[] buf, int i) {
        return (long) LONGS.get(buf, i);
    }

    /** {@code b} in every byte of a long: XOR it with a loaded word and matching bytes become 0. */
    public static long broadcast(byte b) {
        return (b & 0xFFL) * ONES;
    }

    /**
     * The high bit of each byte of {@code x} that is zero, and no other bit. Exact, unlike the
     * shorter {@code (x - ONES) & ~x & HIGHS}, which can flag a byte above a zero one: candidates
     * are taken from the mask one by one, so a false bit would cost a verification each time.
     */
    public static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /**
     * True when some byte of {@code x} is zero. Cheaper than {@code zeroBytes(x) != 0}: the
     * classic test, whose mask can flag a byte above a real zero one, but is non-zero exactly
     * when there is one.
     */
    public static boolean hasZeroByte(long x) {
        return ((x - ONES) & ~x & ~LOW7) != 0;
    }

    /**
     * Index of the first byte a non-zero mask from {@link #zeroBytes} marks, relative to its word.
     * Not {@code Long.numberOfTrailingZeros}: C1 does not make it one instruction here, it calls
     * out to Java code. Instead the lowest mark, {@code 1 << 8k} once shifted down, multiplies a
     * constant whose byte {@code 7 - k} is {@code k} into the top byte.
     */
    public static int firstMarked(long mask) {
        long lowest = (mask & -mask) >>> 7;
        return (int) ((lowest * 0x0001020304050607L) >>> 56);
    }

    /** Index of the last byte a non-zero mask from {@link #zeroBytes} marks (the same reason). */
    public static int lastMarked(long mask) {
        long below = mask >>> 7; // 1 in each marked byte
        below |= below >>> 8;
        below |= below >>> 16;
        below |= below >>> 32; // 1 in each byte at or below the last mark: their count is its index + 1
        return (int) ((below * ONES) >>> 56) - 1;
    }

    /** The high bit of each byte of {@code x} below {@code n} (1..128), and no other bit; exact. */
    public static long bytesBelow(long x, int n) {
        return ~(((x & LOW7) + (0x80 - n) * ONES) | x) & ~LOW7;
    }

    /** First index of {@code b} in {@code buf[from, to)}, or -1. */
    public static int indexOf(byte[] buf, byte b, int from, int to) {
        long pattern = broadcast(b);
        int i = from;
        for (; i <= to - 8; i += 8) {
            long mask = zeroBytes(load(buf, i) ^ pattern);
            if (mask != 0) {
                return i + firstMarked(mask);
            }
        }
        for (; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Last index of {@code b} in {@code buf[from, to)}, or -1. */
    public static int lastIndexOf(byte[] buf, byte b, int from, int to) {
        long pattern = broadcast(b);
        int i = to - 8;
        for (; i >= from; i -= 8) {
            long mask = zeroBytes(load(buf, i) ^ pattern);
            if (mask != 0) {
                return i + lastMarked(mask);
            }
        }
        for (i += 7; i >= from; i--) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
