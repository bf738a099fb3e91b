package org.weakties.tie;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.weakties.graph.SocialGraph;

/**
 * A composite tie strength in [0, 1]: a weighted mean of the rank percentiles of several signals.
 *
 * <h2>Definition</h2>
 * Each component {@code c} (a per-edge value, larger = stronger) is turned into its mid-rank percentile
 * {@code p_c(e)} in [0, 1] ({@link RankPercentiles}), and
 * {@code strength(e) = Σ_c a_c p_c(e) / Σ_c a_c}, the sums running over the components with a
 * non-zero weight {@code a_c} whose value for {@code e} is known (not NaN). Ranks make components on
 * different scales (counts, ratios, decays) comparable and the mean keeps the result in [0, 1].
 * A component is left out for all edges when its weight is 0, when it has no known value, or when all
 * its known values are equal (a constant carries no information; keeping it would only compress the
 * scale). Two sources of components:
 * <ul>
 *   <li><b>Granovetter's four dimensions</b> supplied per edge by the user
 *       ({@link #fromDimensions(GranovetterDimensions, double[])}): amount of time, emotional intensity,
 *       intimacy and reciprocal services, combined linearly as Granovetter proposed; default weights
 *       equal ({@link #DEFAULT_DIMENSION_WEIGHTS}), since he gave none;
 *   <li><b>the signals the graph has</b> ({@link #compute(SocialGraph, CompositeTieStrengthParams)}):
 *       edge weight, interaction count, embeddedness, neighborhood overlap and recency, with default
 *       weights 1, 1, 0, 1, 1 ({@link CompositeTieStrengthParams#defaults()}): intensity, structure
 *       (Onnela's overlap, which rises with tie strength) and time since the last contact each count.
 *       Interactions and recency are used only when the graph carries counts and times.
 * </ul>
 *
 * <h2>Sources</h2>
 * M. S. Granovetter, "The strength of weak ties", American Journal of Sociology 78(6):1360-1380, 1973.
 * E. Gilbert and K. Karahalios, "Predicting tie strength with social media", Proc. CHI 2009 (tie
 * strength as a combination of intensity, intimacy, duration, structural and recency signals).
 * J.-P. Onnela et al., "Structure and tie strengths in mobile communication networks", PNAS
 * 104(18):7332-7336, 2007.
 *
 * <h2>Degenerate cases, cost, determinism</h2>
 * An edge with no known component value gets NaN; when every component is left out (for example an
 * unweighted tree without times) every edge gets 0.5, the percentile of a constant. Time
 * {@code O(c m log m)} for {@code c} components plus the cost of the structural measures (see
 * {@link StructuralTieMeasures}); {@code 8 (c + 1) m} bytes. Exact and deterministic.
 */
public final class CompositeTieStrength {
  private CompositeTieStrength() {}

  /** Equal weights for Granovetter's four dimensions, in {@link GranovetterDimensions#NAMES} order. */
  public static final double[] DEFAULT_DIMENSION_WEIGHTS = {1.0, 1.0, 1.0, 1.0};

  /** The composite strength from the graph's signals with default parameters. */
  public static CompositeTieStrengthResult compute(SocialGraph graph) {
    return compute(graph, CompositeTieStrengthParams.defaults());
  }

