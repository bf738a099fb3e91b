package org.weakties.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code weakties} command-line tool. */
@Command(name = "weakties", mixinStandardHelpOptions = true, version = "weakties 0.1.0-SNAPSHOT",
    description = "Social-network analysis of tie strength: the strength of weak ties made computable.")
public final class Main implements Runnable {

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the tool and returns its exit status (0 ok, 1 failure, 2 bad input). */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
