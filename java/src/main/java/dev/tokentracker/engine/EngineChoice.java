package dev.tokentracker.engine;

/** {@code --engine}: auto = native when usable, else Java. */
public enum EngineChoice { AUTO, NATIVE, JAVA }