  /**
   * The composite strength from the graph's signals, computing the structural measures and recency it
   * needs.
   */
  public static CompositeTieStrengthResult compute(SocialGraph graph,
      CompositeTieStrengthParams params) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(params, "params");
    StructuralTieMeasuresResult s = null;
    if (params.overlap() > 0 || params.embeddedness() > 0) {
      s = StructuralTieMeasures.compute(graph, StructuralTieMeasuresParams.defaults()
          .withThreads(params.threads()).withProgress(params.progress())
          .withToken(params.token()));
    }
    RecencyResult r = null;
    if (params.recency() > 0 && graph.hasLastContact()) {
      r = Recency.compute(graph, params.recencyParams());
    }
    return compute(graph, s, r, params);
  }

  /**
   * The composite strength from the graph's signals, reusing measures already computed.
   *
   * @param structural structural measures of {@code graph}; may be null only when the overlap and
   *     embeddedness weights are 0
   * @param recency recency of {@code graph}, or null to leave recency out
   * @throws IllegalArgumentException when a needed input is missing or has the wrong edge count
   */
  public static CompositeTieStrengthResult compute(SocialGraph graph,
      StructuralTieMeasuresResult structural, RecencyResult recency,
      CompositeTieStrengthParams params) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(params, "params");
    int m = graph.edgeCount();
    List<String> names = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    double[] w = new double[m];
    for (int e = 0; e < m; e++) {
      w[e] = graph.weight(e);
    }
    add(names, values, weights, "weight", w, params.weight());
    if (graph.hasInteractions()) {
      double[] c = new double[m];
      for (int e = 0; e < m; e++) {
        c[e] = graph.interactions(e);
      }
      add(names, values, weights, "interactions", c, params.interactions());
    }
    if (params.embeddedness() > 0 || params.overlap() > 0) {
      if (structural == null || structural.edgeCount() != m) {
        throw new IllegalArgumentException("structural measures of this graph (" + m
            + " edges) are needed for the overlap/embeddedness signals, got "
            + (structural == null ? "null" : structural.edgeCount() + " edges"));
      }
      add(names, values, weights, "embeddedness", structural.embeddednessAsDoubles(),
          params.embeddedness());
      add(names, values, weights, "overlap", structural.overlapArray(), params.overlap());
    }
    if (recency != null && params.recency() > 0) {
      if (recency.edgeCount() != m) {
        throw new IllegalArgumentException("recency has " + recency.edgeCount()
            + " edges, the graph " + m);
      }
      add(names, values, weights, "recency", recency.recencyArray(), params.recency());
    }
    double[] a = new double[weights.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = weights.get(i);
    }
    return combine(m, names.toArray(new String[0]), values.toArray(new double[0][]), a);
  }

  private static void add(List<String> names, List<double[]> values, List<Double> weights,
      String name, double[] v, double weight) {
    if (weight > 0) {
      names.add(name);
      values.add(v);
      weights.add(weight);
    }
  }

  /** The composite strength from Granovetter's dimensions with equal weights. */
  public static CompositeTieStrengthResult fromDimensions(GranovetterDimensions dimensions) {
    return fromDimensions(dimensions, DEFAULT_DIMENSION_WEIGHTS);
  }

  /**
   * The composite strength from user-supplied Granovetter dimensions.
   *
   * @param weights four weights {@code >= 0} in {@link GranovetterDimensions#NAMES} order (time,
   *     emotional intensity, intimacy, reciprocal services)
   * @throws IllegalArgumentException for a weight array of the wrong length or a bad weight
   */
  public static CompositeTieStrengthResult fromDimensions(GranovetterDimensions dimensions,
      double[] weights) {
    Objects.requireNonNull(dimensions, "dimensions");
    Objects.requireNonNull(weights, "weights");
    if (weights.length != 4) {
      throw new IllegalArgumentException("Granovetter dimensions need 4 weights (time, emotional"
          + " intensity, intimacy, reciprocal services), got " + weights.length);
    }
    double[][] arrays = dimensions.asArrays();
    List<String> names = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    List<Double> ws = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      if (arrays[i] != null) {
        add(names, values, ws, GranovetterDimensions.NAMES[i], arrays[i], weights[i]);
      }
    }
    double[] a = new double[ws.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = ws.get(i);
    }
    if (a.length == 0) {
      checkWeights(weights);
    }
    return combine(dimensions.edgeCount(), names.toArray(new String[0]),
        values.toArray(new double[0][]), a);
  }

  private static void checkWeights(double[] weights) {
    for (double x : weights) {
      if (!(x >= 0) || Double.isInfinite(x)) {
        throw new IllegalArgumentException("component weights must be finite and >= 0, got " + x);
      }
    }
  }

  /**
   * Combines arbitrary per-edge components: rank percentiles, then the weighted mean over the known
   * values of each edge. Components with weight 0, without known values, or constant are left out.
   *
   * @param edgeCount number of edges m; every component has m values
   * @param names component names (used for {@link CompositeTieStrengthResult#componentTable()})
   * @param components per-edge values, larger = stronger, NaN = unknown
   * @param weights component weights, finite and {@code >= 0}
   * @throws IllegalArgumentException for mismatched lengths or bad weights
   */
  public static CompositeTieStrengthResult combine(int edgeCount, String[] names,
      double[][] components, double[] weights) {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(components, "components");
    Objects.requireNonNull(weights, "weights");
    if (names.length != components.length || weights.length != components.length) {
      throw new IllegalArgumentException("names, components and weights differ in length: "
          + names.length + ", " + components.length + ", " + weights.length);
    }
    checkWeights(weights);
    List<String> usedNames = new ArrayList<>();
    List<double[]> usedPct = new ArrayList<>();
    List<Double> usedW = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      double[] v = components[i];
      if (v.length != edgeCount) {
        throw new IllegalArgumentException("component '" + names[i] + "' has " + v.length
            + " values for " + edgeCount + " edges");
      }
      if (weights[i] == 0 || !varies(v)) {
        continue;
      }
      usedNames.add(names[i]);
      usedPct.add(RankPercentiles.of(v));
      usedW.add(weights[i]);
    }
    int c = usedW.size();
    double total = 0;
    for (double x : usedW) {
      total += x;
    }
    double[] a = new double[c];
    for (int i = 0; i < c; i++) {
      a[i] = usedW.get(i) / total;
    }
    double[] strength = new double[edgeCount];
    for (int e = 0; e < edgeCount; e++) {
      if (c == 0) {
        strength[e] = 0.5;
        continue;
      }
      double num = 0;
      double den = 0;
      for (int i = 0; i < c; i++) {
        double p = usedPct.get(i)[e];
        if (!Double.isNaN(p)) {
          num += a[i] * p;
          den += a[i];
        }
      }
      strength[e] = den > 0 ? Math.min(1.0, Math.max(0.0, num / den)) : Double.NaN;
    }
    return new CompositeTieStrengthResult(strength, usedNames.toArray(new String[0]), a,
        usedPct.toArray(new double[0][]));
  }

  /** Whether the known values of {@code v} take at least two distinct values. */
  private static boolean varies(double[] v) {
    double first = Double.NaN;
    for (double x : v) {
      if (Double.isNaN(x)) {
        continue;
      }
      if (Double.isNaN(first)) {
        first = x;
      } else if (x != first) {
        return true;
      }
    }
    return false;
  }
}
