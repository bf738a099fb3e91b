package org.weakties.curve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A regression design matrix: named columns of equal length, held column by column. Immutable; built
 * with {@link #builder(int)}.
 *
 * <pre>{@code
 * Design d = Design.builder(n).intercept().add("x", x).add("x2", xSquared).build();
 * }</pre>
 */
public final class Design {
  /** Name of the intercept column added by {@link Builder#intercept()}. */
  public static final String INTERCEPT = "intercept";

  private final int rows;
  private final String[] names;
  private final double[][] columns;

  private Design(int rows, String[] names, double[][] columns) {
    this.rows = rows;
    this.names = names;
    this.columns = columns;
  }

  /** A builder for a design with {@code rows} observations. */
  public static Builder builder(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be >= 0, got " + rows);
    }
    return new Builder(rows);
  }

  /** Number of observations. */
  public int rows() {
    return rows;
  }

  /** Number of columns. */
  public int columns() {
    return names.length;
  }

  /** The name of column {@code j}. */
  public String name(int j) {
    return names[j];
  }

  /** The names of all columns, in order (a new array). */
  public String[] names() {
    return names.clone();
  }

  /** The index of the column called {@code name}, or -1. */
  public int indexOf(String name) {
    for (int j = 0; j < names.length; j++) {
      if (names[j].equals(name)) {
        return j;
      }
    }
    return -1;
  }

  /** The value in row {@code i}, column {@code j}. */
  public double get(int i, int j) {
    return columns[j][i];
  }

  /** A copy of column {@code j}. */
  public double[] column(int j) {
    return columns[j].clone();
  }

  /** Raw column access for the estimators of this package (never handed out). */
  double[] col(int j) {
    return columns[j];
  }

  /** Raw columns for the estimators of this package. */
  double[][] cols() {
    return columns;
  }

  /** The rows {@code rows} of this design (for sub-samples). */
  Design selectRows(int[] rowIds) {
    double[][] c = new double[columns.length][rowIds.length];
    for (int j = 0; j < columns.length; j++) {
      double[] src = columns[j];
      double[] dst = c[j];
      for (int i = 0; i < rowIds.length; i++) {
        dst[i] = src[rowIds[i]];
      }
    }
    return new Design(rowIds.length, names, c);
  }

  /** This design followed by the columns of {@code other} (same rows, distinct names). */
  Design concat(Design other) {
    Builder b = new Builder(rows);
    for (int j = 0; j < columns.length; j++) {
      b.addRaw(names[j], columns[j]);
    }
    for (int j = 0; j < other.columns.length; j++) {
      b.addRaw(other.names[j], other.columns[j]);
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "Design[" + rows + " rows; " + String.join(", ", names) + "]";
  }

  /** Collects the columns of a design. */
  public static final class Builder {
    private final int rows;
    private final List<String> names = new ArrayList<>();
    private final List<double[]> cols = new ArrayList<>();

    private Builder(int rows) {
      this.rows = rows;
    }

    /** Adds the intercept column {@value Design#INTERCEPT} (all ones). */
    public Builder intercept() {
      double[] one = new double[rows];
      java.util.Arrays.fill(one, 1.0);
      return addRaw(INTERCEPT, one);
    }

    /**
     * Adds a named column (copied). Values must be finite.
     *
     * @throws IllegalArgumentException for a wrong length, a duplicate name or a non-finite value
     */
    public Builder add(String name, double[] values) {
      Objects.requireNonNull(values, "values");
      for (int i = 0; i < values.length; i++) {
        if (!Double.isFinite(values[i])) {
          throw new IllegalArgumentException("column '" + name + "' has a non-finite value ("
              + values[i] + ") in row " + i + "; regressors must be finite numbers");
        }
      }
      return addRaw(name, values.clone());
    }

    Builder addRaw(String name, double[] values) {
      Objects.requireNonNull(name, "column name");
      if (values.length != rows) {
        throw new IllegalArgumentException("column '" + name + "' has " + values.length
            + " values for a design of " + rows + " rows");
      }
      if (names.contains(name)) {
        throw new IllegalArgumentException("duplicate column name '" + name + "'");
      }
      names.add(name);
      cols.add(values);
      return this;
    }

    /** The design. */
    public Design build() {
      return new Design(rows, names.toArray(new String[0]), cols.toArray(new double[0][]));
    }
  }
}
