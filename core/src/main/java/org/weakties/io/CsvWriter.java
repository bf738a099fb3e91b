package org.weakties.io;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes delimited rows in a {@link CsvOptions} dialect: RFC 4180 quoting where needed (so the
 * readers of this package read back exactly the same fields), LF line ends, numbers from
 * {@link NumberText}. Whitespace-delimited output uses a tab between fields and writes empty cells as
 * {@code ""}. Not thread-safe.
 */
final class CsvWriter {
  private final Writer out;
  private final char delim;
  private final boolean ws;
  private final char quote;
  private final boolean quoting;
  private final char comment;
  private final boolean trim;
  private static final int BLOCK = 1 << 15;

  private final StringBuilder row = new StringBuilder(BLOCK + 1024);
  private char[] chars = new char[BLOCK + 1024];
  private final NumberText.Shortest scratch = new NumberText.Shortest();
  private boolean first = true;

  CsvWriter(Writer out, CsvOptions o) {
    this.out = out;
    this.ws = o.isWhitespaceDelimited();
    this.delim = ws ? '\t' : o.delimiter();
    this.quote = o.quote();
    this.quoting = o.quote() != CsvOptions.NO_QUOTE;
    this.comment = o.comment();
    this.trim = o.trim();
  }

  private void sep() {
    if (!first) {
      row.append(delim);
    }
    first = false;
  }

  /** A text field, quoted when needed; null is an empty (missing) cell. */
  CsvWriter text(String s) {
    if (s == null) {
      return empty();
    }
    boolean isFirst = first;
    sep();
    row.append(cell(s, isFirst));
    return this;
  }

  /**
   * A cell prepared by {@link #cell(String, boolean)} (for the same column position), appended as
   * it is: lets a writer quote each label once instead of once per row.
   */
  CsvWriter prepared(String cell) {
    sep();
    row.append(cell);
    return this;
  }

  /** The text of a cell holding {@code s}: {@code s} itself, or quoted with inner quotes doubled. */
  String cell(String s, boolean firstInRow) {
    if (!needsQuote(s, firstInRow)) {
      return s;
    }
    if (!quoting) {
      throw new IllegalArgumentException("the field " + GraphFormatException.quote(s)
          + " needs quotes (it is empty or holds a delimiter, line break or edge blank) but the"
          + " CSV options have no quote character");
    }
    StringBuilder b = new StringBuilder(s.length() + 8).append(quote);
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == quote) {
        b.append(quote);
      }
      b.append(c);
    }
    return b.append(quote).toString();
  }

  /**
   * An empty (missing) cell. Whitespace-delimited rows cannot hold an empty unquoted cell, so there it
   * is written as {@code ""}.
   */
  CsvWriter empty() {
    sep();
    if (ws) {
      if (!quoting) {
        throw new IllegalArgumentException("a whitespace-delimited file without a quote character"
            + " cannot hold an empty cell");
      }
      row.append(quote).append(quote);
    }
    return this;
  }

  /** A double in shortest round-trip form ({@code NaN}, {@code inf}, {@code -inf} included). */
  CsvWriter number(double x) {
    sep();
    NumberText.formatTo(x, row, scratch);
    return this;
  }

  /** A long. */
  CsvWriter number(long x) {
    sep();
    row.append(x);
    return this;
  }

  /** A boolean as {@code true}/{@code false}. */
  CsvWriter bool(boolean x) {
    sep();
    row.append(x);
    return this;
  }

  /** Ends the row; rows are handed to the writer in blocks of about 32K characters. */
  void endRow() throws IOException {
    row.append('\n');
    first = true;
    if (row.length() >= BLOCK) {
      drain();
    }
  }

  /** Hands buffered rows to the writer and flushes it. */
  void flush() throws IOException {
    drain();
    out.flush();
  }

  private void drain() throws IOException {
    int n = row.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
    row.getChars(0, n, chars, 0);
    out.write(chars, 0, n);
    row.setLength(0);
  }

  private boolean needsQuote(String s, boolean isFirst) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (trim && (isBlank(s.charAt(0)) || isBlank(s.charAt(n - 1)))) {
      return true;
    }
    if (isFirst && comment != CsvOptions.NO_COMMENT && s.charAt(0) == comment) {
      return true;
    }
    if (isFirst && s.charAt(0) == '\uFEFF') {
      return true;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == delim || (quoting && c == quote)
          || (ws && (c == ' ' || c == '\t'))) {
        return true;
      }
    }
    return false;
  }

  private boolean isBlank(char c) {
    return c == ' ' || (c == '\t' && delim != '\t');
  }
}
