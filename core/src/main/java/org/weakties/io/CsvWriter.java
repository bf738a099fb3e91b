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
  private final StringBuilder row = new StringBuilder(256);
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
    if (!needsQuote(s, isFirst)) {
      row.append(s);
      return this;
    }
    if (!quoting) {
      throw new IllegalArgumentException("the field " + GraphFormatException.quote(s)
          + " needs quotes (it is empty or holds a delimiter, line break or edge blank) but the"
          + " CSV options have no quote character");
    }
    row.append(quote);
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == quote) {
        row.append(quote);
      }
      row.append(c);
    }
    row.append(quote);
    return this;
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

  /** Ends the row. */
  void endRow() throws IOException {
    row.append('\n');
    out.append(row);
    row.setLength(0);
    first = true;
  }

  /** Flushes the underlying writer. */
  void flush() throws IOException {
    out.flush();
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
