package org.weakties.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.weakties.io.CsvOptions;
import org.weakties.io.GraphFormatException;

/**
 * Reads delimited text record by record, with the dialect of {@code org.weakties.io}: RFC 4180 quotes
 * (a doubled quote inside a quoted field is one quote; delimiters and line breaks inside quotes are
 * data), LF, CRLF or CR line ends, a UTF-8 byte-order mark skipped, blank lines skipped, blanks
 * around unquoted fields trimmed, a space delimiter meaning runs of spaces and tabs. Files are strict
 * UTF-8; a name ending with {@code .gz} is decompressed. Used for tables that are not edge lists
 * (observations for {@code curve}) and to look at the header of an edge list.
 *
 * <p>Problems are {@link GraphFormatException}s naming the file and line.
 */
final class CsvRecords implements Closeable {
  private static final int MAX_RECORD_CHARS = 1 << 22;

  private final Reader in;
  private final String file;
  private final char delim;
  private final boolean whitespace;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean started;
  private long line = 1;
  private long recordLine;
  private final StringBuilder field = new StringBuilder();

  CsvRecords(Reader in, String file, char delimiter) {
    this.in = in;
    this.file = file;
    this.delim = delimiter;
    this.whitespace = delimiter == CsvOptions.WHITESPACE;
  }

  /** Opens a file (gzip when its name ends with .gz) as strict UTF-8. */
  static CsvRecords open(Path path, char delimiter) throws IOException {
    String name = fileName(path);
    InputStream raw = Files.newInputStream(path);
    InputStream is = raw;
    try {
      if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
        is = new GZIPInputStream(raw, 1 << 16);
      }
    } catch (IOException e) {
      raw.close();
      throw new GraphFormatException(name, 0, null, 0, null, null,
          "is not gzip-compressed although its name ends with .gz", "gzip data", e);
    }
    Reader r = new InputStreamReader(is, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    return new CsvRecords(r, name, delimiter);
  }

  /** The file name of a path, for messages. */
  static String fileName(Path p) {
    Path f = p.getFileName();
    return f == null ? p.toString() : f.toString();
  }

  /**
   * The header (first record) of a file, or null when the file has no record.
   */
  static String[] header(Path path, char delimiter) throws IOException {
    try (CsvRecords r = open(path, delimiter)) {
      return r.next();
    }
  }

