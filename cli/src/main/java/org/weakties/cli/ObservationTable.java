package org.weakties.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.weakties.io.GraphFormatException;
import org.weakties.io.NumberText;

/**
 * The columns of an observation table (one row per tie: tie strength, outcome, groups, controls,
 * clusters, instruments) read from delimited text with a header, in the shape
 * {@link org.weakties.curve.Observations#fromColumns} takes: numeric columns as {@code double[]}
 * (NaN for a missing cell), label columns as {@code String[]} (null for a missing cell).
 *
 * <h2>Which columns are numeric</h2>
 * The columns named as numeric (x and y) are always numeric. A column named as "numeric or labels"
 * (controls and instruments) is numeric when its first non-empty cell is a number, else it holds
 * labels (expanded into indicators by the curve package). Label columns (group, cluster) are text.
 * Other columns of the file are not read. Numbers follow {@link NumberText#parseDouble}; an empty
 * cell or {@code NaN} is missing; an infinite value or any other text in a numeric column is an
 * error naming file, line, column and text.
 */
final class ObservationTable {
  final Map<String, double[]> numeric = new LinkedHashMap<>();
  final Map<String, String[]> text = new LinkedHashMap<>();
  /** Data rows read. */
  int rows;
  /** Line and column of the first missing value in a read column, or 0 and null. */
  long firstMissingLine;
  String firstMissingColumn;

  private ObservationTable() {}

  /**
   * Reads the named columns.
   *
   * @param numericColumns columns that must be numeric
   * @param flexibleColumns columns that are numeric when their first non-empty cell is a number
   * @param labelColumns columns read as text
   * @throws UserInputException when the file is missing or lacks a named column
   * @throws GraphFormatException for a malformed file or a non-numeric cell in a numeric column
   */
  static ObservationTable read(Path file, char delimiter, Set<String> numericColumns,
      Set<String> flexibleColumns, Set<String> labelColumns) throws IOException {
    if (!Files.exists(file)) {
      throw new UserInputException("input file not found: " + file);
    }
    ObservationTable t = new ObservationTable();
    try (CsvRecords r = CsvRecords.open(file, delimiter)) {
      String[] header = r.next();
      if (header == null) {
        throw new GraphFormatException(r.file(), 0, null, 0, null, "is empty",
            "a header row naming the columns, then one row per observation");
      }
      Set<String> all = new LinkedHashSet<>(numericColumns);
      all.addAll(flexibleColumns);
      all.addAll(labelColumns);
      String[] names = all.toArray(new String[0]);
      int[] index = new int[names.length];
      // 0 = label, 1 = numeric, 2 = not decided yet
      int[] kind = new int[names.length];
      for (int k = 0; k < names.length; k++) {
        index[k] = CsvRecords.find(header, names[k]);
        if (index[k] < 0) {
          throw new UserInputException(r.file() + " has no column '" + names[k] + "'; its columns"
              + " are " + String.join(", ", header));
        }
        kind[k] = numericColumns.contains(names[k]) ? 1 : flexibleColumns.contains(names[k]) ? 2
            : 0;
      }
      double[][] num = new double[names.length][];
      String[][] txt = new String[names.length][];
      for (int k = 0; k < names.length; k++) {
        num[k] = new double[1024];
        txt[k] = new String[1024];
      }
      int n = 0;
      String[] f;
      while ((f = r.next()) != null) {
        if (f.length != header.length) {
          throw new GraphFormatException(r.file(), r.line(), null, 0, null,
              "has " + f.length + " fields but the header has " + header.length,
              header.length + " fields per row");
        }
        if (n == num[0].length) {
          for (int k = 0; k < names.length; k++) {
            num[k] = Arrays.copyOf(num[k], 2 * n);
            txt[k] = Arrays.copyOf(txt[k], 2 * n);
          }
        }
        for (int k = 0; k < names.length; k++) {
          String cell = f[index[k]];
          boolean missing = cell.isEmpty();
          if (kind[k] == 2 && !missing) {
            kind[k] = isNumber(cell) ? 1 : 0;
            if (kind[k] == 0) {
              for (int i = 0; i < n; i++) {
                txt[k][i] = null;
              }
            }
          }
          if (kind[k] == 0) {
            txt[k][n] = missing ? null : cell;
          } else {
            double v = missing ? Double.NaN : parse(cell, r, header[index[k]], index[k],
                numericColumns.contains(names[k]));
            num[k][n] = v;
            missing = Double.isNaN(v);
          }
          if (missing && t.firstMissingColumn == null) {
            t.firstMissingColumn = names[k];
            t.firstMissingLine = r.line();
          }
        }
        n++;
      }
      t.rows = n;
      for (int k = 0; k < names.length; k++) {
        if (kind[k] == 0) {
          t.text.put(names[k], Arrays.copyOf(txt[k], n));
        } else {
          double[] v = Arrays.copyOf(num[k], n);
          if (kind[k] == 2) {
            Arrays.fill(v, Double.NaN); // every cell empty
          }
          t.numeric.put(names[k], v);
        }
      }
    }
    return t;
  }

  private static boolean isNumber(String s) {
    try {
      NumberText.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static double parse(String cell, CsvRecords r, String column, int index,
      boolean required) {
    double v;
    try {
      v = NumberText.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new GraphFormatException(r.file(), r.line(), column, index + 1, cell, "is not a number",
          required ? "a finite number (an empty cell is a missing value)"
              : "a number, as in the first row of this column (an empty cell is a missing value)");
    }
    if (Double.isInfinite(v)) {
      throw new GraphFormatException(r.file(), r.line(), column, index + 1, cell,
          "is not a finite number", "a finite number (an empty cell is a missing value)");
    }
    return v;
  }
}
