package org.weakties.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.weakties.graph.ScoreTable;
import org.weakties.io.NumberText;

/**
 * Writes a {@link ScoreTable} whose rows are neither nodes nor edges (for example the grid points of
 * percolation curves) without label columns, in the cell conventions of
 * {@link org.weakties.io.ScoreTableWriter}: {@code .json} as an array of row objects, {@code .tsv}
 * tab-separated, anything else comma-separated (RFC 4180 quotes where needed); {@code .gz} compresses.
 */
final class PlainTableWriter {
  private PlainTableWriter() {}

  /** Writes the table to a file chosen by its name. */
  static void write(ScoreTable t, Path path) throws IOException {
    String name = CsvRecords.fileName(path).toLowerCase(Locale.ROOT);
    boolean gz = name.endsWith(".gz");
    if (gz) {
      name = name.substring(0, name.length() - 3);
    }
    Outputs.prepare(path);
    try (OutputStream raw = Files.newOutputStream(path);
        OutputStream os = gz ? new GZIPOutputStream(raw, 1 << 16) : raw;
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
      if (name.endsWith(".json")) {
        json(t, w);
      } else {
        delimited(t, w, name.endsWith(".tsv") ? '\t' : ',');
      }
    }
  }

  static void delimited(ScoreTable t, Writer w, char delim) throws IOException {
    List<ScoreTable.Column> cols = t.columns();
    for (int k = 0; k < cols.size(); k++) {
      if (k > 0) {
        w.write(delim);
      }
      w.write(quoted(cols.get(k).name(), delim));
    }
    w.write('\n');
    for (int r = 0; r < t.rowCount(); r++) {
      for (int k = 0; k < cols.size(); k++) {
        if (k > 0) {
          w.write(delim);
        }
        ScoreTable.Column c = cols.get(k);
        if (c.isMissing(r)) {
          continue;
        }
        switch (c.kind()) {
          case DOUBLE -> w.write(NumberText.format(c.doubleAt(r)));
          case LONG -> w.write(Long.toString(c.longAt(r)));
          case BOOLEAN -> w.write(c.booleanAt(r) ? "true" : "false");
          default -> w.write(quoted(c.textAt(r), delim));
        }
      }
      w.write('\n');
    }
  }

  static void json(ScoreTable t, Writer w) throws IOException {
    List<ScoreTable.Column> cols = t.columns();
    StringBuilder b = new StringBuilder(256);
    w.write('[');
    for (int r = 0; r < t.rowCount(); r++) {
      b.setLength(0);
      b.append(r == 0 ? "\n{" : ",\n{");
      for (int k = 0; k < cols.size(); k++) {
        ScoreTable.Column c = cols.get(k);
        if (k > 0) {
          b.append(',');
        }
        string(c.name(), b);
        b.append(':');
        if (c.isMissing(r)) {
          b.append("null");
          continue;
        }
        switch (c.kind()) {
          case DOUBLE -> {
            double x = c.doubleAt(r);
            if (Double.isFinite(x)) {
              b.append(NumberText.format(x));
            } else {
              string(NumberText.format(x), b);
            }
          }
          case LONG -> b.append(c.longAt(r));
          case BOOLEAN -> b.append(c.booleanAt(r));
          default -> string(c.textAt(r), b);
        }
      }
      b.append('}');
      w.append(b);
    }
    w.write(t.rowCount() == 0 ? "]\n" : "\n]\n");
  }

  private static String quoted(String s, char delim) {
    boolean need = !s.isEmpty() && (s.indexOf(delim) >= 0 || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.charAt(0) == ' '
        || s.charAt(s.length() - 1) == ' ');
    return need ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  private static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
