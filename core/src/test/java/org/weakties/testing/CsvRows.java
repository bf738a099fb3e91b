package org.weakties.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small comma-separated reference tables under {@code /reference/} (no quoting: the
 * generating scripts write labels without commas) as rows of column name to text.
 */
public final class CsvRows {
  private CsvRows() {}

  /** The rows of the resource {@code path} (for example {@code /reference/bridge/karate_edges.csv}). */
  public static List<Map<String, String>> read(String path) {
    try (InputStream in = CsvRows.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no such test resource: " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = r.readLine().split(",", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != header.length) {
          throw new IllegalStateException(path + ": row has " + f.length + " fields: " + line);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < f.length; i++) {
          row.put(header[i], f[i]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a double written by Python's repr ("inf" and "nan" included). */
  public static double parseDouble(String s) {
    return switch (s) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      case "nan" -> Double.NaN;
      default -> Double.parseDouble(s);
    };
  }
}
