package org.weakties.curve;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which named columns of a table play which role, for
 * {@link Observations#fromColumns(java.util.Map, java.util.Map, ObservationColumns)}. It mirrors the
 * options of the {@code weakties curve} command ({@code --x --y --group --controls --cluster
 * --instruments}).
 *
 * @param x the tie-strength column (numeric); required
 * @param y the outcome column (numeric: 0/1 or a count); required
 * @param group column whose labels split the data for per-group fits, or null
 * @param controls control columns, in order (empty for none)
 * @param cluster column whose labels define clusters for CR1 standard errors, or null
 * @param instruments excluded-instrument columns for 2SLS, in order (empty for none)
 * @param categorical controls or instruments to expand into 0/1 indicators, one per level except the
 *     first in sorted order (for example a randomised arm coded 0..7); text columns are always
 *     expanded
 * @param dropIncomplete whether rows with a missing value (NaN, or a null or empty label) in a used
 *     column are dropped (and counted in {@link Observations#droppedRows()}) instead of rejected
 */
public record ObservationColumns(String x, String y, String group, List<String> controls,
    String cluster, List<String> instruments, Set<String> categorical, boolean dropIncomplete) {

  /** Validates and copies. */
  public ObservationColumns {
    Objects.requireNonNull(x, "x column");
    Objects.requireNonNull(y, "y column");
    controls = List.copyOf(controls);
    instruments = List.copyOf(instruments);
    categorical = Set.copyOf(categorical);
    if (x.equals(y)) {
      throw new IllegalArgumentException("x and y must be different columns, both are '" + x + "'");
    }
  }

  /** Just x and y; no groups, controls, clusters or instruments; incomplete rows rejected. */
  public static ObservationColumns of(String x, String y) {
    return new ObservationColumns(x, y, null, List.of(), null, List.of(), Set.of(), false);
  }

  /** A copy with a group column (null for none). */
  public ObservationColumns withGroup(String g) {
    return new ObservationColumns(x, y, g, controls, cluster, instruments, categorical,
        dropIncomplete);
  }

  /** A copy with control columns. */
  public ObservationColumns withControls(List<String> c) {
    return new ObservationColumns(x, y, group, c, cluster, instruments, categorical, dropIncomplete);
  }

  /** A copy with a cluster column (null for none). */
  public ObservationColumns withCluster(String c) {
    return new ObservationColumns(x, y, group, controls, c, instruments, categorical,
        dropIncomplete);
  }

  /** A copy with instrument columns. */
  public ObservationColumns withInstruments(List<String> i) {
    return new ObservationColumns(x, y, group, controls, cluster, i, categorical, dropIncomplete);
  }

  /** A copy with the set of numeric columns to treat as categorical. */
  public ObservationColumns withCategorical(Set<String> c) {
    return new ObservationColumns(x, y, group, controls, cluster, instruments, c, dropIncomplete);
  }

  /** A copy that drops (true) or rejects (false) incomplete rows. */
  public ObservationColumns withDropIncomplete(boolean d) {
    return new ObservationColumns(x, y, group, controls, cluster, instruments, categorical, d);
  }
}
