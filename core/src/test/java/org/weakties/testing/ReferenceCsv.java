package org.weakties.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference CSV files written by the scripts under {@code /reference/} (plain comma
 * separated, header row, no quoting) into rows addressed by column name.
 */
public final class ReferenceCsv {
  private ReferenceCsv() {}

  /** One row: column name to text. */
  public record Row(Map<String, String> cells) {
    /** The text of a column. */
    public String get(String column) {
      String s = cells.get(column);
      if (s == null) {
        throw new IllegalArgumentException("no column " + column + " in " + cells.keySet());
      }
      return s;
    }

    /** The column parsed as a double. */
    public double num(String column) {
      return Double.parseDouble(get(column));
    }

    /** The column parsed as a long. */
    public long integer(String column) {
      return Long.parseLong(get(column));
    }
  }

  /** All rows of the resource, optionally only those whose column {@code graph} equals {@code graph}. */
  public static List<Row> read(String resource, String graph) {
    try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no such resource: " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = r.readLine().split(",");
      List<Row> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split(",", -1);
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          m.put(header[i], f[i]);
        }
        if (graph == null || graph.equals(m.get("graph"))) {
          rows.add(new Row(m));
        }
      }
      if (rows.isEmpty()) {
        throw new IllegalStateException("no rows for graph " + graph + " in " + resource);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
