package org.weakties.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * Splits delimited text into records of fields (RFC 4180 quoting, see {@link CsvOptions}) without
 * allocating per field: the fields of the current record are ranges of one reusable char array.
 * Tracks 1-based line numbers, including line breaks inside quoted fields. Not thread-safe.
 */
final class CsvTokenizer {

  /** Longest record in characters; longer ones (usually an unclosed quote) are an error. */
  static final int MAX_RECORD_CHARS = 1 << 22;

  private static final int EOF = -1;

  private final Reader in;
  private final String file;
  private final char delim;
  private final boolean ws;
  private final boolean quoting;
  private final char quote;
  private final char comment;
  private final boolean trim;
  private final boolean[] special;

  private final char[] buf = new char[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;
  private long base; // characters consumed before buf[0]
  private boolean started;

  private char[] rec = new char[256];
  private int len;
  private int[] fs = new int[16];
  private int[] fe = new int[16];
  private boolean[] fq = new boolean[16];
  private long[] fl = new long[16];
  private int count;
  private long line = 1;
  private long recordLine;
  private long recordStart;
  private String[] names;

  CsvTokenizer(Reader in, String file, CsvOptions o) {
    this.in = in;
    this.file = file;
    this.delim = o.delimiter();
    this.ws = o.isWhitespaceDelimited();
    this.quote = o.quote();
    this.quoting = o.quote() != CsvOptions.NO_QUOTE;
    this.comment = o.comment();
    this.trim = o.trim();
    int max = Math.max('\r', Math.max(delim, quoting ? quote : 0));
    special = new boolean[Math.max(max, '\t') + 1];
    special['\n'] = true;
    special['\r'] = true;
    if (ws) {
      special[' '] = true;
      special['\t'] = true;
    } else {
      special[delim] = true;
    }
    if (quoting) {
      special[quote] = true;
    }
  }

  /** Column names for error messages (the header), by 0-based field index. */
  void columnNames(String[] n) {
    this.names = n;
  }

  /** The file name used in messages. */
  String file() {
    return file;
  }

  /** Number of fields of the current record. */
  int count() {
    return count;
  }

  /** The shared character array holding the current record's fields. */
  char[] chars() {
    return rec;
  }

  /** Start of field {@code i} in {@link #chars()}. */
  int start(int i) {
    return fs[i];
  }

  /** End (exclusive) of field {@code i} in {@link #chars()}. */
  int end(int i) {
    return fe[i];
  }

  /** Whether field {@code i} was quoted. */
  boolean quoted(int i) {
    return fq[i];
  }

  /** Field {@code i} as a new String. */
  String field(int i) {
    return new String(rec, fs[i], fe[i] - fs[i]);
  }

  /** Whether field {@code i} is empty and unquoted (a missing value). */
  boolean isMissing(int i) {
    return !fq[i] && fe[i] == fs[i];
  }

  /** The 1-based line on which the current record starts. */
  long recordLine() {
    return recordLine;
  }

  /** The current record's fields joined by the delimiter, for messages. */
  String recordText() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count && b.length() <= GraphFormatException.MAX_QUOTED_TEXT; i++) {
      if (i > 0) {
        b.append(ws ? ' ' : delim);
      }
      b.append(rec, fs[i], fe[i] - fs[i]);
    }
    return b.toString();
  }

  /**
   * Reads the next record, skipping blank and comment lines.
   *
   * @return false at the end of the input
   * @throws GraphFormatException for malformed quoting, an over-long record or invalid UTF-8
   */
  boolean next() throws IOException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        pos++;
      }
    }
    while (true) {
      int c = peek();
      if (c == EOF) {
        return false;
      }
      recordLine = line;
      recordStart = base + pos;
      if (comment != CsvOptions.NO_COMMENT && c == comment) {
        skipLine();
        continue;
      }
      parseRecord();
      if (count == 0 || (count == 1 && isMissing(0))) {
        continue; // blank line
      }
      return true;
    }
  }

  private void parseRecord() throws IOException {
    count = 0;
    len = 0;
    while (true) {
      if (trim || ws) {
        skipBlanks();
      }
      int c = peek();
      if (c == EOF || c == '\n' || c == '\r') {
        if (!(ws && count > 0)) {
          addField(len, len, false, line);
        }
        endLine(c);
        return;
      }
      if (quoting && c == quote) {
        pos++;
        int start = len;
        long startLine = line;
        readQuoted(start);
        addField(start, len, true, startLine);
        int blanks = (trim || ws) ? skipBlanks() : 0;
        c = peek();
        if (c == EOF || c == '\n' || c == '\r') {
          endLine(c);
          return;
        }
        if (!ws && c == delim) {
          pos++;
          continue;
        }
        if (ws && blanks > 0) {
          continue;
        }
        throw error(count - 1, line, new String(rec, start, len - start) + (char) c,
            "has the character " + CsvOptions.show((char) c) + " right after its closing quote",
            "a delimiter or the end of the line after a closing quote (a quote inside a quoted field"
                + " is written twice)");
      }
      int start = len;
      scanUnquoted(start);
      int end = len;
      if (trim && !ws) {
        while (end > start && isBlank(rec[end - 1])) {
          end--;
        }
        len = end;
      }
      addField(start, end, false, line);
      c = peek();
      if (c == EOF || c == '\n' || c == '\r') {
        endLine(c);
        return;
      }
      if (!ws) {
        pos++; // the delimiter
      }
    }
  }

  private void scanUnquoted(int start) throws IOException {
    boolean[] sp = special;
    int spLen = sp.length;
    while (true) {
      if (pos == lim && !fill()) {
        return;
      }
      char[] b = buf;
      int p = pos;
      int l = lim;
      while (p < l) {
        char c = b[p];
        if (c < spLen && sp[c]) {
          break;
        }
        p++;
      }
      appendRange(b, pos, p);
      pos = p;
      if (p < l) {
        char c = b[p];
        if (quoting && c == quote) {
          append(c);
          throw error(count, line, new String(rec, start, len - start),
              "contains a quote character but is not enclosed in quotes",
              "quotes only around a whole field, with each quote inside it written twice, e.g."
                  + " \"say \"\"hi\"\"\"");
        }
        return;
      }
    }
  }

  private void readQuoted(int start) throws IOException {
    long openLine = line;
    while (true) {
      if (pos == lim && !fill()) {
        throw new GraphFormatException(file, openLine, columnName(count), count + 1, null,
            new String(rec, start, Math.min(len - start, 40)),
            "opens a quoted field that is never closed",
            "a closing quote before the end of the file", null);
      }
      char c = buf[pos++];
      if (c == quote) {
        if (peek() == quote) {
          pos++;
          append(quote);
          continue;
        }
        return;
      }
      append(c);
      if (c == '\n') {
        line++;
      } else if (c == '\r') {
        line++;
        if (peek() == '\n') {
          pos++;
          append('\n');
        }
      }
    }
  }

  private int skipBlanks() throws IOException {
    int n = 0;
    while (true) {
      int c = peek();
      if (c == ' ' || (c == '\t' && (ws || delim != '\t'))) {
        pos++;
        n++;
      } else {
        return n;
      }
    }
  }

  private boolean isBlank(char c) {
    return c == ' ' || (c == '\t' && delim != '\t');
  }

  private void skipLine() throws IOException {
    while (true) {
      int c = peek();
      if (c == EOF) {
        return;
      }
      if (c == '\n' || c == '\r') {
        endLine(c);
        return;
      }
      pos++;
    }
  }

  private void endLine(int c) throws IOException {
    if (c == '\n') {
      pos++;
      line++;
    } else if (c == '\r') {
      pos++;
      line++;
      if (peek() == '\n') {
        pos++;
      }
    }
  }

  private void addField(int s, int e, boolean q, long startLine) {
    if (base + pos - recordStart > MAX_RECORD_CHARS) {
      throw tooLong();
    }
    if (count == fs.length) {
      int cap = count * 2;
      fs = Arrays.copyOf(fs, cap);
      fe = Arrays.copyOf(fe, cap);
      fq = Arrays.copyOf(fq, cap);
      fl = Arrays.copyOf(fl, cap);
    }
    fs[count] = s;
    fe[count] = e;
    fq[count] = q;
    fl[count] = startLine;
    count++;
  }

  private void append(char c) {
    if (len == rec.length) {
      grow(len + 1);
    }
    rec[len++] = c;
  }

  private void appendRange(char[] b, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return;
    }
    if (len + n > rec.length) {
      grow(len + n);
    }
    System.arraycopy(b, from, rec, len, n);
    len += n;
  }

  private void grow(int need) {
    if (need > MAX_RECORD_CHARS) {
      throw tooLong();
    }
    rec = Arrays.copyOf(rec, Math.min(MAX_RECORD_CHARS, Math.max(need, rec.length * 2)));
  }

  private GraphFormatException tooLong() {
    return new GraphFormatException(file, recordLine, null, 0, null, null,
        "record is longer than " + MAX_RECORD_CHARS + " characters (an unclosed quote?)",
        "records of at most " + MAX_RECORD_CHARS + " characters", null);
  }

  private int peek() throws IOException {
    if (pos == lim && !fill()) {
      return EOF;
    }
    return buf[pos];
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    base += lim;
    pos = 0;
    lim = 0;
    int n;
    try {
      do {
        n = in.read(buf, 0, buf.length);
      } while (n == 0);
    } catch (CharacterCodingException e) {
      throw new GraphFormatException(file, line, null, 0, null, null,
          "is not valid UTF-8 text (" + e.getClass().getSimpleName() + ")",
          "UTF-8 text; convert the file, e.g. with iconv -t UTF-8", e);
    } catch (ZipException | EOFException e) {
      throw Streams.corrupt(file, line, e);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    lim = n;
    return true;
  }

  private String columnName(int i) {
    return names != null && i < names.length ? names[i] : null;
  }

  /** An error in field {@code i} of the current record, which is on line {@code at}. */
  private GraphFormatException error(int i, long at, String text, String problem,
      String expected) {
    return new GraphFormatException(file, at, columnName(i), i + 1, null, text, problem, expected,
        null);
  }

  /**
   * An error in field {@code i} of the current record, reported on the line where that field
   * starts.
   */
  GraphFormatException error(int i, String text, String problem, String expected) {
    return error(i, i < count ? fl[i] : line, text, problem, expected);
  }
}
