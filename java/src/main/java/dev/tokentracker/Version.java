package dev.tokentracker;

/** The tool's version; a test keeps it equal to the version in pom.xml. */
public final class Version {

    public static final String NUMBER = "0.1.0";

    private Version() {
    }
}
