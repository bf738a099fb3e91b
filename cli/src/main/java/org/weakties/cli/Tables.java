package org.weakties.cli;

import java.util.Arrays;
import java.util.Set;
import org.weakties.graph.ScoreTable;
import org.weakties.graph.SocialGraph;

/** Small operations on {@link ScoreTable}s that the subcommands assemble from several results. */
final class Tables {
  private Tables() {}

  /** The edge table with one column {@code weight}: the weight of every edge, by edge id. */
  static ScoreTable weights(SocialGraph g) {
    double[] w = new double[g.edgeCount()];
    for (int e = 0; e < w.length; e++) {
      w[e] = g.weight(e);
    }
    return ScoreTable.forEdges(w.length).addDouble("weight", w).build();
  }

  /**
   * A table of the same rows with the given columns, every cell missing (written as an empty cell in
   * CSV and as {@code null} in JSON).
   */
  static ScoreTable empty(ScoreTable.RowKind kind, int rows, String... names) {
    ScoreTable.Builder b = kind == ScoreTable.RowKind.EDGES ? ScoreTable.forEdges(rows)
        : ScoreTable.forNodes(rows);
    String[] none = new String[rows];
    for (String n : names) {
      b.addText(n, none);
    }
    return b.build();
  }

  /** A copy of {@code t} without the named columns. */
  static ScoreTable without(ScoreTable t, String... names) {
    Set<String> drop = Set.copyOf(Arrays.asList(names));
    int rows = t.rowCount();
    ScoreTable.Builder b = t.rowKind() == ScoreTable.RowKind.EDGES ? ScoreTable.forEdges(rows)
        : ScoreTable.forNodes(rows);
    for (ScoreTable.Column c : t.columns()) {
      if (drop.contains(c.name())) {
        continue;
      }
      switch (c.kind()) {
        case DOUBLE -> {
          double[] v = new double[rows];
          for (int r = 0; r < rows; r++) {
            v[r] = c.doubleAt(r);
          }
          b.addDouble(c.name(), v);
        }
        case LONG -> {
          long[] v = new long[rows];
          for (int r = 0; r < rows; r++) {
            v[r] = c.isMissing(r) ? Long.MIN_VALUE : c.longAt(r);
          }
          b.addLong(c.name(), v, Long.MIN_VALUE);
        }
        case BOOLEAN -> {
          boolean[] v = new boolean[rows];
          for (int r = 0; r < rows; r++) {
            v[r] = c.booleanAt(r);
          }
          b.addBoolean(c.name(), v);
        }
        default -> {
          String[] v = new String[rows];
          for (int r = 0; r < rows; r++) {
            v[r] = c.textAt(r);
          }
          b.addText(c.name(), v);
        }
      }
    }
    return b.build();
  }
}
