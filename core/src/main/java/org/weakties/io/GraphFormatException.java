package org.weakties.io;

/**
 * A graph or table file that cannot be read: malformed quoting, a wrong number of fields, a missing
 * column, a value that is not a number, a weight that is not allowed, a repeated edge or self-loop that
 * the chosen policy rejects, an empty file, an XML document with a DOCTYPE, and so on. Readers throw it
 * instead of returning a partial graph.
 *
 * <p>It carries where the problem is (file name, 1-based line, column name and/or 1-based column index,
 * or an element such as an edge of a GraphML file), the offending text, what is wrong and what is
 * allowed. Its message puts these together, for example
 *
 * <pre>
 * edges.csv, line 812, column 'weight': "abc" is not a number; expected a finite number &gt; 0
 * </pre>
 *
 * Unknown parts are left out of the message: the line is 0 when it is not known (for example for a
 * value inside a GraphML file), the column index 0 when no column applies.
 */
public final class GraphFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Longest offending text quoted in a message; longer text is cut and ends with "...". */
  public static final int MAX_QUOTED_TEXT = 80;

  private final String file;
  private final long line;
  private final String column;
  private final int columnIndex;
  private final String element;
  private final String text;
  private final String problem;
  private final String expected;

  /**
   * Creates an exception.
   *
   * @param file file name for the message (no directories needed), or null when unknown
   * @param line 1-based line number, or 0 when unknown
   * @param column column name, or null
   * @param columnIndex 1-based column index, or 0 when unknown or not applicable
   * @param element the element the problem is in when it is not a line/column (e.g. {@code edge 'a' --
   *     'b'} or {@code attribute 'weight'}), or null
   * @param text the offending text, or null
   * @param problem what is wrong, phrased to follow the quoted text (e.g. {@code is not a number})
   * @param expected what is allowed, phrased to follow "expected " (e.g. {@code a finite number > 0}),
   *     or null
   * @param cause the underlying exception, or null
   */
  public GraphFormatException(String file, long line, String column, int columnIndex,
      String element, String text, String problem, String expected, Throwable cause) {
    super(message(file, line, column, columnIndex, element, text, problem, expected), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.columnIndex = columnIndex;
    this.element = element;
    this.text = text;
    this.problem = problem;
    this.expected = expected;
  }

  /** A problem at a line and column of a text file, without a cause. */
  public GraphFormatException(String file, long line, String column, int columnIndex, String text,
      String problem, String expected) {
    this(file, line, column, columnIndex, null, text, problem, expected, null);
  }

  /** The file name, or null when unknown. */
  public String file() {
    return file;
  }

  /** The 1-based line number, or 0 when unknown. */
  public long line() {
    return line;
  }

  /** The column name, or null. */
  public String column() {
    return column;
  }

  /** The 1-based column index, or 0 when unknown or not applicable. */
  public int columnIndex() {
    return columnIndex;
  }

  /** The element the problem is in (for non-tabular formats), or null. */
  public String element() {
    return element;
  }

  /** The offending text, or null. */
  public String text() {
    return text;
  }

  /** What is wrong. */
  public String problem() {
    return problem;
  }

  /** What is allowed, or null. */
  public String expected() {
    return expected;
  }

  private static String message(String file, long line, String column, int columnIndex,
      String element, String text, String problem, String expected) {
    StringBuilder b = new StringBuilder(file == null ? "input" : file);
    if (line > 0) {
      b.append(", line ").append(line);
    }
    if (column != null) {
      b.append(", column '").append(column).append('\'');
    } else if (columnIndex > 0) {
      b.append(", column ").append(columnIndex);
    }
    if (element != null) {
      b.append(", ").append(element);
    }
    b.append(": ");
    if (text != null) {
      b.append(quote(text)).append(' ');
    }
    b.append(problem);
    if (expected != null) {
      b.append("; expected ").append(expected);
    }
    return b.toString();
  }

  /**
   * The text in double quotes for a message: control characters and quotes escaped, cut after
   * {@link #MAX_QUOTED_TEXT} characters.
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_QUOTED_TEXT) + 8).append('"');
    int n = Math.min(s.length(), MAX_QUOTED_TEXT);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            String hex = Integer.toHexString(c);
            b.append("\\u").append("0000", hex.length(), 4).append(hex);
          } else {
            b.append(c);
          }
        }
      }
    }
    if (s.length() > n) {
      b.append("...");
    }
    return b.append('"').toString();
  }
}
