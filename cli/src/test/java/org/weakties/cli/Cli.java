package org.weakties.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test support: runs the tool in-process with captured stdout/stderr, reads its outputs. */
final class Cli {
  private Cli() {}

  /** Exit status and the text written to stdout and stderr. */
  record Result(int status, String out, String err) {
    /** Asserts success, showing stderr otherwise. */
    Result ok() {
      assertEquals(0, status, () -> "exit status " + status + "; stderr:\n" + err);
      return this;
    }

    /** Asserts exit status 2 and returns the one-line error message (without "weakties: "). */
    String inputError() {
      assertEquals(Main.EXIT_INPUT, status, () -> "exit status " + status + "; stderr:\n" + err);
      String last = null;
      for (String line : err.split("\n")) {
        if (line.startsWith("weakties: ")) {
          last = line.substring("weakties: ".length()).strip();
        }
      }
      assertTrue(last != null, () -> "no error line on stderr:\n" + err);
      return last;
    }
  }

  /** Runs {@code weakties args...} with stdout and stderr captured. */
  static synchronized Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      int status = Main.run(args);
      o.flush();
      e.flush();
      return new Result(status, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** Copies a test resource (e.g. {@code karate.csv}) into {@code dir}. */
  static Path resource(String name, Path dir) {
    try (InputStream in = Cli.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      Path p = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
      Files.copy(in, p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reference values made by {@code reference/make_cli_reference.py}. */
  static JsonNode reference() {
    try (InputStream in = Cli.class.getResourceAsStream("/reference/cli_reference.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads JSON from a file. */
  static JsonNode json(Path p) {
    try {
      return new ObjectMapper().readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A simple CSV (no quoted fields) with its header. */
  record Csv(List<String> header, List<Map<String, String>> rows) {
    /** The header line as written. */
    String headerLine() {
      return String.join(",", header);
    }

    /** The row whose first two cells are {@code a} and {@code b}. */
    Map<String, String> row(String a, String b) {
      for (Map<String, String> r : rows) {
        if (r.get(header.get(0)).equals(a) && r.get(header.get(1)).equals(b)) {
          return r;
        }
      }
      throw new AssertionError("no row " + a + "," + b);
    }

    /** A numeric cell (NaN for "NaN", infinity for "inf"). */
    static double num(Map<String, String> row, String column) {
      String s = row.get(column);
      return switch (s) {
        case "inf" -> Double.POSITIVE_INFINITY;
        case "-inf" -> Double.NEGATIVE_INFINITY;
        default -> Double.parseDouble(s);
      };
    }
  }

  /** Reads a CSV written by the tool (no quoting needed for the tests' data). */
  static Csv csv(Path p) {
    try {
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split(",", -1));
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",", -1);
        assertEquals(header.size(), f.length, "fields in line: " + line);
        Map<String, String> r = new LinkedHashMap<>();
        for (int i = 0; i < f.length; i++) {
          r.put(header.get(i), f[i]);
        }
        rows.add(r);
      }
      return new Csv(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts two doubles agree within a relative tolerance (absolute near 0). */
  static void close(double expected, double actual, double tol, String what) {
    double scale = Math.max(1.0, Math.abs(expected));
    assertTrue(Math.abs(expected - actual) <= tol * scale,
        () -> what + ": expected " + expected + ", got " + actual);
  }
}
