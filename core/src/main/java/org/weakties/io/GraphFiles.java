package org.weakties.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import org.weakties.graph.SocialGraph;

/**
 * Reads and writes graphs in every supported format, chosen by file name ({@link GraphFormat}): the
 * entry point for command-line tools.
 *
 * <h2>Edge lists</h2>
 * CSV, TSV and whitespace-separated text go through {@link EdgeListReader} and
 * {@link EdgeListWriter} (streaming, for graphs of any size). Node attributes are not part of an edge
 * list; use {@link NodeAttributeReader} and {@link NodeAttributeWriter} beside it.
 *
 * <h2>GraphML, GML, DOT, JSON</h2>
 * Read and written through jgrapht-io (the whole document is held in memory while reading). Node
 * labels: the node {@code id} (GraphML, DOT, JSON) or the {@code label} attribute of GML nodes (their
 * integer id when there is none). Edge attributes named by the options' weight, count and time column
 * names ({@code weight}, {@code interactions}, {@code last_contact} by default) become the weight,
 * interaction count and last-contact time, with the same rules as in edge lists; other edge
 * attributes are ignored. Node attributes become {@link org.weakties.graph.NodeAttributes} (text);
 * nodes keep document order, isolated nodes included. Edges are taken as undirected whatever the file
 * declares, and repeated edges and self-loops follow the options' policies. GraphML input may not
 * contain a DOCTYPE (so no entity, internal or external, is ever expanded); it is not validated
 * against the GraphML schema, so files from tools that write ids with blanks (NetworkX) are accepted.
 * Writers emit weights always, interaction counts and last-contact times when the graph has them
 * (unknown values are left out), and node attributes. Names the target format cannot hold are refused
 * with an {@link IllegalArgumentException} before anything is written: GML and DOT attribute names
 * must be letters, digits and underscores; GML node attributes may not be called {@code id},
 * {@code label}, {@code source}, {@code target} or {@code weight}, JSON node attributes not
 * {@code id}, GraphML node attributes not like an edge attribute. DOT ids cannot hold line breaks
 * or end with a backslash. GML numbers in exponent notation are rewritten as plain decimals on the
 * way in and out (jgrapht-io's GML grammar has no exponents). Files are UTF-8; a name ending with
 * {@code .gz} is compressed.
 *
 * <h2>Errors</h2>
 * Content problems are {@link GraphFormatException}s (with a line number where the format's parser
 * gives one); I/O failures are {@link IOException}s.
 */
public final class GraphFiles {
  private GraphFiles() {}

  /** Reads a file with the default options of its format. */
  public static SocialGraph read(Path path) throws IOException {
    GraphFormat f = GraphFormat.of(path);
    return read(path, f, f.defaultOptions());
  }

  /** Reads a file in the format given by its name, with the given options (used as they are). */
  public static SocialGraph read(Path path, EdgeListOptions options) throws IOException {
    return read(path, GraphFormat.of(path), options);
  }

  /** Reads a file in the given format. */
  public static SocialGraph read(Path path, GraphFormat format, EdgeListOptions options)
      throws IOException {
    try (InputStream in = Streams.openRead(path)) {
      return read(Streams.utf8(in), Streams.name(path), format, options);
    }
  }

  /**
   * Reads from a byte stream (UTF-8; gzip when {@code name} ends with .gz). The stream is not
   * closed.
   *
   * @param name the file name used in messages (and to detect gzip), or null
   */
  public static SocialGraph read(InputStream in, String name, GraphFormat format,
      EdgeListOptions options) throws IOException {
    return read(Streams.utf8(Streams.wrapRead(in, name)), name, format, options);
  }

  /** Reads from a character stream, which is not closed. */
  public static SocialGraph read(Reader in, String name, GraphFormat format,
      EdgeListOptions options) throws IOException {
    if (format.isEdgeList()) {
      return EdgeListReader.read(in, name, options);
    }
    return JGraphTFormats.read(in, name, format, options);
  }

  /** Writes a file with the default options of the format given by its name. */
  public static void write(SocialGraph g, Path path) throws IOException {
    GraphFormat f = GraphFormat.of(path);
    write(g, path, f, f.defaultOptions());
  }

  /** Writes a file in the format given by its name, with the given options. */
  public static void write(SocialGraph g, Path path, EdgeListOptions options) throws IOException {
    write(g, path, GraphFormat.of(path), options);
  }

  /** Writes a file (created or replaced; gzip when the name ends with .gz) in the given format. */
  public static void write(SocialGraph g, Path path, GraphFormat format, EdgeListOptions options)
      throws IOException {
    try (OutputStream os = Streams.openWrite(path); Writer w = Streams.utf8(os)) {
      write(g, w, format, options);
    }
  }

  /** Writes to a character stream, which is flushed but not closed. */
  public static void write(SocialGraph g, Writer out, GraphFormat format, EdgeListOptions options)
      throws IOException {
    if (format.isEdgeList()) {
      EdgeListWriter.write(g, out, options);
    } else {
      JGraphTFormats.write(g, out, format, options);
    }
  }
}
