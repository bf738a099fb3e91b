package org.weakties.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/** Opening files: transparent gzip by the {@code .gz} suffix, strict UTF-8, large buffers. */
final class Streams {
  private Streams() {}

  static final int BUFFER = 1 << 16;

  /** Whether a file name ends with {@code .gz} (ignoring case). */
  static boolean isGzip(String name) {
    return name != null && name.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The file name of a path, for messages. */
  static String name(Path p) {
    Path f = p.getFileName();
    return f == null ? p.toString() : f.toString();
  }

  /** Opens a file for reading, decompressing when its name ends with .gz. */
  static InputStream openRead(Path p) throws IOException {
    return wrapRead(Files.newInputStream(p), name(p));
  }

  /** Wraps a stream in a gzip decoder when {@code name} ends with .gz. */
  static InputStream wrapRead(InputStream in, String name) throws IOException {
    if (!isGzip(name)) {
      return in;
    }
    try {
      return new GZIPInputStream(in, BUFFER);
    } catch (ZipException | EOFException e) {
      in.close();
      throw new GraphFormatException(name, 0, null, 0, null, null,
          "is not gzip-compressed although its name ends with .gz (" + e.getMessage() + ")",
          "gzip data, or a file name without .gz", e);
    }
  }

  /** A strict UTF-8 reader (malformed input is an error, not replaced). */
  static Reader utf8(InputStream in) {
    return new StrictUtf8Reader(in);
  }

  /**
   * Opens a file for writing (created or truncated), compressing when its name ends with .gz (at the
   * fastest deflate level).
   */
  static OutputStream openWrite(Path p) throws IOException {
    return wrapWrite(Files.newOutputStream(p), name(p));
  }

  /** Wraps a stream in a gzip encoder when {@code name} ends with .gz, and buffers it. */
  static OutputStream wrapWrite(OutputStream out, String name) throws IOException {
    if (isGzip(name)) {
      return new FastGzip(new BufferedOutputStream(out, BUFFER));
    }
    return new BufferedOutputStream(out, BUFFER);
  }

  /** gzip at the fastest deflate level: 3-4 times faster than the default, files about 15% larger. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, BUFFER);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }

  /** A buffered UTF-8 writer. */
  static Writer utf8(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
  }

  /** Reads an error of a compressed stream as a format problem. */
  static GraphFormatException corrupt(String file, long line, IOException e) {
    return new GraphFormatException(file, line, null, 0, null, null,
        "has corrupt or truncated compressed data (" + e.getMessage() + ")",
        "a complete gzip file", e);
  }
}
