package org.weakties.curve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A covariance estimator choice: a {@link CovarianceType} and, for {@link CovarianceType#CR1}, the
 * cluster of every observation. Immutable.
 */
public final class Covariance {
  private static final Covariance CLASSICAL = new Covariance(CovarianceType.CLASSICAL, null, 0);
  private static final Covariance HC0 = new Covariance(CovarianceType.HC0, null, 0);
  private static final Covariance HC1 = new Covariance(CovarianceType.HC1, null, 0);
  private static final Covariance HC3 = new Covariance(CovarianceType.HC3, null, 0);

  private final CovarianceType type;
  private final int[] clusters; // dense ids 0..G-1, or null
  private final int clusterCount;

  private Covariance(CovarianceType type, int[] clusters, int clusterCount) {
    this.type = type;
    this.clusters = clusters;
    this.clusterCount = clusterCount;
  }

  /** Model-based covariance. */
  public static Covariance classical() {
    return CLASSICAL;
  }

  /** HC0 robust covariance. */
  public static Covariance hc0() {
    return HC0;
  }

  /** HC1 robust covariance. */
  public static Covariance hc1() {
    return HC1;
  }

  /** HC3 robust covariance. */
  public static Covariance hc3() {
    return HC3;
  }

  /**
   * One of the unclustered types.
   *
   * @throws IllegalArgumentException for {@link CovarianceType#CR1}, which needs cluster ids
   */
  public static Covariance of(CovarianceType type) {
    return switch (Objects.requireNonNull(type, "type")) {
      case CLASSICAL -> CLASSICAL;
      case HC0 -> HC0;
      case HC1 -> HC1;
      case HC3 -> HC3;
      case CR1 -> throw new IllegalArgumentException(
          "CR1 needs the cluster of every observation: use Covariance.clustered(ids)");
    };
  }

  /**
   * CR1 cluster-robust covariance; {@code ids[i]} is the cluster of observation i (any ints; equal
   * ints are the same cluster). The array is copied. O(n log n).
   */
  public static Covariance clustered(int[] ids) {
    Objects.requireNonNull(ids, "cluster ids");
    int[] sorted = ids.clone();
    Arrays.sort(sorted);
    int g = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[g++] = sorted[i];
      }
    }
    int[] dense = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      dense[i] = Arrays.binarySearch(sorted, 0, g, ids[i]);
    }
    return new Covariance(CovarianceType.CR1, dense, g);
  }

  /** CR1 cluster-robust covariance with clusters given by labels (null labels are not allowed). */
  public static Covariance clustered(String[] labels) {
    Objects.requireNonNull(labels, "cluster labels");
    int[] dense = new int[labels.length];
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == null) {
        throw new IllegalArgumentException("cluster label of observation " + i
            + " is missing; every observation needs a cluster");
      }
      Integer d = map.get(labels[i]);
      if (d == null) {
        d = map.size();
        map.put(labels[i], d);
      }
      dense[i] = d;
    }
    return new Covariance(CovarianceType.CR1, dense, map.size());
  }

  /** The estimator type. */
  public CovarianceType type() {
    return type;
  }

  /** Number of clusters (0 unless {@link CovarianceType#CR1}). */
  public int clusterCount() {
    return clusterCount;
  }

  /** The dense cluster id (0..G-1) of observation i; only for CR1. */
  public int clusterOf(int i) {
    if (clusters == null) {
      throw new IllegalStateException(type + " has no clusters");
    }
    return clusters[i];
  }

  /** Number of observations the cluster ids describe (0 unless clustered). */
  public int observationCount() {
    return clusters == null ? 0 : clusters.length;
  }

  /** The same clusters restricted to the given observations (for sub-samples). */
  Covariance select(int[] rows) {
    if (clusters == null) {
      return this;
    }
    int[] ids = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      ids[i] = clusters[rows[i]];
    }
    return clustered(ids);
  }

  int[] rawClusters() {
    return clusters;
  }

  @Override
  public String toString() {
    return clusters == null ? type.name() : type + "(" + clusterCount + " clusters)";
  }
}
