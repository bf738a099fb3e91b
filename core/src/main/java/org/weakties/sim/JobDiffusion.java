package org.weakties.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.weakties.exec.Parallelism;
import org.weakties.graph.NodeAttributes;
import org.weakties.graph.SocialGraph;

/**
 * A seeded model of job information spreading over the ties of a social graph: job openings appear
 * at people; a contact passes an opening on with a probability that rises with the strength of the
 * tie (motivation, trust), while the chance that the opening is news to the receiver falls with the
 * number of contacts the two share (they have probably heard it already: redundancy). The outcome of
 * every tie is whether a job came through it. This is the mechanism behind the "strength of weak
 * ties" (Granovetter, "The Strength of Weak Ties", American Journal of Sociology 78(6), 1973) and the
 * inverted U in mutual connections that Rajkumar, Saint-Jacques, Bojinov, Brynjolfsson and Aral
 * found in LinkedIn's experiments ("A causal test of the strength of weak ties", Science 377, 2022).
 *
 * <p><b>Model.</b> See {@link DiffusionParams} for the formulas. Per tie: mutual connections
 * {@code m} (common neighbours), Onnela's overlap, interaction intensity (the normalised rank of the
 * weight; 0.5 everywhere in an unweighted graph) and the composite tie strength. Every node draws a
 * Poisson number of openings; for every opening and every contact a single uniform draw decides
 * whether the contact takes a job through the tie (probability {@code pi nu takeRate}); openings are
 * not rival (each stands for a stream of similar vacancies). {@code job = 1} when at least one job
 * went through the tie in either direction; the exact probability of that is
 * {@link DiffusionParams#jobProbability(int, double, boolean)}.
 *
 * <p><b>Node attributes</b> used when present: {@code industry} (any label), {@code digital}
 * ({@code true/false}, {@code 1/0}, {@code yes/no}) and {@code arm}; missing ones are drawn from the
 * seed: industries {@code sector-01 .. sector-NN} uniformly, the first {@code round(digitalShare
 * NN)} sectors digital (with given industries, that share of the distinct labels, chosen by the
 * seed), arms uniformly in {@code 0 .. arms-1}. A tie's industry, digital flag and arm are those of
 * its first endpoint (the smaller id). Arms are labels for experiment designs; the diffusion ignores
 * them (see {@link RandomizedExperiment} for an instrumented design).
 *
 * <p><b>Cost.</b> O(sum over edges of (k_u + k_v)) for the common neighbours, plus
 * O(openingRate * 2m) draws; O(n + m) memory. Parallel over nodes.
 *
 * <p><b>Determinism.</b> Every node uses its own random stream derived from the seed and its id, so
 * the result is identical with 1 or N threads; a different seed gives an independent run.
 */
public final class JobDiffusion {
  private static final long SALT_JOBS = 1;
  private static final long SALT_INDUSTRY = 2;
  private static final long SALT_ARM = 3;
  private static final long SALT_DIGITAL = 4;

  private JobDiffusion() {}

  /** Runs the model with {@link DiffusionParams#defaults()}. */
  public static DiffusionResult simulate(SocialGraph g) {
    return simulate(g, DiffusionParams.defaults());
  }

  /**
   * Runs the model.
   *
   * @throws IllegalArgumentException for a {@code digital} attribute value that is not a boolean
   */
  public static DiffusionResult simulate(SocialGraph g, DiffusionParams p) {
    Objects.requireNonNull(g, "graph");
    Objects.requireNonNull(p, "params");
    int n = g.nodeCount();
    int m = g.edgeCount();
    p.progress().start("job diffusion", 3);
    int[] mutual = TieStructure.mutual(g, p.threads(), p.token());
    double[] overlap = TieStructure.overlap(g, mutual);
    double[] intensity = TieStructure.normalisedWeightRank(g);
    p.progress().advance(1);

    String[] industry = industries(g, p);
    boolean[] digital = digital(g, p, industry);
    String[] arm = arms(g, p);
    SocialGraph.EdgeEndpoints ends = g.endpoints();
    int[] src = ends.source();
    double[] strength = new double[m];
    double[] q = new double[m];
    double[] prob = new double[m];
    for (int e = 0; e < m; e++) {
      strength[e] = p.tieStrength(mutual[e], intensity[e]);
      boolean d = digital[src[e]];
      q[e] = p.passProbability(strength[e], d) * p.novelty(mutual[e]) * p.takeRate();
      prob[e] = p.jobProbability(mutual[e], intensity[e], d);
    }
    p.progress().advance(1);

    int[] lowToHigh = new int[m];
    int[] highToLow = new int[m];
    double rate = p.openingRate();
    Parallelism.forEachBlock(n, p.threads(), p.token(), "job diffusion", (block, from, to) -> {
      for (int a = from; a < to; a++) {
        SplittableRandom rnd = new SplittableRandom(
            TieStructure.streamSeed(p.seed(), SALT_JOBS, a));
        int openings = poisson(rnd, rate);
        if (openings == 0) {
          continue;
        }
        for (int arc = g.arcStart(a), end = g.arcEnd(a); arc < end; arc++) {
          int e = g.arcEdge(arc);
          double qe = q[e];
          int jobs = 0;
          for (int k = 0; k < openings; k++) {
            if (rnd.nextDouble() < qe) {
              jobs++;
            }
          }
          if (a < g.arcTarget(arc)) {
            lowToHigh[e] = jobs;
          } else {
            highToLow[e] = jobs;
          }
        }
      }
    });
    int[] jobs = new int[m];
    for (int e = 0; e < m; e++) {
      jobs[e] = lowToHigh[e] + highToLow[e];
    }
    p.progress().advance(1);
    p.progress().finish();
    return new DiffusionResult(n, src, ends.target(), mutual, overlap, intensity, strength, jobs,
        prob, industry, digital, arm, p);
  }

