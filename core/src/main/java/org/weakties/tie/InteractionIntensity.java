package org.weakties.tie;

import java.util.Objects;
import org.weakties.graph.SocialGraph;

/**
 * Interaction intensity of every tie, normalised to [0, 1] in two ways, from the edge weight and, when
 * the graph has them, the interaction counts.
 *
 * <h2>Definitions</h2>
 * For a per-edge value {@code x} (the weight, or the interaction count):
 * <ul>
 *   <li><b>max-based</b>: {@code x / max x}, the largest tie gets 1. Weights are positive, so this lies
 *       in (0, 1]; interaction counts are {@code >= 0}, and when every known count is 0 every value is
 *       0 (no tie has any interaction);
 *   <li><b>rank-based</b>: the mid-rank percentile of {@link RankPercentiles}, {@code (r - 1) / (M -
 *       1)} with ties sharing their average rank (0.5 for all when every value is equal), robust to the
 *       heavy tails of interaction counts.
 * </ul>
 * Rajkumar et al. use a normalised messaging intensity in [0, 1] as their interactional tie strength;
 * Onnela et al. rank ties by their cumulative weight percentile. Edges without a known count (NaN), and
 * every edge of a graph without counts, get NaN for the count-based values.
 *
 * <h2>Sources</h2>
 * K. Rajkumar, G. Saint-Jacques, I. Bojinov, E. Brynjolfsson, S. Aral, "A causal test of the strength of
 * weak ties", Science 377:1304-1310, 2022. J.-P. Onnela et al., "Structure and tie strengths in mobile
 * communication networks", PNAS 104(18):7332-7336, 2007.
 *
 * <h2>Cost, determinism</h2>
 * {@code O(m log m)} time (two sorts), {@code 32 m} bytes for the result; single-threaded and exact, so
 * the result is the same on every run.
 */
public final class InteractionIntensity {
  private InteractionIntensity() {}

  /** Normalises the weights and interaction counts of every edge. */
  public static InteractionIntensityResult compute(SocialGraph graph) {
    Objects.requireNonNull(graph, "graph");
    int m = graph.edgeCount();
    double[] w = new double[m];
    for (int e = 0; e < m; e++) {
      w[e] = graph.weight(e);
    }
    double[] c = new double[m];
    for (int e = 0; e < m; e++) {
      c[e] = graph.hasInteractions() ? graph.interactions(e) : Double.NaN;
    }
    return new InteractionIntensityResult(byMax(w), RankPercentiles.of(w), byMax(c),
        RankPercentiles.of(c), graph.hasInteractions());
  }

  /** {@code x / max x} over the non-NaN values; all 0 when the maximum is 0; NaN stays NaN. */
  static double[] byMax(double[] x) {
    double max = 0;
    for (double v : x) {
      if (v > max) {
        max = v;
      }
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isNaN(x[i]) ? Double.NaN : max > 0 ? x[i] / max : 0.0;
    }
    return out;
  }
}
