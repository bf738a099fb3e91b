package org.weakties.ego;

import java.util.Objects;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;
import org.weakties.tie.CompositeTieStrengthParams;

/**
 * Parameters of {@link CareerReport#compute(SocialGraph, int, CareerReportParams)}.
 *
 * @param top length of the "reach out to these people" list and of the list of suggested
 *     introductions; {@code >= 1}; default {@link #DEFAULT_TOP}
 * @param dormantDays a tie is dormant when its last contact lies more than this many days before
 *     {@code asOf}; finite and {@code >= 0}; default {@link #DEFAULT_DORMANT_DAYS}
 * @param halfLifeDays half-life of the recency signal of composite tie strength; finite and
 *     {@code > 0}; default {@link #DEFAULT_HALF_LIFE_DAYS}
 * @param asOf the time ages are measured from, epoch seconds, or {@link SocialGraph#NO_TIME} (the
 *     default, {@link #DEFAULT_AS_OF}) for the latest last contact in the data, so a report never
 *     depends on the clock
 * @param maxSpan the longest detour searched for when measuring the span of a local bridge; a local
 *     bridge whose ends are further apart is reported as over the cap. At least 2 (2 = no search);
 *     {@link #UNLIMITED} searches without limit; default {@link #DEFAULT_MAX_SPAN}
 * @param curve the usefulness curve {@code u(m)}; default {@link UsefulnessCurve#defaults()}
 * @param strength the signal weights of composite tie strength; its recency parameters are replaced by
 *     {@code asOf}, {@code halfLifeDays} and {@code dormantDays} of this record, and its threads,
 *     progress and token by those below; default {@link CompositeTieStrengthParams#defaults()}
 * @param strengthSample the largest number of edges used as the reference population of the
 *     tie-strength percentiles: graphs with at most this many edges are ranked exactly against every
 *     edge; larger graphs against a seeded stratified sample of about this many edges (see
 *     {@link CareerReport}); {@code >= 2}; default {@link #DEFAULT_STRENGTH_SAMPLE}
 * @param seed seed of that sample; default {@link #DEFAULT_SEED}
 * @param clusterAttribute the node attribute naming a person's community; when the graph has it,
 *     circles and clusters are its values, otherwise connected components; default
 *     {@link #DEFAULT_CLUSTER_ATTRIBUTE}
 * @param weighted whether effective size, efficiency, constraint and hierarchy use tie weights (as
 *     {@code org.weakties.holes.StructuralHolesParams#weighted()}); default {@link #DEFAULT_WEIGHTED}
 * @param threads worker threads for the whole-graph tie strength and the span searches, 0 = all
 *     processors (the default); results do not depend on it
 * @param progress progress listener, never null; default {@link ProgressListener#NONE}
 * @param token cancellation token, never null; default {@link CancellationToken#NONE}
 */
