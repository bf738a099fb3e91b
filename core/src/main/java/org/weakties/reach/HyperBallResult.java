package org.weakties.reach;

import org.weakties.graph.ScoreTable;

/**
 * Estimated ball sizes per node and the estimated neighborhood function, from {@link HyperBall}.
 * Values by node id; holds no graph. Balls are stored for t = 0..{@link #lastDistance()}; when the
 * counters became stable earlier than the requested distance, larger t give the last stored ball.
 */
public final class HyperBallResult {
  private final int log2m;
  private final long seed;
  private final int maxDistance;
  private final boolean stable;
  private final double[][] balls; // balls[t][x], t = 0..lastDistance
  private final int[] degree;
  private final double[] strength;

  HyperBallResult(int log2m, long seed, int maxDistance, boolean stable, double[][] balls,
      int[] degree, double[] strength) {
    this.log2m = log2m;
    this.seed = seed;
    this.maxDistance = maxDistance;
    this.stable = stable;
    this.balls = balls;
    this.degree = degree;
    this.strength = strength;
  }

  /** Number of nodes n. */
  public int nodeCount() {
    return degree.length;
  }

  /** log2 of the registers per counter. */
  public int log2m() {
    return log2m;
  }

  /** The hash seed used. */
  public long seed() {
    return seed;
  }

  /** Registers per counter, {@code 2^log2m}. */
  public int registers() {
    return 1 << log2m;
  }

  /** Relative standard deviation of one estimate, {@code β_m / √m}. */
  public double relativeStandardDeviation() {
    int m = registers();
    return HyperBall.beta(m) / Math.sqrt(m);
  }

  /** The requested largest distance ({@link Integer#MAX_VALUE} for "until stable"). */
  public int maxDistance() {
    return maxDistance;
  }

  /** The largest distance whose balls are stored; beyond it the balls did not change. */
  public int lastDistance() {
    return balls.length - 1;
  }

  /** Whether the counters stopped changing before the requested distance. */
  public boolean stable() {
    return stable;
  }

  /** Estimated {@code |B(u, t)|}, u included; t >= 0 (t beyond {@link #lastDistance()} is clamped). */
  public double ballSize(int u, int t) {
    if (t < 0) {
      throw new IllegalArgumentException("distance must be >= 0, got " + t);
    }
    return balls[Math.min(t, balls.length - 1)][u];
  }

  /** Estimated neighborhood function {@code N(t) = Σ_u |B(u, t)|} (summed in node order). */
  public double neighborhoodFunction(int t) {
    if (t < 0) {
      throw new IllegalArgumentException("distance must be >= 0, got " + t);
    }
    double s = 0;
    for (double x : balls[Math.min(t, balls.length - 1)]) {
      s += x;
    }
    return s;
  }

  /** Degree of node {@code u} (exact). */
  public int degree(int u) {
    return degree[u];
  }

  /** Strength of node {@code u} (exact). */
  public double strength(int u) {
    return strength[u];
  }

  /** Estimated number of nodes within distance 2 of u, u excluded: {@code |B(u, 2)| - 1}. */
  public double reach2(int u) {
    checkTwo();
    return ballSize(u, 2) - 1;
  }

  /**
   * Estimated friends of friends of u: {@code max(0, |B(u, 2)| - 1 - degree(u))}, using the exact
   * degree; its absolute error is that of the ball estimate.
   */
  public double fof(int u) {
    checkTwo();
    return Math.max(0.0, ballSize(u, 2) - 1 - degree[u]);
  }

  private void checkTwo() {
    if (maxDistance < 2) {
      throw new IllegalStateException("reach2 and fof need maxDistance >= 2, this run used "
          + maxDistance);
    }
  }

  private int tableDistances() {
    return maxDistance == Integer.MAX_VALUE ? Math.max(1, lastDistance()) : maxDistance;
  }

  /** The node table: columns {@code ball_1 .. ball_T} (estimated ball sizes, node included). */
  public ScoreTable toTable() {
    int n = nodeCount();
    ScoreTable.Builder b = ScoreTable.forNodes(n);
    for (int t = 1; t <= tableDistances(); t++) {
      double[] col = new double[n];
      for (int u = 0; u < n; u++) {
        col[u] = ballSize(u, t);
      }
      b.addDouble("ball_" + t, col);
    }
    return b.build();
  }

  /**
   * The node table of {@code reach --approximate}: columns {@code degree, strength, fof, reach2,
   * weak_only_fof, strong_only_fof, mixed_fof}, where fof and reach2 are estimates and the three class
   * columns are empty (missing), since counters cannot split reach by tie class.
   */
  public ScoreTable toReachTable() {
    checkTwo();
    int n = nodeCount();
    double[] fof = new double[n];
    double[] r2 = new double[n];
    for (int u = 0; u < n; u++) {
      fof[u] = fof(u);
      r2[u] = reach2(u);
    }
    long[] empty = new long[n];
    java.util.Arrays.fill(empty, Long.MIN_VALUE);
    return ScoreTable.forNodes(n)
        .addInt("degree", degree)
        .addDouble("strength", strength)
        .addDouble("fof", fof)
        .addDouble("reach2", r2)
        .addLong("weak_only_fof", empty, Long.MIN_VALUE)
        .addLong("strong_only_fof", empty, Long.MIN_VALUE)
        .addLong("mixed_fof", empty, Long.MIN_VALUE)
        .build();
  }
}
