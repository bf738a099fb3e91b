package org.weakties.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parameters of {@link SocialNetworkGenerator}. The defaults define the library's benchmark social
 * network: later measurements of the library are made on
 * {@code SocialNetworkGenerator.generate(SocialNetworkParams.defaults().withNodes(n))}, so the
 * defaults must not change without a good reason.
 *
 * <p>Shape of the default graph at n = 100,000 and seed 42 (measured by the naive statistics of the
 * test suite): 992,324 edges (mean degree 19.85, largest degree 927), average clustering 0.274,
 * degree tail exponent 2.63 (discrete maximum-likelihood fit above k = 26), Spearman correlation of
 * weight and overlap 0.657 and of weight and interactions 0.735, 778 communities of 50 to 496 nodes
 * holding 70% of the ties, 3.4% of ties dormant. Generation takes about 1 s at this size and 6 to
 * 12 s at 1,000,000 nodes on 2 cores.
 *
 * @param nodes number of nodes n, at least 0; default {@link #DEFAULT_NODES}
 * @param seed seed of every random stream; default {@link #DEFAULT_SEED}
 * @param meanDegree target mean degree, positive and at most maxDegree; the realised mean is within
 *     a few percent; default {@link #DEFAULT_MEAN_DEGREE}
 * @param degreeExponent exponent gamma of the target degree density {@code k^-gamma}, in (1, 10];
 *     default {@link #DEFAULT_DEGREE_EXPONENT}
 * @param maxDegree largest target degree, at least 1 (also capped at n - 1); default {@link
 *     #DEFAULT_MAX_DEGREE}
 * @param minCommunitySize smallest community, at least 2; default {@link
 *     #DEFAULT_MIN_COMMUNITY_SIZE}
 * @param maxCommunitySize largest community, at least {@code 2 minCommunitySize - 1} (so that every
 *     n splits) and at most {@link #MAX_COMMUNITY_SIZE_LIMIT}; default {@link
 *     #DEFAULT_MAX_COMMUNITY_SIZE}
 * @param communitySizeExponent exponent tau of the community-size density {@code s^-tau}, in [0,
 *     10]; default {@link #DEFAULT_COMMUNITY_SIZE_EXPONENT}
 * @param mixing fraction mu in [0, 1] of each node's target degree meant for other communities
 *     (hubs place more outside, see the generator); default {@link #DEFAULT_MIXING}
 * @param closure fraction q in [0, 1] of the ties inside a community made by triadic closure (the
 *     rest are random); default {@link #DEFAULT_CLOSURE}
 * @param overlapCoupling coupling beta, at least 0, of the weight scale {@code 1 + beta O} to the
 *     tie's overlap O; default {@link #DEFAULT_OVERLAP_COUPLING}
 * @param weightTailExponent tail exponent alpha, positive, of the Pareto factor X of weights:
 *     {@code P(X > x) = x^-alpha} for x at least 1; default {@link #DEFAULT_WEIGHT_TAIL_EXPONENT}
 * @param interactionsPerWeight expected interactions per unit of weight, positive; default {@link
 *     #DEFAULT_INTERACTIONS_PER_WEIGHT}
 * @param referenceTime the 'now' of last-contact times in epoch seconds, in [0, {@link
 *     #MAX_REFERENCE_TIME}]; the clock is never read; default {@link #DEFAULT_REFERENCE_TIME}
 * @param meanDaysSinceContact mean days since the last contact of a tie of weight 1 (of weight w:
 *     this divided by w), positive; default {@link #DEFAULT_MEAN_DAYS_SINCE_CONTACT}
 * @param industryHomophily probability in [0, 1] that a node works in its community's main industry
 *     rather than one drawn by share; default {@link #DEFAULT_INDUSTRY_HOMOPHILY}
 * @param industries the industries, 1 to {@link #MAX_INDUSTRIES} with distinct names; copied;
 *     default {@link IndustryProfile#defaults()}
 * @param permuteIds whether node ids are shuffled; otherwise each community's nodes have
 *     consecutive ids; default {@link #DEFAULT_PERMUTE_IDS}
 * @param threads worker threads, 0 = all processors; the graph does not depend on it; default
 *     {@link #DEFAULT_THREADS}
 */
public record SocialNetworkParams(
    int nodes,
    long seed,
    double meanDegree,
    double degreeExponent,
    int maxDegree,
    int minCommunitySize,
    int maxCommunitySize,
    double communitySizeExponent,
    double mixing,
    double closure,
    double overlapCoupling,
    double weightTailExponent,
    double interactionsPerWeight,
    long referenceTime,
    double meanDaysSinceContact,
    double industryHomophily,
    List<IndustryProfile> industries,
    boolean permuteIds,
    int threads) {

  /**
   * Default number of nodes: 100,000, the size at which the benchmark graph's shape is reported.
   */
  public static final int DEFAULT_NODES = 100_000;
  /** Default seed: 42. */
  public static final long DEFAULT_SEED = 42L;
  /** Default target mean degree: 20. */
  public static final double DEFAULT_MEAN_DEGREE = 20.0;
  /**
   * Default degree exponent: 2.5, inside the range 2 to 3 usually measured on social networks. The
   * realised tail, fitted by maximum likelihood, comes out near 2.6 because the largest degrees are
   * capped.
   */
  public static final double DEFAULT_DEGREE_EXPONENT = 2.5;
  /**
   * Default largest target degree: 1000, which bounds the quadratic per-node costs of the heaviest
   * hubs.
   */
  public static final int DEFAULT_MAX_DEGREE = 1000;
  /** Default smallest community: 50 nodes (a team or a small firm). */
  public static final int DEFAULT_MIN_COMMUNITY_SIZE = 50;
  /** Default largest community: 500 nodes (a department or a mid-size firm). */
  public static final int DEFAULT_MAX_COMMUNITY_SIZE = 500;
  /**
   * Default community-size exponent: 2, a mean community size near 128; half of the nodes live in
   * communities below about 160.
   */
  public static final double DEFAULT_COMMUNITY_SIZE_EXPONENT = 2.0;
  /**
   * Default mixing: 0.2; with the hubs' extra external ties about 70% of all ties end up inside
   * communities.
   */
  public static final double DEFAULT_MIXING = 0.2;
  /** Default closure: 0.8, which gives an average clustering near 0.27 to 0.29. */
  public static final double DEFAULT_CLOSURE = 0.8;
  /**
   * Default weight-overlap coupling: 8, so a tie of overlap 0.5 is five times as strong as a bridge
   * on average; the Spearman correlation of weight and overlap comes out near 0.65.
   */
  public static final double DEFAULT_OVERLAP_COUPLING = 8.0;
  /** Default weight tail exponent: 2 (finite mean, infinite variance: a heavy tail). */
  public static final double DEFAULT_WEIGHT_TAIL_EXPONENT = 2.0;
  /** Default interactions per unit weight: 10. */
  public static final double DEFAULT_INTERACTIONS_PER_WEIGHT = 10.0;
  /** Default reference time: 1,704,067,200 s = 2024-01-01T00:00:00Z. */
  public static final long DEFAULT_REFERENCE_TIME = 1_704_067_200L;
  /**
   * Default mean days since the last contact at weight 1: 200, so about 16% of weight-1 ties are
   * dormant (no contact for over 365 days), almost no tie of weight 5 is, and about 3.5% of all
   * ties are.
   */
  public static final double DEFAULT_MEAN_DAYS_SINCE_CONTACT = 200.0;
  /** Default industry homophily: 0.7. */
  public static final double DEFAULT_INDUSTRY_HOMOPHILY = 0.7;
  /**
   * Default: node ids are shuffled, as in data read from a file, so that no algorithm profits from
   * an id order that real inputs lack.
   */
  public static final boolean DEFAULT_PERMUTE_IDS = true;
  /** Default threads: 0 (all processors). */
  public static final int DEFAULT_THREADS = 0;
  /** Largest supported community size (a worker keeps a size-by-size bit matrix). */
  public static final int MAX_COMMUNITY_SIZE_LIMIT = 10_000;
  /** Largest supported reference time: 9999-12-31T23:59:59Z. */
  public static final long MAX_REFERENCE_TIME = 253_402_300_799L;
  /** Largest number of industries. */
  public static final int MAX_INDUSTRIES = 127;

  /** Validates every component; see the component descriptions for what is allowed. */
  public SocialNetworkParams {
    if (nodes < 0) {
      throw new IllegalArgumentException("nodes must be >= 0, got " + nodes);
    }
    if (maxDegree < 1) {
      throw new IllegalArgumentException("max degree must be >= 1, got " + maxDegree);
    }
    if (!(meanDegree > 0 && meanDegree <= maxDegree)) {
      throw new IllegalArgumentException("mean degree must be in (0, maxDegree = " + maxDegree
          + "], got " + meanDegree);
    }
    double edges = (double) nodes * meanDegree / 2;
    if (edges > Generators.MAX_EDGES) {
      throw new IllegalArgumentException("nodes * meanDegree / 2 = " + (long) edges
          + " edges expected; at most " + Generators.MAX_EDGES
          + " are supported (2m arcs must fit a Java array): lower nodes or meanDegree");
    }
    if (!(degreeExponent > 1 && degreeExponent <= 10)) {
      throw new IllegalArgumentException("degree exponent must be in (1, 10], got "
          + degreeExponent);
    }
    double lowest = PowerLaw.meanOfFloor(1, maxDegree + 1, degreeExponent);
    if (meanDegree < lowest) {
      throw new IllegalArgumentException("mean degree " + meanDegree + " is below " + lowest
          + ", the mean of the degree law with exponent " + degreeExponent + ", max degree "
          + maxDegree + " and smallest degree 1; raise meanDegree or the exponent, or lower"
          + " maxDegree");
    }
    if (minCommunitySize < 2) {
      throw new IllegalArgumentException("min community size must be >= 2, got "
          + minCommunitySize);
    }
    if (maxCommunitySize < 2 * minCommunitySize - 1
        || maxCommunitySize > MAX_COMMUNITY_SIZE_LIMIT) {
      throw new IllegalArgumentException("max community size must be in [2 * minCommunitySize - 1, "
          + MAX_COMMUNITY_SIZE_LIMIT + "] = [" + (2 * minCommunitySize - 1) + ", "
          + MAX_COMMUNITY_SIZE_LIMIT + "] so that every node count splits into communities, got "
          + maxCommunitySize);
    }
    if (!(communitySizeExponent >= 0 && communitySizeExponent <= 10)) {
      throw new IllegalArgumentException("community size exponent must be in [0, 10], got "
          + communitySizeExponent);
    }
    if (!(mixing >= 0 && mixing <= 1)) {
      throw new IllegalArgumentException("mixing must be in [0, 1], got " + mixing);
    }
    if (!(closure >= 0 && closure <= 1)) {
      throw new IllegalArgumentException("closure must be in [0, 1], got " + closure);
    }
    if (!(overlapCoupling >= 0) || Double.isInfinite(overlapCoupling)) {
      throw new IllegalArgumentException("overlap coupling must be finite and >= 0, got "
          + overlapCoupling);
    }
    if (!(weightTailExponent > 0) || Double.isInfinite(weightTailExponent)) {
      throw new IllegalArgumentException("weight tail exponent must be finite and > 0, got "
          + weightTailExponent);
    }
    if (!(interactionsPerWeight > 0) || Double.isInfinite(interactionsPerWeight)) {
      throw new IllegalArgumentException("interactions per weight must be finite and > 0, got "
          + interactionsPerWeight);
    }
    if (referenceTime < 0 || referenceTime > MAX_REFERENCE_TIME) {
      throw new IllegalArgumentException("reference time must be in [0, " + MAX_REFERENCE_TIME
          + "] epoch seconds, got " + referenceTime);
    }
    if (!(meanDaysSinceContact > 0) || Double.isInfinite(meanDaysSinceContact)) {
      throw new IllegalArgumentException("mean days since contact must be finite and > 0, got "
          + meanDaysSinceContact);
    }
    if (!(industryHomophily >= 0 && industryHomophily <= 1)) {
      throw new IllegalArgumentException("industry homophily must be in [0, 1], got "
          + industryHomophily);
    }
    if (industries == null || industries.isEmpty() || industries.size() > MAX_INDUSTRIES) {
      throw new IllegalArgumentException("industries must list 1 to " + MAX_INDUSTRIES
          + " industries, got " + (industries == null ? "null" : industries.size()));
    }
    industries = List.copyOf(industries);
    Set<String> names = new HashSet<>();
    for (IndustryProfile p : industries) {
      if (!names.add(p.name())) {
        throw new IllegalArgumentException("industry '" + p.name() + "' is listed twice");
      }
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got "
          + threads);
    }
  }

  /** The benchmark social network with {@link #DEFAULT_NODES} nodes; see each DEFAULT_ constant. */
  public static SocialNetworkParams defaults() {
    return new SocialNetworkParams(
        DEFAULT_NODES, DEFAULT_SEED, DEFAULT_MEAN_DEGREE, DEFAULT_DEGREE_EXPONENT,
        DEFAULT_MAX_DEGREE, DEFAULT_MIN_COMMUNITY_SIZE, DEFAULT_MAX_COMMUNITY_SIZE,
        DEFAULT_COMMUNITY_SIZE_EXPONENT, DEFAULT_MIXING, DEFAULT_CLOSURE, DEFAULT_OVERLAP_COUPLING,
        DEFAULT_WEIGHT_TAIL_EXPONENT, DEFAULT_INTERACTIONS_PER_WEIGHT, DEFAULT_REFERENCE_TIME,
        DEFAULT_MEAN_DAYS_SINCE_CONTACT, DEFAULT_INDUSTRY_HOMOPHILY, IndustryProfile.defaults(),
        DEFAULT_PERMUTE_IDS, DEFAULT_THREADS);
  }

  /** A copy with another {@code nodes}. */
  public SocialNetworkParams withNodes(int value) {
    return new SocialNetworkParams(
        value, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, industryHomophily, industries,
        permuteIds, threads);
  }

  /** A copy with another {@code seed}. */
  public SocialNetworkParams withSeed(long value) {
    return new SocialNetworkParams(
        nodes, value, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, industryHomophily, industries,
        permuteIds, threads);
  }

  /** A copy with another {@code meanDegree}. */
  public SocialNetworkParams withMeanDegree(double value) {
    return new SocialNetworkParams(
        nodes, seed, value, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, industryHomophily, industries,
        permuteIds, threads);
  }

  /** A copy with another {@code degreeExponent}. */
  public SocialNetworkParams withDegreeExponent(double value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, value, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, industryHomophily, industries,
        permuteIds, threads);
  }

  /** A copy with another {@code maxDegree}. */
  public SocialNetworkParams withMaxDegree(int value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, value, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, industryHomophily, industries,
        permuteIds, threads);
  }

  /** A copy with another {@code minCommunitySize}. */
  public SocialNetworkParams withMinCommunitySize(int value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, value, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, industryHomophily, industries,
        permuteIds, threads);
  }

  /** A copy with another {@code maxCommunitySize}. */
  public SocialNetworkParams withMaxCommunitySize(int value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, value,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, industryHomophily, industries,
        permuteIds, threads);
  }

  /** A copy with another {@code communitySizeExponent}. */
  public SocialNetworkParams withCommunitySizeExponent(double value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        value, mixing, closure, overlapCoupling, weightTailExponent, interactionsPerWeight,
        referenceTime, meanDaysSinceContact, industryHomophily, industries, permuteIds, threads);
  }

  /** A copy with another {@code mixing}. */
  public SocialNetworkParams withMixing(double value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, value, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, industryHomophily, industries,
        permuteIds, threads);
  }

  /** A copy with another {@code closure}. */
  public SocialNetworkParams withClosure(double value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, value, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, industryHomophily, industries,
        permuteIds, threads);
  }

  /** A copy with another {@code overlapCoupling}. */
  public SocialNetworkParams withOverlapCoupling(double value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, value, weightTailExponent, interactionsPerWeight,
        referenceTime, meanDaysSinceContact, industryHomophily, industries, permuteIds, threads);
  }

  /** A copy with another {@code weightTailExponent}. */
  public SocialNetworkParams withWeightTailExponent(double value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, value, interactionsPerWeight,
        referenceTime, meanDaysSinceContact, industryHomophily, industries, permuteIds, threads);
  }

  /** A copy with another {@code interactionsPerWeight}. */
  public SocialNetworkParams withInteractionsPerWeight(double value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent, value,
        referenceTime, meanDaysSinceContact, industryHomophily, industries, permuteIds, threads);
  }

  /** A copy with another {@code referenceTime}. */
  public SocialNetworkParams withReferenceTime(long value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, value, meanDaysSinceContact, industryHomophily, industries,
        permuteIds, threads);
  }

  /** A copy with another {@code meanDaysSinceContact}. */
  public SocialNetworkParams withMeanDaysSinceContact(double value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, value, industryHomophily, industries, permuteIds,
        threads);
  }

  /** A copy with another {@code industryHomophily}. */
  public SocialNetworkParams withIndustryHomophily(double value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, value, industries, permuteIds,
        threads);
  }

  /** A copy with another {@code industries}. */
  public SocialNetworkParams withIndustries(List<IndustryProfile> value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, industryHomophily, value,
        permuteIds, threads);
  }

  /** A copy with another {@code permuteIds}. */
  public SocialNetworkParams withPermuteIds(boolean value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, industryHomophily, industries,
        value, threads);
  }

  /** A copy with another {@code threads}. */
  public SocialNetworkParams withThreads(int value) {
    return new SocialNetworkParams(
        nodes, seed, meanDegree, degreeExponent, maxDegree, minCommunitySize, maxCommunitySize,
        communitySizeExponent, mixing, closure, overlapCoupling, weightTailExponent,
        interactionsPerWeight, referenceTime, meanDaysSinceContact, industryHomophily, industries,
        permuteIds, value);
  }
}
