package org.weakties.generate;

import java.util.Arrays;

/**
 * Parameters of {@link StochasticBlockModel}: block sizes and a symmetric matrix of edge
 * probabilities. Arrays are copied in and out, so an instance is immutable.
 *
 * @param blockSizes number of nodes of each block (each at least 0, total at most 2^31-1); the
 *     nodes of block 0 come first, then block 1, and so on
 * @param probabilities a symmetric B x B matrix: entry (r, s) is the probability of each edge
 *     between a node of block r and a node of block s (within the block when r = s), in [0, 1]
 * @param seed seed of the random streams; default {@link #DEFAULT_SEED}
 * @param threads worker threads, 0 = all processors (the default {@link #DEFAULT_THREADS}); the
 *     graph does not depend on it
 */
public record StochasticBlockModelParams(int[] blockSizes, double[][] probabilities, long seed,
    int threads) {

  /** Default number of blocks: 4. */
  public static final int DEFAULT_BLOCKS = 4;
  /** Default size of each block: 250 nodes. */
  public static final int DEFAULT_BLOCK_SIZE = 250;
  /** Default probability of an edge inside a block: 0.05 (about 12.5 ties inside per node). */
  public static final double DEFAULT_P_IN = 0.05;
  /** Default probability of an edge between blocks: 0.002 (about 1.5 ties outside per node). */
  public static final double DEFAULT_P_OUT = 0.002;
  /** Default seed: 42. */
  public static final long DEFAULT_SEED = 42L;
  /** Default threads: 0 (all processors). */
  public static final int DEFAULT_THREADS = 0;

  /** Validates and copies the sizes and the matrix. */
  public StochasticBlockModelParams {
    if (blockSizes == null || probabilities == null) {
      throw new IllegalArgumentException("block sizes and probabilities must not be null");
    }
    blockSizes = blockSizes.clone();
    int b = blockSizes.length;
    long n = 0;
    for (int r = 0; r < b; r++) {
      if (blockSizes[r] < 0) {
        throw new IllegalArgumentException("block " + r + " has size " + blockSizes[r]
            + "; sizes must be >= 0");
      }
      n += blockSizes[r];
    }
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("blocks hold " + n + " nodes; at most "
          + (Integer.MAX_VALUE - 8) + " are supported");
    }
    if (probabilities.length != b) {
      throw new IllegalArgumentException("the probability matrix has " + probabilities.length
          + " rows for " + b + " blocks; it must be " + b + " x " + b);
    }
    double[][] p = new double[b][];
    double expected = 0;
    for (int r = 0; r < b; r++) {
      if (probabilities[r] == null || probabilities[r].length != b) {
        throw new IllegalArgumentException("row " + r + " of the probability matrix has "
            + (probabilities[r] == null ? "no" : Integer.toString(probabilities[r].length))
            + " entries; it must have " + b);
      }
      p[r] = probabilities[r].clone();
    }
    for (int r = 0; r < b; r++) {
      for (int s = 0; s < b; s++) {
        double x = p[r][s];
        if (!(x >= 0 && x <= 1)) {
          throw new IllegalArgumentException("probability (" + r + ", " + s + ") is " + x
              + "; probabilities must be in [0, 1]");
        }
        if (x != p[s][r]) {
          throw new IllegalArgumentException("the probability matrix must be symmetric: (" + r
              + ", " + s + ") = " + x + " but (" + s + ", " + r + ") = " + p[s][r]);
        }
        if (s >= r) {
          double pairs = r == s ? (double) blockSizes[r] * (blockSizes[r] - 1) / 2
              : (double) blockSizes[r] * blockSizes[s];
          expected += x * pairs;
        }
      }
    }
    if (expected > 0.99 * Generators.MAX_EDGES) {
      throw new IllegalArgumentException("the model expects " + (long) expected + " edges; at most "
          + Generators.MAX_EDGES + " are supported (2m arcs must fit a Java array)");
    }
    probabilities = p;
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got "
          + threads);
    }
  }

  /** Four blocks of 250 nodes, p_in = 0.05, p_out = 0.002, seed 42, all processors. */
  public static StochasticBlockModelParams defaults() {
    int[] sizes = new int[DEFAULT_BLOCKS];
    Arrays.fill(sizes, DEFAULT_BLOCK_SIZE);
    return planted(sizes, DEFAULT_P_IN, DEFAULT_P_OUT);
  }

  /**
   * The planted-partition model: probability {@code pIn} inside every block and {@code pOut}
   * between any two blocks; default seed and threads.
   */
  public static StochasticBlockModelParams planted(int[] blockSizes, double pIn, double pOut) {
    return new StochasticBlockModelParams(blockSizes, plantedMatrix(blockSizes.length, pIn, pOut),
        DEFAULT_SEED, DEFAULT_THREADS);
  }

  private static double[][] plantedMatrix(int b, double pIn, double pOut) {
    double[][] p = new double[b][b];
    for (int r = 0; r < b; r++) {
      Arrays.fill(p[r], pOut);
      p[r][r] = pIn;
    }
    return p;
  }

  /** A copy of the block sizes. */
  @Override
  public int[] blockSizes() {
    return blockSizes.clone();
  }

  /** A deep copy of the probability matrix. */
  @Override
  public double[][] probabilities() {
    double[][] c = new double[probabilities.length][];
    for (int r = 0; r < c.length; r++) {
      c[r] = probabilities[r].clone();
    }
    return c;
  }

  /** Number of blocks B. */
  public int blockCount() {
    return blockSizes.length;
  }

  /** Size of block {@code r}. */
  public int blockSize(int r) {
    return blockSizes[r];
  }

  /** Edge probability between blocks {@code r} and {@code s}. */
  public double probability(int r, int s) {
    return probabilities[r][s];
  }

  /** Total number of nodes. */
  public int nodeCount() {
    int n = 0;
    for (int s : blockSizes) {
      n += s;
    }
    return n;
  }

  /** A copy with other blocks and matrix (validated together). */
  public StochasticBlockModelParams withBlocks(int[] sizes, double[][] p) {
    return new StochasticBlockModelParams(sizes, p, seed, threads);
  }

  /** A copy with the planted-partition matrix for the current blocks. */
  public StochasticBlockModelParams withPlanted(double pIn, double pOut) {
    return new StochasticBlockModelParams(blockSizes, plantedMatrix(blockSizes.length, pIn, pOut),
        seed, threads);
  }

  /** A copy with another seed. */
  public StochasticBlockModelParams withSeed(long s) {
    return new StochasticBlockModelParams(blockSizes, probabilities, s, threads);
  }

  /** A copy with another thread count (0 = all processors). */
  public StochasticBlockModelParams withThreads(int t) {
    return new StochasticBlockModelParams(blockSizes, probabilities, seed, t);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StochasticBlockModelParams q && Arrays.equals(blockSizes, q.blockSizes)
        && Arrays.deepEquals(probabilities, q.probabilities) && seed == q.seed
        && threads == q.threads;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(blockSizes) + Arrays.deepHashCode(probabilities))
        + Long.hashCode(seed) * 7 + threads;
  }

  @Override
  public String toString() {
    return "StochasticBlockModelParams[blockSizes=" + Arrays.toString(blockSizes)
        + ", probabilities=" + Arrays.deepToString(probabilities) + ", seed=" + seed + ", threads="
        + threads + "]";
  }
}
