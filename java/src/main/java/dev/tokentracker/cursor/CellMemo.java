package dev.tokentracker.cursor;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A value worked out once per distinct cell content, for columns that repeat a few values over
 * thousands of rows (the model, the kind): a row then costs a hash of the cell's bytes and one
 * comparison instead of a new string and the work on it. The value is a function of the cell's
 * text alone, so a remembered one is always the one the function would give again.
 *
 * <p>At most {@link #MAX_ENTRIES} contents are remembered; past that, new contents are worked out
 * each time (an export with that many models is not what this is for, and memory stays bounded).
 */
final class CellMemo<V> {

    static final int MAX_ENTRIES = 1024;

    private final Function<String, V> compute;
    private byte[][] keys = new byte[64][];
    private int[] hashes = new int[64];
    private Object[] values = new Object[64];
    private int size;
    private byte[] lastKey;
    private Object lastValue;

    /** @param compute the value of a cell's text (only ever given valid UTF-8 cells) */
    CellMemo(Function<String, V> compute) {
        this.compute = compute;
    }

    /** The value of the given cell, which must be valid UTF-8. */
    @SuppressWarnings("unchecked")
    V get(CsvCells cells, int cell) {
        byte[] bytes = cells.bytes();
        int from = cells.start(cell);
        int to = cells.end(cell);
        // Neighbouring rows often repeat a value (the kind nearly always): try the last one first.
        if (lastKey != null && Arrays.equals(lastKey, 0, lastKey.length, bytes, from, to)) {
            return (V) lastValue;
        }
        int hash = hash(bytes, from, to);
        int mask = keys.length - 1;
        int slot = hash & mask;
        for (byte[] key = keys[slot]; key != null; key = keys[slot]) {
            if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, bytes, from, to)) {
                lastKey = key;
                lastValue = values[slot];
                return (V) lastValue;
            }
            slot = (slot + 1) & mask;
        }
        V value = compute.apply(cells.text(cell));
        if (size < MAX_ENTRIES) {
            keys[slot] = Arrays.copyOfRange(bytes, from, to);
            hashes[slot] = hash;
            values[slot] = value;
            lastKey = keys[slot];
            lastValue = value;
            size++;
            if (size * 2 > keys.length) {
                grow();
            }
        }
        return value;
    }

    /** How many contents are remembered (for tests). */
    int size() {
        return size;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        hashes = new int[keys.length];
        values = new Object[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        // Spread the high bits down: the table is indexed by the low ones.
        return h ^ (h >>> 16);
    }
}
