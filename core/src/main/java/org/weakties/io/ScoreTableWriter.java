package org.weakties.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;

/**
 * Writes a {@link ScoreTable} (the {@code toTable()} of any result) as CSV or JSON, with the graph's
 * labels in front.
 *
 * <h2>Rows</h2>
 * An edge table is written as {@code source,target,<columns>} with one row per edge in the graph's
 * input order, source and target as in the input row that first gave the edge
 * ({@link SocialGraph#inputOrder()}), so results line up with the user's own edge file. A node table is
 * written as {@code node,<columns>} in node id order (the order of first appearance for graphs read
 * from files).
 *
 * <h2>Cells</h2>
 * Doubles in shortest round-trip form ({@link NumberText}), NaN as {@code NaN}, infinities as
 * {@code inf}/{@code -inf}; longs as integers; booleans as {@code true}/{@code false}; text as is;
 * missing longs and texts as empty cells. CSV output is quoted per RFC 4180 where needed. JSON output
 * is an array of row objects, one per line: {@code {"source":"a","target":"b","overlap":0.5}}; labels
 * are always JSON strings, missing cells are {@code null}, and non-finite doubles are the strings
 * {@code "NaN"}, {@code "inf"}, {@code "-inf"} (JSON has no such numbers). Both are streamed: memory
 * does not grow with the table besides one row.
 */
public final class ScoreTableWriter {
  private ScoreTableWriter() {}

  /** Name of the source-label column of edge tables. */
  public static final String SOURCE = "source";
  /** Name of the target-label column of edge tables. */
  public static final String TARGET = "target";
  /** Name of the label column of node tables. */
  public static final String NODE = "node";

