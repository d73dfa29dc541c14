/**
 * The command line: picocli commands that turn options into a request ({@code engine.RunRequest}),
 * run it, and print the result. Report data goes to stdout; warnings, {@code --verbose} and
 * {@code --benchmark} to stderr. Nothing here computes a report; {@link dev.tokentracker.cli.Cli}
 * builds the command line with injected streams, environment and clock so tests run it for real.
 */
package dev.tokentracker.cli;
