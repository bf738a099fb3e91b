package org.weakties.tie;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;

/**
 * Parameters of {@link CompositeTieStrength#compute(org.weakties.graph.SocialGraph,
 * CompositeTieStrengthParams)}: the weight of each graph signal in the weighted mean of rank
 * percentiles. Weights are relative (they are divided by the sum of the weights of the components
 * that are used); a weight of 0 leaves the signal out.
 *
 * @param weight weight of the edge-weight signal, finite and {@code >= 0}; default
 *     {@link #DEFAULT_WEIGHT}
 * @param interactions weight of the interaction-count signal (used only when the graph has counts);
 *     default {@link #DEFAULT_INTERACTIONS}
 * @param embeddedness weight of the embeddedness (common neighbours) signal; default
 *     {@link #DEFAULT_EMBEDDEDNESS}
 * @param overlap weight of the neighborhood-overlap signal; default {@link #DEFAULT_OVERLAP}
 * @param recency weight of the recency signal (used only when the graph has last-contact times);
 *     default {@link #DEFAULT_RECENCY}
 * @param recencyParams how recency is computed; default {@link RecencyParams#defaults()}
 * @param threads worker threads for the structural measures, 0 = all processors
 * @param progress progress listener, never null
 * @param token cancellation token, never null
 */
public record CompositeTieStrengthParams(double weight, double interactions, double embeddedness,
    double overlap, double recency, RecencyParams recencyParams, int threads,
    ProgressListener progress, CancellationToken token) {

  /** Default weight of the edge-weight signal: 1. */
  public static final double DEFAULT_WEIGHT = 1.0;
  /** Default weight of the interaction-count signal: 1. */
  public static final double DEFAULT_INTERACTIONS = 1.0;
  /** Default weight of embeddedness: 0 (the overlap already carries the structure, scaled by degree). */
  public static final double DEFAULT_EMBEDDEDNESS = 0.0;
  /** Default weight of the neighborhood overlap: 1. */
  public static final double DEFAULT_OVERLAP = 1.0;
  /** Default weight of recency: 1. */
  public static final double DEFAULT_RECENCY = 1.0;
  /** Default thread count: 0, all available processors. */
  public static final int DEFAULT_THREADS = 0;

  /** Validates the parameters. */
  public CompositeTieStrengthParams {
    check("weight", weight);
    check("interactions", interactions);
    check("embeddedness", embeddedness);
    check("overlap", overlap);
    check("recency", recency);
    if (weight + interactions + embeddedness + overlap + recency <= 0) {
      throw new IllegalArgumentException("at least one signal weight must be > 0");
    }
    Objects.requireNonNull(recencyParams, "recencyParams");
    Parallelism.resolveThreads(threads);
    Objects.requireNonNull(progress, "progress listener must not be null; use ProgressListener.NONE");
    Objects.requireNonNull(token, "cancellation token must not be null; use CancellationToken.NONE");
  }

  private static void check(String name, double x) {
    if (!(x >= 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException("signal weight '" + name + "' must be finite and >= 0, got "
          + x);
    }
  }

  /** Weight, interactions, overlap and recency with weight 1 each; embeddedness left out. */
  public static CompositeTieStrengthParams defaults() {
    return new CompositeTieStrengthParams(DEFAULT_WEIGHT, DEFAULT_INTERACTIONS, DEFAULT_EMBEDDEDNESS,
        DEFAULT_OVERLAP, DEFAULT_RECENCY, RecencyParams.defaults(), DEFAULT_THREADS,
        ProgressListener.NONE, CancellationToken.NONE);
  }

  /** A copy with another weight for the edge-weight signal. */
  public CompositeTieStrengthParams withWeight(double x) {
    return new CompositeTieStrengthParams(x, interactions, embeddedness, overlap, recency,
        recencyParams, threads, progress, token);
  }

  /** A copy with another weight for the interaction-count signal. */
  public CompositeTieStrengthParams withInteractions(double x) {
    return new CompositeTieStrengthParams(weight, x, embeddedness, overlap, recency, recencyParams,
        threads, progress, token);
  }

  /** A copy with another weight for embeddedness. */
  public CompositeTieStrengthParams withEmbeddedness(double x) {
    return new CompositeTieStrengthParams(weight, interactions, x, overlap, recency, recencyParams,
        threads, progress, token);
  }

  /** A copy with another weight for the neighborhood overlap. */
  public CompositeTieStrengthParams withOverlap(double x) {
    return new CompositeTieStrengthParams(weight, interactions, embeddedness, x, recency,
        recencyParams, threads, progress, token);
  }

  /** A copy with another weight for recency. */
  public CompositeTieStrengthParams withRecency(double x) {
    return new CompositeTieStrengthParams(weight, interactions, embeddedness, overlap, x,
        recencyParams, threads, progress, token);
  }

  /** A copy with other recency parameters (as-of time, half-life). */
  public CompositeTieStrengthParams withRecencyParams(RecencyParams x) {
    return new CompositeTieStrengthParams(weight, interactions, embeddedness, overlap, recency, x,
        threads, progress, token);
  }

  /** A copy with another thread count (0 = all processors). */
  public CompositeTieStrengthParams withThreads(int x) {
    return new CompositeTieStrengthParams(weight, interactions, embeddedness, overlap, recency,
        recencyParams, x, progress, token);
  }

  /** A copy with another progress listener. */
  public CompositeTieStrengthParams withProgress(ProgressListener x) {
    return new CompositeTieStrengthParams(weight, interactions, embeddedness, overlap, recency,
        recencyParams, threads, x, token);
  }

  /** A copy with another cancellation token. */
  public CompositeTieStrengthParams withToken(CancellationToken x) {
    return new CompositeTieStrengthParams(weight, interactions, embeddedness, overlap, recency,
        recencyParams, threads, progress, x);
  }
}