  /**
   * Finds a column by name as the edge-list reader does: exact match first, else a match ignoring
   * case and surrounding blanks; -1 when there is none.
   */
  static int find(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(name)) {
        return i;
      }
    }
    String key = name.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < header.length; i++) {
      if (header[i].strip().toLowerCase(Locale.ROOT).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The 1-based line where the record last returned by {@link #next()} starts. */
  long line() {
    return recordLine;
  }

  /** The file name used in messages. */
  String file() {
    return file;
  }

  /** The fields of the next record, or null at the end of the input. Blank lines are skipped. */
  String[] next() throws IOException {
    while (true) {
      int c = peek();
      if (c < 0) {
        return null;
      }
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          pos++;
          continue;
        }
      }
      if (c == '\n' || c == '\r') {
        endOfLine();
        continue;
      }
      if (whitespace && (c == ' ' || c == '\t')) {
        if (blankLine()) {
          continue;
        }
      }
      String[] r = record();
      if (r != null) {
        return r;
      }
    }
  }

  /** Skips leading blanks; returns true (having consumed the line) when nothing else is on it. */
  private boolean blankLine() throws IOException {
    while (true) {
      int c = peek();
      if (c == ' ' || c == '\t') {
        pos++;
        continue;
      }
      if (c < 0) {
        return true;
      }
      if (c == '\n' || c == '\r') {
        endOfLine();
        return true;
      }
      return false;
    }
  }

  /** The next record, or null when the line held only blanks. */
  private String[] record() throws IOException {
    recordLine = line;
    List<String> fields = new ArrayList<>();
    long chars = 0;
    boolean quoted = false;
    while (true) {
      field.setLength(0);
      // leading blanks
      int c = peek();
      while (c == ' ' || c == '\t') {
        if (c == delim) {
          break;
        }
        pos++;
        c = peek();
      }
      if (c == '"') {
        pos++;
        quoted = true;
        long quoteLine = line;
        while (true) {
          int d = read();
          if (d < 0) {
            throw new GraphFormatException(file, quoteLine, null, fields.size() + 1, null,
                "opens a quoted field that is never closed",
                "a closing quote before the end of the file");
          }
          if (d == '"') {
            if (peek() == '"') {
              pos++;
              field.append('"');
              continue;
            }
            break;
          }
          if (d == '\n') {
            line++;
          } else if (d == '\r') {
            if (peek() == '\n') {
              pos++;
              field.append('\r');
            }
            line++;
          }
          field.append((char) d);
          if (++chars > MAX_RECORD_CHARS) {
            throw new GraphFormatException(file, recordLine, null, 0, null,
                "record is longer than " + MAX_RECORD_CHARS + " characters (an unclosed quote?)",
                "records of at most " + MAX_RECORD_CHARS + " characters");
          }
        }
        c = peek();
        while (c == ' ' || c == '\t') {
          if (c == delim) {
            break;
          }
          pos++;
          c = peek();
        }
        if (c >= 0 && c != delim && c != '\n' && c != '\r') {
          throw new GraphFormatException(file, line, null, fields.size() + 1,
              String.valueOf((char) c), "follows a closing quote",
              "the delimiter or the end of the line after a quoted field");
        }
        fields.add(field.toString());
      } else {
        while (c >= 0 && c != delim && c != '\n' && c != '\r'
            && !(whitespace && c == '\t')) {
          field.append((char) c);
          pos++;
          if (++chars > MAX_RECORD_CHARS) {
            throw new GraphFormatException(file, recordLine, null, 0, null,
                "record is longer than " + MAX_RECORD_CHARS + " characters",
                "records of at most " + MAX_RECORD_CHARS + " characters");
          }
          c = peek();
        }
        int end = field.length();
        while (end > 0 && (field.charAt(end - 1) == ' ' || field.charAt(end - 1) == '\t')) {
          end--;
        }
        field.setLength(end);
        fields.add(field.toString());
      }
      c = peek();
      if (c == delim || (whitespace && c == '\t')) {
        pos++;
        if (whitespace) {
          c = peek();
          while (c == ' ' || c == '\t') {
            pos++;
            c = peek();
          }
          if (c < 0 || c == '\n' || c == '\r') {
            endOfLine();
            return fields.toArray(new String[0]);
          }
        }
        continue;
      }
      endOfLine();
      if (!quoted && fields.size() == 1 && fields.get(0).isEmpty()) {
        return null;
      }
      return fields.toArray(new String[0]);
    }
  }

  /** Consumes one line end (LF, CRLF or CR) if there is one. */
  private void endOfLine() throws IOException {
    int c = peek();
    if (c == '\r') {
      pos++;
      if (peek() == '\n') {
        pos++;
      }
      line++;
    } else if (c == '\n') {
      pos++;
      line++;
    }
  }

  private int peek() throws IOException {
    if (pos >= lim) {
      fill();
      if (pos >= lim) {
        return -1;
      }
    }
    return buf[pos];
  }

  private int read() throws IOException {
    int c = peek();
    if (c >= 0) {
      pos++;
    }
    return c;
  }

  private void fill() throws IOException {
    if (eof) {
      return;
    }
    int n;
    try {
      n = in.read(buf, 0, buf.length);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new GraphFormatException(file, line, null, 0, null, null,
          "is not valid UTF-8 text", "UTF-8 text; convert the file, e.g. with iconv -t UTF-8", e);
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new GraphFormatException(file, line, null, 0, null, null,
          "has corrupt gzip data (" + e.getMessage() + ")", "a complete gzip file", e);
    }
    if (n < 0) {
      eof = true;
      pos = 0;
      lim = 0;
      return;
    }
    pos = 0;
    lim = n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
