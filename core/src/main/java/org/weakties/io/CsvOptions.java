package org.weakties.io;

/**
 * The dialect of a delimited text file (CSV, TSV, whitespace-separated), shared by every CSV reader
 * and writer of this package.
 *
 * <p>Fields follow RFC 4180: a field may be enclosed in {@code quote} characters, inside which
 * delimiters and line breaks are data and a doubled quote stands for one quote. Lines end with LF,
 * CRLF or CR. A UTF-8 byte-order mark at the start is skipped. Blank lines are skipped. Files are
 * UTF-8; invalid UTF-8 is an error.
 *
 * @param delimiter the field separator; {@link #WHITESPACE} (a space) means "any run of spaces and
 *     tabs", for whitespace-separated edge lists; default {@link #DEFAULT_DELIMITER}. Letters, digits,
 *     {@code . + -}, CR and LF are not allowed.
 * @param header whether the first record names the columns; default {@link #DEFAULT_HEADER}
 * @param quote the quote character, or {@link #NO_QUOTE} to read quotes as ordinary characters (and
 *     refuse to write fields that would need quoting); default {@link #DEFAULT_QUOTE}
 * @param comment lines starting with this character are skipped, or {@link #NO_COMMENT}; default
 *     {@link #DEFAULT_COMMENT}
 * @param trim whether spaces and tabs around unquoted fields (and around quoted fields, outside the
 *     quotes) are removed; default {@link #DEFAULT_TRIM}. Writers quote fields with leading or
 *     trailing blanks when this is on, so they survive a round trip.
 */
public record CsvOptions(char delimiter, boolean header, char quote, char comment, boolean trim) {

  /** The whitespace delimiter: fields are separated by runs of spaces and tabs. */
  public static final char WHITESPACE = ' ';
  /** No quote character. */
  public static final char NO_QUOTE = '\0';
  /** No comment character. */
  public static final char NO_COMMENT = '\0';
  /** Default delimiter: comma. */
  public static final char DEFAULT_DELIMITER = ',';
  /** Default: the first record is a header. */
  public static final boolean DEFAULT_HEADER = true;
  /** Default quote: the double quote of RFC 4180. */
  public static final char DEFAULT_QUOTE = '"';
  /** Default: no comment lines. */
  public static final char DEFAULT_COMMENT = NO_COMMENT;
  /** Default: blanks around unquoted fields are removed. */
  public static final boolean DEFAULT_TRIM = true;

  /** Validates that the special characters are usable and distinct. */
  public CsvOptions {
    if (delimiter == '\n' || delimiter == '\r' || delimiter == NO_QUOTE
        || Character.isLetterOrDigit(delimiter) || delimiter == '.' || delimiter == '+'
        || delimiter == '-') {
      throw new IllegalArgumentException("delimiter " + show(delimiter) + " is not allowed;"
          + " use a punctuation or control character such as ',' ';' '|' or tab, or ' ' for runs of"
          + " whitespace");
    }
    if (quote != NO_QUOTE && (quote == delimiter || quote == '\n' || quote == '\r'
        || (delimiter == WHITESPACE && quote == '\t'))) {
      throw new IllegalArgumentException("quote " + show(quote) + " is not allowed with delimiter "
          + show(delimiter) + "; the quote must differ from the delimiter and line breaks");
    }
    if (comment != NO_COMMENT && (comment == delimiter || comment == quote || comment == '\n'
        || comment == '\r' || comment == ' ' || comment == '\t')) {
      throw new IllegalArgumentException("comment character " + show(comment) + " is not allowed;"
          + " it must differ from the delimiter, the quote, blanks and line breaks");
    }
  }

  /** Comma-separated with a header, RFC 4180 quotes, no comments, trimmed fields. */
  public static CsvOptions defaults() {
    return new CsvOptions(DEFAULT_DELIMITER, DEFAULT_HEADER, DEFAULT_QUOTE, DEFAULT_COMMENT,
        DEFAULT_TRIM);
  }

  /** Tab-separated with a header. */
  public static CsvOptions tsv() {
    return defaults().withDelimiter('\t');
  }

  /**
   * Whitespace-separated without header, with {@code #} comment lines: the usual plain edge list
   * ({@code source target [weight]} per line, as in SNAP files).
   */
  public static CsvOptions whitespace() {
    return new CsvOptions(WHITESPACE, false, DEFAULT_QUOTE, '#', true);
  }

  /** A copy with another delimiter. */
  public CsvOptions withDelimiter(char d) {
    return new CsvOptions(d, header, quote, comment, trim);
  }

  /** A copy with or without header. */
  public CsvOptions withHeader(boolean h) {
    return new CsvOptions(delimiter, h, quote, comment, trim);
  }

  /** A copy with another quote character ({@link #NO_QUOTE} for none). */
  public CsvOptions withQuote(char q) {
    return new CsvOptions(delimiter, header, q, comment, trim);
  }

  /** A copy with another comment character ({@link #NO_COMMENT} for none). */
  public CsvOptions withComment(char c) {
    return new CsvOptions(delimiter, header, quote, c, trim);
  }

  /** A copy that trims (or keeps) blanks around fields. */
  public CsvOptions withTrim(boolean t) {
    return new CsvOptions(delimiter, header, quote, comment, t);
  }

  /** Whether fields are separated by runs of whitespace. */
  public boolean isWhitespaceDelimited() {
    return delimiter == WHITESPACE;
  }

  static String show(char c) {
    return switch (c) {
      case '\t' -> "'\\t'";
      case '\n' -> "'\\n'";
      case '\r' -> "'\\r'";
      case '\0' -> "'\\0'";
      default -> "'" + c + "'";
    };
  }
}
