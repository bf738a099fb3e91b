package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers {@code --help} with its usage and exit status 0. */
class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"generate", "info", "ties", "reach", "bridges", "holes", "percolation",
      "curve", "simulate"})
  void helpExitsWithZero(String command) {
    Cli.Result r = Cli.run(command, "--help");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("Usage: weakties " + command), r.out());
    assertTrue(r.out().contains("--out") || command.equals("info"), r.out());
    assertTrue(r.out().contains("--threads"), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ties", "reach", "bridges", "holes", "percolation", "simulate"})
  void outputColumnsAreListed(String command) {
    assertTrue(Cli.run(command, "--help").out().contains("Output columns: "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ties", "reach", "bridges", "holes", "percolation", "curve"})
  void inputIsRequired(String command) {
    String message = Cli.run(command, "--out", "x.csv", "--order", "weight", "--x", "a", "--y",
        "b").inputError();
    assertTrue(message.startsWith("Missing required option: '--input=FILE'"), message);
  }
}
