package org.weakties.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.weakties.graph.NodeAttributes;
import org.weakties.graph.SocialGraph;

/**
 * Writes a graph's node attributes as a table {@code node,key1,key2,...}: one row per node in id
 * order, the label in the node column, a missing value as an empty cell and the empty string as
 * {@code ""}. {@link NodeAttributeReader} reads it back. A path ending with {@code .gz} is compressed.
 */
public final class NodeAttributeWriter {
  private NodeAttributeWriter() {}

  /** Writes to a file (created or replaced). */
  public static void write(SocialGraph g, Path path, NodeAttributeOptions options)
      throws IOException {
    try (OutputStream os = Streams.openWrite(path); Writer w = Streams.utf8(os)) {
      write(g, w, options);
    }
  }

  /**
   * Writes to a character stream, which is flushed but not closed.
   *
   * @throws IllegalArgumentException when an attribute key is blank or equals the node column name
   */
  public static void write(SocialGraph g, Writer out, NodeAttributeOptions options)
      throws IOException {
    NodeAttributes at = g.nodeAttributes();
    List<String> keys = at.keys();
    if (keys.contains(options.nodeColumn())) {
      throw new IllegalArgumentException("attribute key '" + options.nodeColumn() + "' is also the"
          + " node column name; choose another nodeColumn in the options");
    }
    for (String k : keys) {
      if (k.isBlank()) {
        throw new IllegalArgumentException("attribute key '" + k + "' is blank; a node-attribute"
            + " table needs non-blank column names");
      }
    }
    String[][] cols = new String[keys.size()][];
    for (int k = 0; k < cols.length; k++) {
      cols[k] = at.column(keys.get(k));
    }
    CsvWriter w = new CsvWriter(out, options.csv());
    w.text(options.nodeColumn());
    for (String k : keys) {
      w.text(k);
    }
    w.endRow();
    for (int u = 0; u < g.nodeCount(); u++) {
      w.text(String.valueOf(g.label(u)));
      for (String[] col : cols) {
        w.text(col[u]);
      }
      w.endRow();
    }
    w.flush();
  }
}