  /** A Poisson draw by inversion (rate at most 50). */
  static int poisson(SplittableRandom rnd, double rate) {
    double limit = Math.exp(-rate);
    double prod = rnd.nextDouble();
    int k = 0;
    while (prod > limit) {
      prod *= rnd.nextDouble();
      k++;
    }
    return k;
  }

  private static String[] industries(SocialGraph g, DiffusionParams p) {
    int n = g.nodeCount();
    NodeAttributes attrs = g.nodeAttributes();
    String[] out = attrs.has("industry") ? attrs.column("industry") : new String[n];
    for (int u = 0; u < n; u++) {
      if (out[u] == null) {
        SplittableRandom rnd = new SplittableRandom(
            TieStructure.streamSeed(p.seed(), SALT_INDUSTRY, u));
        out[u] = sector(rnd.nextInt(p.industries()), p.industries());
      }
    }
    return out;
  }

  private static String sector(int i, int count) {
    int width = Integer.toString(count).length();
    return String.format(Locale.ROOT, "sector-%0" + Math.max(2, width) + "d", i + 1);
  }

  private static boolean[] digital(SocialGraph g, DiffusionParams p, String[] industry) {
    int n = g.nodeCount();
    NodeAttributes attrs = g.nodeAttributes();
    String[] given = attrs.has("digital") ? attrs.column("digital") : new String[n];
    // industries marked digital when a node has no digital attribute
    TreeSet<String> distinct = new TreeSet<>(Arrays.asList(industry));
    List<String> labels = new ArrayList<>(distinct);
    TreeSet<String> digitalSet = new TreeSet<>();
    boolean drawnNames = !attrs.has("industry");
    if (drawnNames) {
      int k = (int) Math.round(p.digitalShare() * p.industries());
      for (int i = 0; i < k; i++) {
        digitalSet.add(sector(i, p.industries()));
      }
    } else {
      SplittableRandom rnd = new SplittableRandom(TieStructure.streamSeed(p.seed(), SALT_DIGITAL,
          0));
      for (int i = labels.size() - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        String t = labels.get(i);
        labels.set(i, labels.get(j));
        labels.set(j, t);
      }
      int k = (int) Math.round(p.digitalShare() * labels.size());
      digitalSet.addAll(labels.subList(0, k));
    }
    boolean[] out = new boolean[n];
    for (int u = 0; u < n; u++) {
      out[u] = given[u] == null ? digitalSet.contains(industry[u]) : parseBoolean(given[u], u);
    }
    return out;
  }

  static boolean parseBoolean(String s, int node) {
    return switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "y", "digital" -> true;
      case "false", "0", "no", "n", "non-digital" -> false;
      default -> throw new IllegalArgumentException("node " + node + " has digital='" + s
          + "'; use true/false, 1/0 or yes/no");
    };
  }

  private static String[] arms(SocialGraph g, DiffusionParams p) {
    int n = g.nodeCount();
    NodeAttributes attrs = g.nodeAttributes();
    String[] out = attrs.has("arm") ? attrs.column("arm") : new String[n];
    for (int u = 0; u < n; u++) {
      if (out[u] == null) {
        out[u] = p.arms() == 1 ? "0" : Integer.toString(new SplittableRandom(
            TieStructure.streamSeed(p.seed(), SALT_ARM, u)).nextInt(p.arms()));
      }
    }
    return out;
  }
}
