package org.weakties.cli;

import org.weakties.exec.ProgressListener;
import picocli.CommandLine.Option;

/** Options every subcommand has: threads, quiet, verbose. */
public final class RunOptions {

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Worker threads (default: 0 = all processors). Results do not depend on it.")
  int threads;

  @Option(names = {"-q", "--quiet"}, description = "No progress output on stderr.")
  boolean quiet;

  @Option(names = "--verbose", description = "Show stack traces for errors.")
  boolean verbose;

  /** The progress listener these flags ask for. */
  ProgressListener progress() {
    return ConsoleProgress.forConsole(quiet);
  }

  /** Prints a status line on stderr unless quiet. */
  void say(String line) {
    if (!quiet) {
      System.err.println("[weakties] " + line);
    }
  }
}
