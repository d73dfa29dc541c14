package dev.tokentracker.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

/**
 * Random JSON values as Jackson trees, for the randomized reader tests. Strings mix every class of
 * character the reader treats differently: ASCII, the characters JSON must escape, controls,
 * two-, three- and four-byte UTF-8, and the non-characters and separators that are easy to get
 * wrong.
 */
final class RandomJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int[] SPECIAL = {'"', '\\', '/', 0, 0x1F, 0x7F, 0x80, 0x7FF, 0x800, 0x2028, 0xFEFF, 0xFFFD,
        0xFFFE, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};

    private final Random random;

    RandomJson(long seed) {
        this.random = new Random(seed);
    }

    /** A value nested at most {@code maxDepth} containers deep. */
    JsonNode value(int maxDepth) {
        int kinds = maxDepth > 0 ? 8 : 6;
        return switch (random.nextInt(kinds)) {
            case 0, 1 -> NODES.textNode(string());
            case 2, 3 -> number();
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.nullNode();
            case 6 -> object(maxDepth - 1);
            default -> array(maxDepth - 1);
        };
    }

    private JsonNode object(int maxDepth) {
        ObjectNode object = NODES.objectNode();
        int members = random.nextInt(6);
        for (int i = 0; i < members; i++) {
            object.set(string(), value(maxDepth));
        }
        return object;
    }

    private JsonNode array(int maxDepth) {
        ArrayNode array = NODES.arrayNode();
        int elements = random.nextInt(6);
        for (int i = 0; i < elements; i++) {
            array.add(value(maxDepth));
        }
        return array;
    }

    private JsonNode number() {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.numberNode(random.nextInt(2001) - 1000);
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.numberNode(new BigInteger(random.nextInt(120) + 1, random).negate());
            case 3 -> NODES.numberNode(Math.scalb(random.nextDouble() - 0.5, random.nextInt(2000) - 1000));
            case 4 -> NODES.numberNode(new BigDecimal(new BigInteger(60, random), random.nextInt(60) - 30));
            default -> NODES.numberNode(random.nextInt(Integer.MAX_VALUE));
        };
    }

    String string() {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(codePoint());
        }
        return out.toString();
    }

    private int codePoint() {
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> 0x20 + random.nextInt(0x5F);
            case 3 -> random.nextInt(0x20);
            case 4 -> SPECIAL[random.nextInt(SPECIAL.length)];
            case 5 -> 0x80 + random.nextInt(0x780);
            case 6 -> bmpAboveTwoBytes();
            default -> 0x10000 + random.nextInt(0x100000);
        };
    }

    private int bmpAboveTwoBytes() {
        int cp = 0x800 + random.nextInt(0x10000 - 0x800 - 0x800);
        return cp < 0xD800 ? cp : cp + 0x800; // skip the surrogate block
    }
}
