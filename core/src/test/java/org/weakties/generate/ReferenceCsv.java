package org.weakties.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV files under {@code /reference/generate/} written by
 * {@code make_generate_reference.py} (plain comma-separated fields, no quoting, one header row).
 */
final class ReferenceCsv {
  private ReferenceCsv() {}

  /** The data rows of {@code /reference/generate/NAME}, split on commas (empty trailing kept). */
  static List<String[]> rows(String name) {
    try (InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/generate/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no reference file " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      List<String[]> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty()) {
          rows.add(line.split(",", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
