package org.weakties.bridge;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link Betweenness}.
 *
 * @param method exact, sampled, or automatic choice; default {@link #DEFAULT_METHOD}
 * @param samples number of pivot sources k for the sampled method (at least 1; values above n are
 *     reduced to n, which gives the exact result); default {@link #DEFAULT_SAMPLES}
 * @param seed seed of the pivot draw; default {@link #DEFAULT_SEED}
 * @param length edge length for shortest paths; default {@link EdgeLength#HOPS}
 * @param autoWorkLimit with {@link Method#AUTO}, the exact method is used when {@code n * m} is at
 *     most this value and the sampled one otherwise; default {@link #DEFAULT_AUTO_WORK_LIMIT}
 * @param threads worker threads, 0 = all processors (the default)
 * @param progress receives the step "betweenness" measured in sources; default
 *     {@link ProgressListener#NONE}
 * @param token polled between blocks of sources; default {@link CancellationToken#NONE}
 */
public record BetweennessParams(Method method, int samples, long seed, EdgeLength length,
    double autoWorkLimit, int threads, ProgressListener progress, CancellationToken token) {

  /** How the betweenness is computed. */
  public enum Method {
    /** All n sources: O(n m) time for hops, O(n (m + n log n)) with lengths. */
    EXACT,
    /** k pivot sources drawn without replacement, rescaled by n/k, with standard errors. */
    SAMPLED,
    /** {@link #EXACT} when {@code n * m <= autoWorkLimit}, else {@link #SAMPLED}. */
    AUTO
  }

  /** Default method: {@link Method#AUTO}, so exact Brandes is never the silent choice on a large graph. */
  public static final Method DEFAULT_METHOD = Method.AUTO;
  /** Default number of pivots for the sampled method: 256. */
  public static final int DEFAULT_SAMPLES = 256;
  /** Default pivot seed: 1. */
  public static final long DEFAULT_SEED = 1L;
  /** Default edge length: {@link EdgeLength#HOPS}. */
  public static final EdgeLength DEFAULT_LENGTH = EdgeLength.HOPS;
  /** Default work limit of {@link Method#AUTO}: n m = 5e9 (the 10k-node / 500k-edge scale). */
  public static final double DEFAULT_AUTO_WORK_LIMIT = 5e9;
  /** Default thread count: 0, all processors. */
  public static final int DEFAULT_THREADS = 0;

  /** Validates the arguments. */
  public BetweennessParams {
    Objects.requireNonNull(method, "method");
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, got " + samples);
    }
    Objects.requireNonNull(length, "length (use EdgeLength.HOPS for hop counts)");
    if (!(autoWorkLimit >= 0)) {
      throw new IllegalArgumentException("autoWorkLimit must be >= 0, got " + autoWorkLimit);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got "
          + threads);
    }
    Objects.requireNonNull(progress, "progress (use ProgressListener.NONE)");
    Objects.requireNonNull(token, "token (use CancellationToken.NONE)");
  }

  /** AUTO method, 256 samples, seed 1, hop counts, limit 5e9, all processors. */
  public static BetweennessParams defaults() {
    return new BetweennessParams(DEFAULT_METHOD, DEFAULT_SAMPLES, DEFAULT_SEED, DEFAULT_LENGTH,
        DEFAULT_AUTO_WORK_LIMIT, DEFAULT_THREADS, ProgressListener.NONE, CancellationToken.NONE);
  }

  /** Defaults with the exact method. */
  public static BetweennessParams exact() {
    return defaults().withMethod(Method.EXACT);
  }

  /** Defaults with the sampled method, {@code samples} pivots and the given seed. */
  public static BetweennessParams sampled(int samples, long seed) {
    return defaults().withMethod(Method.SAMPLED).withSamples(samples).withSeed(seed);
  }

  /** A copy with another method. */
  public BetweennessParams withMethod(Method m) {
    return new BetweennessParams(m, samples, seed, length, autoWorkLimit, threads, progress, token);
  }

  /** A copy with another number of pivots. */
  public BetweennessParams withSamples(int k) {
    return new BetweennessParams(method, k, seed, length, autoWorkLimit, threads, progress, token);
  }

  /** A copy with another pivot seed. */
  public BetweennessParams withSeed(long s) {
    return new BetweennessParams(method, samples, s, length, autoWorkLimit, threads, progress, token);
  }

  /** A copy with another edge length. */
  public BetweennessParams withLength(EdgeLength l) {
    return new BetweennessParams(method, samples, seed, l, autoWorkLimit, threads, progress, token);
  }

  /** A copy with another work limit for {@link Method#AUTO}. */
  public BetweennessParams withAutoWorkLimit(double limit) {
    return new BetweennessParams(method, samples, seed, length, limit, threads, progress, token);
  }

  /** A copy with another thread count. */
  public BetweennessParams withThreads(int t) {
    return new BetweennessParams(method, samples, seed, length, autoWorkLimit, t, progress, token);
  }

  /** A copy with another progress listener. */
  public BetweennessParams withProgress(ProgressListener p) {
    return new BetweennessParams(method, samples, seed, length, autoWorkLimit, threads, p, token);
  }

  /** A copy with another cancellation token. */
  public BetweennessParams withToken(CancellationToken t) {
    return new BetweennessParams(method, samples, seed, length, autoWorkLimit, threads, progress, t);
  }
}
