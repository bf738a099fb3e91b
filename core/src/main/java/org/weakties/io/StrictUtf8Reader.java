package org.weakties.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly: malformed or truncated input is a {@link java.nio.charset.CharacterCodingException}.
 * Unlike {@link java.io.InputStreamReader}, every character before the bad bytes is handed out first
 * and the error comes with the next read, so a reader counting lines knows exactly where it is.
 */
final class StrictUtf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(Streams.BUFFER);
  private boolean eof;
  private boolean flushed;
  private CoderResult pending;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (pending != null) {
      CoderResult r = pending;
      pending = null;
      r.throwException();
    }
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      if (flushed) {
        return -1;
      }
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        if (out.position() > off) {
          pending = r;
          break;
        }
        r.throwException();
      }
      if (r.isOverflow()) {
        break;
      }
      if (eof) {
        decoder.flush(out);
        flushed = true;
        break;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    int n = out.position() - off;
    return n == 0 && flushed ? -1 : n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
