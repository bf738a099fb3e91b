package org.weakties.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes XML text through unchanged but refuses every markup declaration: any {@code <!} that does
 * not open a comment ({@code <!--}) or a CDATA section ({@code <![CDATA[}). That rejects DOCTYPE and
 * therefore every entity declaration, so an XML parser behind this reader cannot be made to read
 * external files or URLs (XXE) or to expand entities exponentially, whatever its own settings. The
 * check happens before the characters are handed on: a declaration is refused before the parser has
 * seen its first character. Side effect: the text {@code <!} followed by anything else inside a
 * comment or CDATA section is refused too.
 */
final class XmlGuardReader extends Reader {

  /** Thrown through the parser when a markup declaration is found. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;
    final String text;

    Refused(long line, String text) {
      super("markup declaration (DOCTYPE/ENTITY) on line " + line);
      this.line = line;
      this.text = text;
    }
  }

  private static final int LOOKAHEAD = 9; // "<!" + "[CDATA["

  private final Reader in;
  private final char[] buf = new char[8192];
  private int pos;
  private int lim;
  private boolean eof;
  private long line = 1;

  XmlGuardReader(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len) {
      if (lim - pos < LOOKAHEAD && !eof) {
        if (n > 0 && pos < lim && buf[pos] == '<') {
          break; // hand out what we have; decide about '<' with more input next time
        }
        fill();
      }
      if (pos == lim) {
        break;
      }
      char c = buf[pos];
      if (c == '<' && pos + 1 < lim && buf[pos + 1] == '!') {
        if (!startsWith(pos + 2, "--") && !startsWith(pos + 2, "[CDATA[")) {
          int end = Math.min(lim, pos + 20);
          throw new Refused(line, new String(buf, pos, end - pos));
        }
      } else if (c == '<' && pos + 1 == lim && !eof) {
        break;
      }
      if (c == '\n') {
        line++;
      }
      cbuf[off + n++] = c;
      pos++;
    }
    return n == 0 && eof && pos == lim ? -1 : n;
  }

  private boolean startsWith(int from, String s) {
    if (from + s.length() > lim) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (buf[from + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    while (lim < buf.length && !eof) {
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
        if (lim - pos >= LOOKAHEAD) {
          return;
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
