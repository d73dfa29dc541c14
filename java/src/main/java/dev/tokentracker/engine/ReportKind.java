package dev.tokentracker.engine;

/** Which report finalize builds; each has its own native entry point. */
public enum ReportKind { MODELS, MONTHLY, DAILY, GRAPH }
