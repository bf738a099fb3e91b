package org.weakties.io;

import java.util.Objects;
import org.weakties.graph.BuildOptions;
import org.weakties.graph.DuplicatePolicy;
import org.weakties.graph.SelfLoopPolicy;

/**
 * How an edge list is read and written: the CSV dialect, the column names, and what to do with
 * repeated edges and self-loops. The column names and policies also apply to the GraphML, GML, DOT
 * and JSON readers and writers of {@link GraphFiles}, where they name edge attributes.
 *
 * <p>With a header, columns are found by name (exact match first, then ignoring case and surrounding
 * blanks); their order does not matter and other columns are ignored. The source and target columns
 * must exist. The weight, time and count columns are optional: when the header lacks one, every
 * weight is 1.0, or the time or count is unknown. Set a name to null to ignore such a column even when
 * present. Without a header, columns are positional: {@code source,target[,weight]}.
 *
 * @param csv the CSV dialect; default {@link CsvOptions#defaults()}
 * @param sourceColumn name of the source-label column; default {@link #DEFAULT_SOURCE_COLUMN}
 * @param targetColumn name of the target-label column; default {@link #DEFAULT_TARGET_COLUMN}
 * @param weightColumn name of the weight column (finite numbers &gt; 0), or null; default
 *     {@link #DEFAULT_WEIGHT_COLUMN}
 * @param timeColumn name of the last-contact column (integer epoch seconds; an empty cell is unknown),
 *     or null; default {@link #DEFAULT_TIME_COLUMN}
 * @param countColumn name of the interaction-count column (finite numbers &gt;= 0; an empty cell or
 *     {@code NaN} is unknown), or null; default {@link #DEFAULT_COUNT_COLUMN}
 * @param duplicates what to do with a repeated undirected edge; default {@link #DEFAULT_DUPLICATES}
 *     (weights and counts add up, the latest contact is kept)
 * @param selfLoops what to do with a row whose two labels are equal; default
 *     {@link #DEFAULT_SELF_LOOPS}
 */
public record EdgeListOptions(CsvOptions csv, String sourceColumn, String targetColumn,
    String weightColumn, String timeColumn, String countColumn, DuplicatePolicy duplicates,
    SelfLoopPolicy selfLoops) {

  /** Default source column name. */
  public static final String DEFAULT_SOURCE_COLUMN = "source";
  /** Default target column name. */
  public static final String DEFAULT_TARGET_COLUMN = "target";
  /** Default weight column name. */
  public static final String DEFAULT_WEIGHT_COLUMN = "weight";
  /** Default last-contact column name. */
  public static final String DEFAULT_TIME_COLUMN = "last_contact";
  /** Default interaction-count column name. */
  public static final String DEFAULT_COUNT_COLUMN = "interactions";
  /** Default duplicate policy (the graph package's default). */
  public static final DuplicatePolicy DEFAULT_DUPLICATES = BuildOptions.DEFAULT_DUPLICATES;
  /** Default self-loop policy (the graph package's default). */
  public static final SelfLoopPolicy DEFAULT_SELF_LOOPS = BuildOptions.DEFAULT_SELF_LOOPS;

  /** Validates names (non-empty, distinct) and policies. */
  public EdgeListOptions {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(duplicates, "duplicates");
    Objects.requireNonNull(selfLoops, "selfLoops");
    requireName("sourceColumn", sourceColumn, false);
    requireName("targetColumn", targetColumn, false);
    requireName("weightColumn", weightColumn, true);
    requireName("timeColumn", timeColumn, true);
    requireName("countColumn", countColumn, true);
    String[] names = {sourceColumn, targetColumn, weightColumn, timeColumn, countColumn};
    for (int i = 0; i < names.length; i++) {
      for (int j = i + 1; j < names.length; j++) {
        if (names[i] != null && names[i].equals(names[j])) {
          throw new IllegalArgumentException("column name '" + names[i] + "' is used twice; the"
              + " source, target, weight, time and count columns must have distinct names");
        }
      }
    }
  }

  private static void requireName(String what, String name, boolean nullable) {
    if (name == null) {
      if (!nullable) {
        throw new IllegalArgumentException(what + " must not be null");
      }
      return;
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  /** Comma-separated with a header, the default column names and policies. */
  public static EdgeListOptions defaults() {
    return new EdgeListOptions(CsvOptions.defaults(), DEFAULT_SOURCE_COLUMN, DEFAULT_TARGET_COLUMN,
        DEFAULT_WEIGHT_COLUMN, DEFAULT_TIME_COLUMN, DEFAULT_COUNT_COLUMN, DEFAULT_DUPLICATES,
        DEFAULT_SELF_LOOPS);
  }

  /** A copy with another CSV dialect. */
  public EdgeListOptions withCsv(CsvOptions c) {
    return new EdgeListOptions(c, sourceColumn, targetColumn, weightColumn, timeColumn,
        countColumn, duplicates, selfLoops);
  }

  /** A copy with another source column name. */
  public EdgeListOptions withSourceColumn(String name) {
    return new EdgeListOptions(csv, name, targetColumn, weightColumn, timeColumn, countColumn,
        duplicates, selfLoops);
  }

  /** A copy with another target column name. */
  public EdgeListOptions withTargetColumn(String name) {
    return new EdgeListOptions(csv, sourceColumn, name, weightColumn, timeColumn, countColumn,
        duplicates, selfLoops);
  }

  /** A copy with another weight column name (null: ignore weights, all 1.0). */
  public EdgeListOptions withWeightColumn(String name) {
    return new EdgeListOptions(csv, sourceColumn, targetColumn, name, timeColumn, countColumn,
        duplicates, selfLoops);
  }

  /** A copy with another last-contact column name (null: ignore). */
  public EdgeListOptions withTimeColumn(String name) {
    return new EdgeListOptions(csv, sourceColumn, targetColumn, weightColumn, name, countColumn,
        duplicates, selfLoops);
  }

  /** A copy with another interaction-count column name (null: ignore). */
  public EdgeListOptions withCountColumn(String name) {
    return new EdgeListOptions(csv, sourceColumn, targetColumn, weightColumn, timeColumn, name,
        duplicates, selfLoops);
  }

  /** A copy with another duplicate policy. */
  public EdgeListOptions withDuplicates(DuplicatePolicy p) {
    return new EdgeListOptions(csv, sourceColumn, targetColumn, weightColumn, timeColumn,
        countColumn, p, selfLoops);
  }

  /** A copy with another self-loop policy. */
  public EdgeListOptions withSelfLoops(SelfLoopPolicy p) {
    return new EdgeListOptions(csv, sourceColumn, targetColumn, weightColumn, timeColumn,
        countColumn, duplicates, p);
  }
}
