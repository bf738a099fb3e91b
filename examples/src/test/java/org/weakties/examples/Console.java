package org.weakties.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an example's {@code main} with stdout (and optionally stderr) captured. */
final class Console {
  private Console() {}

  /** A program run to capture. */
  @FunctionalInterface
  interface Program {
    /** Runs the program. */
    void run() throws Exception;
  }

  /** What a program printed. */
  record Output(String out, String err) {}

  /** Runs {@code program} and returns what it wrote to stdout and stderr. */
  static synchronized Output capture(Program program) throws Exception {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Output(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
