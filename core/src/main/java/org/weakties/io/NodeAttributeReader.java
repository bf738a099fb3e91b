package org.weakties.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.weakties.graph.NodeAttributes;
import org.weakties.graph.NodeIndex;
import org.weakties.graph.SocialGraph;

/**
 * Reads a node-attribute table ({@code node,key1,key2,...}, see {@link NodeAttributeOptions}) into
 * {@link NodeAttributes} aligned with a graph's node ids.
 *
 * <p>Labels are matched exactly as Strings against the graph's labels. For a graph built from int ids
 * (identity index, labels are the Integers 0..n-1) a label in canonical decimal form ({@code "12"},
 * not {@code "012"} or {@code "+12"}) also matches that id. A row for a node the graph does not have
 * is an error unless {@link NodeAttributeOptions#ignoreUnknownNodes()} is set, in which case it is
 * skipped; a second row for the same node is always an error. Nodes without a row get no values
 * (null). Errors are {@link GraphFormatException}s with file, line, column and text. O(rows x columns)
 * time; the result holds one String array of n entries per attribute.
 */
public final class NodeAttributeReader {
  private NodeAttributeReader() {}

  /**
   * Reads the attributes for the nodes of {@code index} from a file (gzip when the name ends with
   * .gz).
   */
  public static NodeAttributes read(Path path, NodeIndex index, NodeAttributeOptions options)
      throws IOException {
    try (InputStream in = Streams.openRead(path)) {
      return read(Streams.utf8(in), Streams.name(path), index, options);
    }
  }

  /** Reads a file and returns {@code graph} with these attributes (replacing any it had). */
  public static SocialGraph attach(SocialGraph graph, Path path, NodeAttributeOptions options)
      throws IOException {
    return graph.withNodeAttributes(read(path, graph.index(), options));
  }

  /**
   * Reads from a character stream, which is not closed.
   *
   * @param name the file name used in error messages, or null
   */
  public static NodeAttributes read(Reader in, String name, NodeIndex index,
      NodeAttributeOptions options) throws IOException {
    CsvTokenizer t = new CsvTokenizer(in, name, options.csv());
    int n = index.size();
    if (!t.next()) {
      throw new GraphFormatException(name, 0, null, 0, null, null, "the file is empty",
          "a header such as " + options.nodeColumn() + ",key1,key2 and then one row per node",
          null);
    }
    int fields = t.count();
    String[] header = new String[fields];
    for (int i = 0; i < fields; i++) {
      header[i] = t.field(i).strip();
    }
    t.columnNames(header);
    long headerLine = t.recordLine();
    int nodeCol = EdgeListReader.findColumn(header, options.nodeColumn(), t, headerLine);
    if (nodeCol < 0) {
      throw new GraphFormatException(name, headerLine, null, 0, null, t.recordText(),
          "has no column '" + options.nodeColumn() + "'",
          "a header whose node column is named '" + options.nodeColumn() + "' (or set another"
              + " nodeColumn in the options)", null);
    }
    List<String> keys = new ArrayList<>();
    int[] keyCol = new int[fields - 1];
    for (int i = 0; i < fields; i++) {
      if (i == nodeCol) {
        continue;
      }
      if (header[i].isEmpty()) {
        throw t.error(i, header[i], "is an empty column name", "a name for every column");
      }
      for (int j = 0; j < i; j++) {
        if (header[j].equals(header[i])) {
          throw t.error(i, header[i], "is also the name of column " + (j + 1),
              "each column name once");
        }
      }
      keyCol[keys.size()] = i;
      keys.add(header[i]);
    }
    String[][] cols = new String[keys.size()][n];
    long[] seen = new long[n]; // line of the row for each node, 0 = none yet
    while (t.next()) {
      if (t.count() != fields) {
        throw new GraphFormatException(name, t.recordLine(), null, 0, null, t.recordText(),
            "has " + t.count() + (t.count() == 1 ? " field" : " fields"),
            fields + " fields, as in the header", null);
      }
      String label = t.field(nodeCol);
      if (label.isEmpty()) {
        throw t.error(nodeCol, label, "is an empty node label", "a label of the graph");
      }
      int id = find(index, label);
      if (id < 0) {
        if (options.ignoreUnknownNodes()) {
          continue;
        }
        throw t.error(nodeCol, label, "is not a node of the graph",
            "labels of the graph's nodes (or set ignoreUnknownNodes to skip such rows)");
      }
      if (seen[id] != 0) {
        throw t.error(nodeCol, label, "already has a row, on line " + seen[id],
            "one row per node");
      }
      seen[id] = t.recordLine();
      for (int k = 0; k < cols.length; k++) {
        int c = keyCol[k];
        cols[k][id] = t.isMissing(c) ? null : t.field(c);
      }
    }
    Map<String, String[]> map = new LinkedHashMap<>();
    for (int k = 0; k < cols.length; k++) {
      map.put(keys.get(k), cols[k]);
    }
    return NodeAttributes.of(n, map);
  }

  /** The id of a label: exact String match, or canonical int on an identity index; -1 if none. */
  static int find(NodeIndex index, String label) {
    int id = index.find(label);
    if (id >= 0 || !index.isIdentity()) {
      return id;
    }
    int len = label.length();
    if (len == 0 || len > 10 || (len > 1 && label.charAt(0) == '0')) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < len; i++) {
      char c = label.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v < index.size() ? (int) v : -1;
  }
}
