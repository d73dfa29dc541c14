package dev.tokentracker.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A {@code models --json} report as the tests look at it: its rows' sources and models. */
record ReportJson(JsonNode root) {

    static ReportJson of(String text) {
        try {
            return new ReportJson(new ObjectMapper().readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    List<JsonNode> rows() {
        List<JsonNode> rows = new ArrayList<>();
        root.get("rows").forEach(rows::add);
        return rows;
    }

    Set<String> sources() {
        Set<String> sources = new TreeSet<>();
        rows().forEach(row -> sources.add(row.get("source").asText()));
        return sources;
    }

    /** {@code source/model} of every row. */
    Set<String> models() {
        Set<String> models = new TreeSet<>();
        rows().forEach(row -> models.add(row.get("source").asText() + "/" + row.get("model").asText()));
        return models;
    }
}
