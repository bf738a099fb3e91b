package org.weakties.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of result columns indexed by edge id or node id, for export (CSV, JSON) by
 * {@code org.weakties.io}. Columns are primitive arrays held by reference: the producing result copies
 * its own arrays when it builds the table, and nothing here exposes them for writing.
 *
 * <p>Cell kinds: {@code double} (NaN written as {@code NaN}, infinities as {@code inf}/{@code -inf}),
 * {@code long} (with an optional "missing" sentinel written as an empty cell), {@code boolean}
 * ({@code true}/{@code false}) and text ({@code null} written as an empty cell).
 */
public final class ScoreTable {

  /** What the rows of a table are. */
  public enum RowKind {
    /** One row per edge id. */
    EDGES,
    /** One row per node id. */
    NODES
  }

  /** The kind of a column. */
  public enum ColumnKind {
    /** double values. */
    DOUBLE,
    /** long values. */
    LONG,
    /** boolean values. */
    BOOLEAN,
    /** text values. */
    TEXT
  }

  /** One named column; exactly one of the arrays is non-null. */
  public static final class Column {
    private final String name;
    private final ColumnKind kind;
    private final double[] doubles;
    private final long[] longs;
    private final long missing;
    private final boolean[] booleans;
    private final String[] texts;

    private Column(String name, ColumnKind kind, double[] d, long[] l, long missing, boolean[] b,
        String[] t) {
      this.name = name;
      this.kind = kind;
      this.doubles = d;
      this.longs = l;
      this.missing = missing;
      this.booleans = b;
      this.texts = t;
    }

    /** Column name (the CSV header). */
    public String name() {
      return name;
    }

    /** Column kind. */
    public ColumnKind kind() {
      return kind;
    }

    /** Whether the cell at {@code row} is missing (written as an empty cell). */
    public boolean isMissing(int row) {
      return switch (kind) {
        case LONG -> longs[row] == missing;
        case TEXT -> texts[row] == null;
        default -> false;
      };
    }

    /** The double value at {@code row} (DOUBLE columns; LONG values are widened). */
    public double doubleAt(int row) {
      return kind == ColumnKind.LONG ? longs[row] : doubles[row];
    }

    /** The long value at {@code row} (LONG columns). */
    public long longAt(int row) {
      return longs[row];
    }

    /** The boolean value at {@code row} (BOOLEAN columns). */
    public boolean booleanAt(int row) {
      return booleans[row];
    }

    /** The text at {@code row} (TEXT columns; null = missing). */
    public String textAt(int row) {
      return texts[row];
    }
  }

  private final RowKind rowKind;
  private final int rows;
  private final List<Column> columns;

  private ScoreTable(RowKind rowKind, int rows, List<Column> columns) {
    this.rowKind = rowKind;
    this.rows = rows;
    this.columns = columns;
  }

  /** What the rows are. */
  public RowKind rowKind() {
    return rowKind;
  }

  /** Number of rows (m for edge tables, n for node tables). */
  public int rowCount() {
    return rows;
  }

  /** The columns in order. */
  public List<Column> columns() {
    return columns;
  }

  /** The column named {@code name}, or null. */
  public Column column(String name) {
    for (Column c : columns) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** A table with the columns of this one followed by those of {@code other} (same rows). */
  public ScoreTable concat(ScoreTable other) {
    if (other.rowKind != rowKind || other.rows != rows) {
      throw new IllegalArgumentException("tables differ in rows: " + rowKind + "/" + rows + " vs "
          + other.rowKind + "/" + other.rows);
    }
    Builder b = new Builder(rowKind, rows);
    columns.forEach(b::add);
    other.columns.forEach(b::add);
    return b.build();
  }

  /** A builder for an edge table of {@code m} rows. */
  public static Builder forEdges(int m) {
    return new Builder(RowKind.EDGES, m);
  }

  /** A builder for a node table of {@code n} rows. */
  public static Builder forNodes(int n) {
    return new Builder(RowKind.NODES, n);
  }

  /** Collects columns; each array is copied on add, so callers may pass their internal arrays. */
  public static final class Builder {
    private final RowKind kind;
    private final int rows;
    private final List<Column> cols = new ArrayList<>();

    private Builder(RowKind kind, int rows) {
      this.kind = kind;
      this.rows = rows;
    }

    private void add(Column c) {
      for (Column x : cols) {
        if (x.name.equals(c.name)) {
          throw new IllegalArgumentException("duplicate column name: " + c.name);
        }
      }
      cols.add(c);
    }

    private void check(String name, int len) {
      Objects.requireNonNull(name, "column name");
      if (len != rows) {
        throw new IllegalArgumentException("column '" + name + "' has " + len + " values for "
            + rows + " rows");
      }
    }

    /** Adds a double column (copied). */
    public Builder addDouble(String name, double[] values) {
      check(name, values.length);
      add(new Column(name, ColumnKind.DOUBLE, values.clone(), null, 0, null, null));
      return this;
    }

    /** Adds an int column (copied, widened to long). */
    public Builder addInt(String name, int[] values) {
      check(name, values.length);
      long[] l = new long[values.length];
      for (int i = 0; i < l.length; i++) {
        l[i] = values[i];
      }
      add(new Column(name, ColumnKind.LONG, null, l, Long.MIN_VALUE, null, null));
      return this;
    }

    /** Adds a long column (copied); cells equal to {@code missing} are written empty. */
    public Builder addLong(String name, long[] values, long missing) {
      check(name, values.length);
      add(new Column(name, ColumnKind.LONG, null, values.clone(), missing, null, null));
      return this;
    }

    /** Adds a boolean column (copied). */
    public Builder addBoolean(String name, boolean[] values) {
      check(name, values.length);
      add(new Column(name, ColumnKind.BOOLEAN, null, null, 0, values.clone(), null));
      return this;
    }

    /** Adds a text column (copied); null cells are written empty. */
    public Builder addText(String name, String[] values) {
      check(name, values.length);
      add(new Column(name, ColumnKind.TEXT, null, null, 0, null, values.clone()));
      return this;
    }

    /** The table. */
    public ScoreTable build() {
      return new ScoreTable(kind, rows, Collections.unmodifiableList(new ArrayList<>(cols)));
    }
  }
}
