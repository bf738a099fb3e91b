package org.weakties.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import org.weakties.graph.SocialGraph;

/**
 * Writes a graph as an edge list that {@link EdgeListReader} reads back to the same graph.
 *
 * <p>Columns: source, target, weight, then interactions when the graph has interaction counts and
 * last_contact when it has last-contact times (names from {@link EdgeListOptions}; a null name leaves
 * that column out). Unknown counts and times are empty cells. Rows follow the graph's input order and
 * each row keeps the orientation of the row the edge first appeared in
 * ({@link SocialGraph#inputOrder()}); graphs without a recorded order are written in edge-id order with
 * the smaller id first. Labels are written with {@code String.valueOf}, quoted when needed; numbers in
 * shortest round-trip form ({@link NumberText}). Without a header only the three positional columns
 * source, target, weight are written. Node attributes are not part of an edge list: write them with
 * {@link NodeAttributeWriter}. A path ending with {@code .gz} is compressed.
 *
 * <p>O(n + m) time; 8 bytes per edge of scratch (the endpoint table) besides the output buffer.
 */
public final class EdgeListWriter {
  private EdgeListWriter() {}

  /** Writes to a file (created or replaced; gzip when the name ends with .gz). */
  public static void write(SocialGraph g, Path path, EdgeListOptions options) throws IOException {
    try (OutputStream os = Streams.openWrite(path); Writer w = Streams.utf8(os)) {
      write(g, w, options);
    }
  }

  /** Writes to a character stream, which is flushed but not closed. */
  public static void write(SocialGraph g, Writer out, EdgeListOptions options) throws IOException {
    boolean header = options.csv().header();
    boolean weights = options.weightColumn() != null || !header;
    boolean counts = header && g.hasInteractions() && options.countColumn() != null;
    boolean times = header && g.hasLastContact() && options.timeColumn() != null;
    CsvWriter w = new CsvWriter(out, options.csv());
    if (header) {
      w.text(options.sourceColumn()).text(options.targetColumn());
      if (weights) {
        w.text(options.weightColumn());
      }
      if (counts) {
        w.text(options.countColumn());
      }
      if (times) {
        w.text(options.timeColumn());
      }
      w.endRow();
    }
    SocialGraph.EdgeEndpoints ep = g.endpoints();
    int[] src = ep.source();
    int[] dst = ep.target();
    String[] labels = labels(g);
    String[] firstCells = new String[labels.length];
    String[] cells = new String[labels.length];
    for (int i = 0; i < labels.length; i++) {
      firstCells[i] = w.cell(labels[i], true);
      cells[i] = w.cell(labels[i], false);
    }
    labels = null;
    for (int k : g.inputOrder()) {
      int e = k < 0 ? ~k : k;
      int a = k < 0 ? dst[e] : src[e];
      int b = k < 0 ? src[e] : dst[e];
      w.prepared(firstCells[a]).prepared(cells[b]);
      if (weights) {
        w.number(g.weight(e));
      }
      if (counts) {
        double c = g.interactions(e);
        if (Double.isNaN(c)) {
          w.empty();
        } else {
          w.number(c);
        }
      }
      if (times) {
        long t = g.lastContact(e);
        if (t == SocialGraph.NO_TIME) {
          w.empty();
        } else {
          w.number(t);
        }
      }
      w.endRow();
    }
    w.flush();
  }

  /** The labels of all nodes as Strings, by id. */
  static String[] labels(SocialGraph g) {
    String[] s = new String[g.nodeCount()];
    for (int i = 0; i < s.length; i++) {
      s[i] = String.valueOf(g.label(i));
    }
    return s;
  }
}