  /**
   * Writes a table to a file chosen by its name: {@code .json} as JSON, {@code .tsv} as tab-separated,
   * anything else as comma-separated; a further {@code .gz} compresses.
   */
  public static void write(ScoreTable table, SocialGraph g, Path path) throws IOException {
    String name = Streams.name(path).toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".json")) {
      writeJson(table, g, path);
    } else {
      writeCsv(table, g, path, name.endsWith(".tsv") ? CsvOptions.tsv() : CsvOptions.defaults());
    }
  }

  /** Writes CSV to a file (created or replaced; gzip when the name ends with .gz). */
  public static void writeCsv(ScoreTable table, SocialGraph g, Path path, CsvOptions options)
      throws IOException {
    try (OutputStream os = Streams.openWrite(path); Writer w = Streams.utf8(os)) {
      writeCsv(table, g, w, options);
    }
  }

  /**
   * Writes CSV to a character stream, which is flushed but not closed. The header row is written
   * whatever {@code options.header()} says.
   *
   * @throws IllegalArgumentException when the table does not fit the graph (row count) or a column
   *     is named like a label column
   */
  public static void writeCsv(ScoreTable table, SocialGraph g, Writer out, CsvOptions options)
      throws IOException {
    boolean edges = check(table, g);
    List<ScoreTable.Column> cols = table.columns();
    CsvWriter w = new CsvWriter(out, options);
    if (edges) {
      w.text(SOURCE).text(TARGET);
    } else {
      w.text(NODE);
    }
    for (ScoreTable.Column c : cols) {
      w.text(c.name());
    }
    w.endRow();
    Rows rows = new Rows(table, g);
    String[] firstCells = new String[rows.labels.length];
    String[] cells = edges ? new String[rows.labels.length] : null;
    for (int i = 0; i < firstCells.length; i++) {
      firstCells[i] = w.cell(rows.labels[i], true);
      if (edges) {
        cells[i] = w.cell(rows.labels[i], false);
      }
    }
    while (rows.next()) {
      w.prepared(firstCells[rows.ia]);
      if (edges) {
        w.prepared(cells[rows.ib]);
      }
      int r = rows.row;
      for (ScoreTable.Column c : cols) {
        if (c.isMissing(r)) {
          w.empty();
          continue;
        }
        switch (c.kind()) {
          case DOUBLE -> w.number(c.doubleAt(r));
          case LONG -> w.number(c.longAt(r));
          case BOOLEAN -> w.bool(c.booleanAt(r));
          default -> w.text(c.textAt(r));
        }
      }
      w.endRow();
    }
    w.flush();
  }

  /** Writes JSON to a file (created or replaced; gzip when the name ends with .gz). */
  public static void writeJson(ScoreTable table, SocialGraph g, Path path) throws IOException {
    try (OutputStream os = Streams.openWrite(path); Writer w = Streams.utf8(os)) {
      writeJson(table, g, w);
    }
  }

  /**
   * Writes JSON to a character stream, which is flushed but not closed.
   *
   * @throws IllegalArgumentException when the table does not fit the graph (row count) or a column
   *     is named like a label column
   */
  public static void writeJson(ScoreTable table, SocialGraph g, Writer out) throws IOException {
    boolean edges = check(table, g);
    List<ScoreTable.Column> cols = table.columns();
    String[] keys = new String[cols.size()];
    for (int k = 0; k < keys.length; k++) {
      StringBuilder b = new StringBuilder();
      JsonText.string(cols.get(k).name(), b);
      keys[k] = b.append(':').toString();
    }
    NumberText.Shortest scratch = new NumberText.Shortest();
    StringBuilder b = new StringBuilder(256);
    out.write('[');
    Rows rows = new Rows(table, g);
    boolean first = true;
    while (rows.next()) {
      b.setLength(0);
      b.append(first ? "\n{" : ",\n{");
      first = false;
      b.append(edges ? "\"source\":" : "\"node\":");
      JsonText.string(rows.a, b);
      if (edges) {
        b.append(",\"target\":");
        JsonText.string(rows.b, b);
      }
      int r = rows.row;
      for (int k = 0; k < keys.length; k++) {
        ScoreTable.Column c = cols.get(k);
        b.append(',').append(keys[k]);
        if (c.isMissing(r)) {
          b.append("null");
          continue;
        }
        switch (c.kind()) {
          case DOUBLE -> JsonText.number(c.doubleAt(r), b, scratch);
          case LONG -> b.append(c.longAt(r));
          case BOOLEAN -> b.append(c.booleanAt(r));
          default -> JsonText.string(c.textAt(r), b);
        }
      }
      b.append('}');
      out.append(b);
    }
    out.write(first ? "]\n" : "\n]\n");
    out.flush();
  }

  private static boolean check(ScoreTable t, SocialGraph g) {
    boolean edges = t.rowKind() == ScoreTable.RowKind.EDGES;
    int expected = edges ? g.edgeCount() : g.nodeCount();
    if (t.rowCount() != expected) {
      throw new IllegalArgumentException("the table has " + t.rowCount() + " rows but the graph has "
          + expected + (edges ? " edges" : " nodes") + "; write a table with the graph it was"
          + " computed on");
    }
    for (ScoreTable.Column c : t.columns()) {
      String n = c.name();
      if (edges ? n.equals(SOURCE) || n.equals(TARGET) : n.equals(NODE)) {
        throw new IllegalArgumentException("column name '" + n + "' clashes with the label column"
            + " of " + (edges ? "an edge" : "a node") + " table; rename the column");
      }
    }
    return edges;
  }

  /** Iterates the rows in output order with their label texts. */
  private static final class Rows {
    private final boolean edges;
    final String[] labels;
    private final int[] order;
    private final int[] src;
    private final int[] dst;
    private final int count;
    private int k = -1;
    int row;
    int ia;
    int ib;
    String a;
    String b;

    Rows(ScoreTable t, SocialGraph g) {
      edges = t.rowKind() == ScoreTable.RowKind.EDGES;
      labels = EdgeListWriter.labels(g);
      count = t.rowCount();
      if (edges) {
        order = g.inputOrder();
        SocialGraph.EdgeEndpoints ep = g.endpoints();
        src = ep.source();
        dst = ep.target();
      } else {
        order = null;
        src = null;
        dst = null;
      }
    }

    boolean next() {
      if (++k >= count) {
        return false;
      }
      if (!edges) {
        row = k;
        ia = k;
        a = labels[k];
        return true;
      }
      int x = order[k];
      row = x < 0 ? ~x : x;
      ia = x < 0 ? dst[row] : src[row];
      ib = x < 0 ? src[row] : dst[row];
      a = labels[ia];
      b = labels[ib];
      return true;
    }
  }
}