public record CareerReportParams(int top, double dormantDays, double halfLifeDays, long asOf,
    int maxSpan, UsefulnessCurve curve, CompositeTieStrengthParams strength, int strengthSample,
    long seed, String clusterAttribute, boolean weighted, int threads, ProgressListener progress,
    CancellationToken token) {

  /** Default length of the reach-out and introduction lists: 25. */
  public static final int DEFAULT_TOP = 25;
  /** Default dormancy threshold: 365 days without contact. */
  public static final double DEFAULT_DORMANT_DAYS = 365.0;
  /** Default recency half-life: 180 days. */
  public static final double DEFAULT_HALF_LIFE_DAYS = 180.0;
  /** Default as-of time: {@link SocialGraph#NO_TIME}, the latest last contact in the data. */
  public static final long DEFAULT_AS_OF = SocialGraph.NO_TIME;
  /** {@code maxSpan} value meaning "no cap". */
  public static final int UNLIMITED = Integer.MAX_VALUE;
  /** Default span cap: 8 hops. */
  public static final int DEFAULT_MAX_SPAN = 8;
  /** Default reference population of the strength percentiles: 100,000 edges. */
  public static final int DEFAULT_STRENGTH_SAMPLE = 100_000;
  /** Default seed of the strength sample: 1. */
  public static final long DEFAULT_SEED = 1L;
  /** Default community attribute: {@code community}. */
  public static final String DEFAULT_CLUSTER_ATTRIBUTE = "community";
  /** Default: weighted structural holes. */
  public static final boolean DEFAULT_WEIGHTED = true;
  /** Default thread count: 0, all processors. */
  public static final int DEFAULT_THREADS = 0;

  /** Validates the parameters. */
  public CareerReportParams {
    if (top < 1) {
      throw new IllegalArgumentException("top must be >= 1, got " + top);
    }
    if (!(dormantDays >= 0) || Double.isInfinite(dormantDays)) {
      throw new IllegalArgumentException("dormantDays must be finite and >= 0, got " + dormantDays);
    }
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException("halfLifeDays must be finite and > 0, got "
          + halfLifeDays);
    }
    if (maxSpan < 2) {
      throw new IllegalArgumentException("maxSpan must be >= 2 (2 = no span search; "
          + "CareerReportParams.UNLIMITED = no cap), got " + maxSpan);
    }
    Objects.requireNonNull(curve, "curve must not be null; use UsefulnessCurve.defaults()");
    Objects.requireNonNull(strength,
        "strength must not be null; use CompositeTieStrengthParams.defaults()");
    if (strengthSample < 2) {
      throw new IllegalArgumentException("strengthSample must be >= 2 edges, got "
          + strengthSample);
    }
    Objects.requireNonNull(clusterAttribute, "clusterAttribute must not be null");
    if (clusterAttribute.isEmpty()) {
      throw new IllegalArgumentException("clusterAttribute must not be empty");
    }
    Parallelism.resolveThreads(threads);
    Objects.requireNonNull(progress, "progress listener must not be null; use ProgressListener.NONE");
    Objects.requireNonNull(token, "cancellation token must not be null; use CancellationToken.NONE");
  }

  /** All defaults. */
  public static CareerReportParams defaults() {
    return new CareerReportParams(DEFAULT_TOP, DEFAULT_DORMANT_DAYS, DEFAULT_HALF_LIFE_DAYS,
        DEFAULT_AS_OF, DEFAULT_MAX_SPAN, UsefulnessCurve.defaults(),
        CompositeTieStrengthParams.defaults(), DEFAULT_STRENGTH_SAMPLE, DEFAULT_SEED,
        DEFAULT_CLUSTER_ATTRIBUTE, DEFAULT_WEIGHTED, DEFAULT_THREADS, ProgressListener.NONE,
        CancellationToken.NONE);
  }

  /** A copy with another list length. */
  public CareerReportParams withTop(int x) {
    return new CareerReportParams(x, dormantDays, halfLifeDays, asOf, maxSpan, curve, strength,
        strengthSample, seed, clusterAttribute, weighted, threads, progress, token);
  }

  /** A copy with another dormancy threshold in days. */
  public CareerReportParams withDormantDays(double x) {
    return new CareerReportParams(top, x, halfLifeDays, asOf, maxSpan, curve, strength,
        strengthSample, seed, clusterAttribute, weighted, threads, progress, token);
  }

  /** A copy with another recency half-life in days. */
  public CareerReportParams withHalfLifeDays(double x) {
    return new CareerReportParams(top, dormantDays, x, asOf, maxSpan, curve, strength,
        strengthSample, seed, clusterAttribute, weighted, threads, progress, token);
  }

  /** A copy with another as-of time (epoch seconds; {@link SocialGraph#NO_TIME} = latest contact). */
  public CareerReportParams withAsOf(long x) {
    return new CareerReportParams(top, dormantDays, halfLifeDays, x, maxSpan, curve, strength,
        strengthSample, seed, clusterAttribute, weighted, threads, progress, token);
  }

  /** A copy with another span cap. */
  public CareerReportParams withMaxSpan(int x) {
    return new CareerReportParams(top, dormantDays, halfLifeDays, asOf, x, curve, strength,
        strengthSample, seed, clusterAttribute, weighted, threads, progress, token);
  }

  /** A copy with another usefulness curve. */
  public CareerReportParams withCurve(UsefulnessCurve x) {
    return new CareerReportParams(top, dormantDays, halfLifeDays, asOf, maxSpan, x, strength,
        strengthSample, seed, clusterAttribute, weighted, threads, progress, token);
  }

  /** A copy with other composite-strength signal weights. */
  public CareerReportParams withStrength(CompositeTieStrengthParams x) {
    return new CareerReportParams(top, dormantDays, halfLifeDays, asOf, maxSpan, curve, x,
        strengthSample, seed, clusterAttribute, weighted, threads, progress, token);
  }

  /** A copy with another strength reference-population size. */
  public CareerReportParams withStrengthSample(int x) {
    return new CareerReportParams(top, dormantDays, halfLifeDays, asOf, maxSpan, curve, strength,
        x, seed, clusterAttribute, weighted, threads, progress, token);
  }

  /** A copy with another sample seed. */
  public CareerReportParams withSeed(long x) {
    return new CareerReportParams(top, dormantDays, halfLifeDays, asOf, maxSpan, curve, strength,
        strengthSample, x, clusterAttribute, weighted, threads, progress, token);
  }

  /** A copy with another community attribute name. */
  public CareerReportParams withClusterAttribute(String x) {
    return new CareerReportParams(top, dormantDays, halfLifeDays, asOf, maxSpan, curve, strength,
        strengthSample, seed, x, weighted, threads, progress, token);
  }

  /** A copy with weighted or unweighted structural holes. */
  public CareerReportParams withWeighted(boolean x) {
    return new CareerReportParams(top, dormantDays, halfLifeDays, asOf, maxSpan, curve, strength,
        strengthSample, seed, clusterAttribute, x, threads, progress, token);
  }

  /** A copy with another thread count (0 = all processors). */
  public CareerReportParams withThreads(int x) {
    return new CareerReportParams(top, dormantDays, halfLifeDays, asOf, maxSpan, curve, strength,
        strengthSample, seed, clusterAttribute, weighted, x, progress, token);
  }

  /** A copy with another progress listener. */
  public CareerReportParams withProgress(ProgressListener x) {
    return new CareerReportParams(top, dormantDays, halfLifeDays, asOf, maxSpan, curve, strength,
        strengthSample, seed, clusterAttribute, weighted, threads, x, token);
  }

  /** A copy with another cancellation token. */
  public CareerReportParams withToken(CancellationToken x) {
    return new CareerReportParams(top, dormantDays, halfLifeDays, asOf, maxSpan, curve, strength,
        strengthSample, seed, clusterAttribute, weighted, threads, progress, x);
  }
}
