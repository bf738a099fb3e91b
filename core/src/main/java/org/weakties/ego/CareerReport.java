package org.weakties.ego;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.NodeAttributes;
import org.weakties.graph.SocialGraph;
import org.weakties.internal.IntArrays;

/**
 * The career report for one person (ego) looking for their next job: which of their ties to lean on,
 * which to revive, whom to be introduced to, and how their network is shaped.
 *
 * <h2>What it computes</h2>
 * For ego with contacts (alters) {@code N(e)}, degree {@code k}, friends of friends
 * {@code F = } the people at distance exactly 2, and the usefulness curve {@code u(m)}
 * ({@link UsefulnessCurve}):
 * <ol>
 *   <li><b>Ties</b> ({@link EgoTie}): for every alter v, the weight, the mutual connections
 *       {@code m_v = |N(e) ∩ N(v)|} (embeddedness), the neighborhood overlap
 *       {@code m_v / ((k - 1) + (k_v - 1) - m_v)}, the composite tie strength
 *       ({@link org.weakties.tie.CompositeTieStrength}: weighted mean of rank percentiles of weight,
 *       interactions, overlap and recency) <em>relative to every tie of the network</em>, the class
 *       strong (strength at least the network's median) or weak, whether it is a bridge or a local
 *       bridge ({@code m_v = 0}) and its span (hop distance between e and v without the tie), the
 *       <b>unique reach</b> (the w in F whose only common contact with e is v), the age of the last
 *       contact, dormancy (age above {@code dormantDays}) and {@code u(m_v)}. Ranked by strength.</li>
 *   <li><b>Bridges and local bridges</b>: the ties with {@code m_v = 0}, global bridges first, then by
 *       span (longest first) and unique reach.</li>
 *   <li><b>Dormant ties</b> ranked by the <b>reconnect score</b>
 *       {@code u(m_v) * (1 + uniqueReach_v)}: the expected usefulness of the tie times the people it
 *       brings within two steps (the contact and those reachable only through them). Ties are broken
 *       by label (text order), so the ranking is deterministic. The {@code 1 +} keeps a dormant tie
 *       without unique reach on the list: the contact themself may know of a job (in Rajkumar et
 *       al. the job comes from the contact's own employer).</li>
 *   <li><b>Suggested introductions</b> ({@link Introduction}): every w in F is a candidate, with
 *       {@code m_w = |N(e) ∩ N(w)|} mutual connections, {@code u(m_w)} (the usefulness of the tie an
 *       introduction would create), the introducer (the common friend with the strongest tie to e,
 *       named), and {@code opens_w}, w's contacts at distance 3 from e (people e cannot reach within
 *       two steps today). Candidates are grouped into <b>clusters</b> ({@link Group}): with a
 *       community attribute ({@link CareerReportParams#clusterAttribute()}, default
 *       {@code community}) a cluster is a community, and it is <em>reached</em> when e or one of e's
 *       contacts belongs to it; without it, clusters are the connected components of the sub-graph
 *       induced by F, that is of the two-step neighbourhood with e's closed neighbourhood removed:
 *       groups of people e knows of only through friends, none of them reached. The list holds the
 *       best {@code top} candidates: unreached clusters first, then by {@code u(m_w)} (highest
 *       first), then {@code opens_w} (most first), then label.</li>
 *   <li><b>Summary</b> ({@link EgoSummary}): degree, strength, local clustering {@code C} (0 when
 *       {@code k < 2}), network diversity {@code 1 - C} (Rajkumar et al. 2022), Burt's effective size,
 *       efficiency, constraint and hierarchy exactly as {@link org.weakties.holes.StructuralHoles}
 *       computes them (weighted by default), and counts of strong, weak, bridge, local-bridge and
 *       dormant ties and of friends of friends.</li>
 *   <li><b>Reach out to these people</b> ({@link ReachOut}): the best {@code top} of all dormant ties
 *       and all friends of friends under one score, {@code u(m) * (1 + opens)}, where {@code opens}
 *       is the unique reach of a dormant tie and {@code opens_w} of a friend of a friend; candidates
 *       with score 0 are left out; ties are broken by kind (dormant ties first) and label. Each entry
 *       carries a one-line reason.</li>
 * </ol>
 * Contacts are also grouped into <b>circles</b>: the community values of the contacts, or the connected
 * components of the sub-graph induced by {@code N(e)} (ego removed). Circles order the nodes of the
 * {@link EgoNetworkDrawing}.
 *
 * <h2>Sources</h2>
 * K. Rajkumar, G. Saint-Jacques, I. Bojinov, E. Brynjolfsson, S. Aral, "A causal test of the strength
 * of weak ties", Science 377:1304-1310, 2022 (mutual connections as structural tie strength, the
 * inverted U, network diversity). M. S. Granovetter, "The strength of weak ties", American Journal of
 * Sociology 78(6):1360-1380, 1973 (bridges, local bridges of degree n). D. Easley and J. Kleinberg,
 * <i>Networks, Crowds, and Markets</i>, ch. 3, Cambridge University Press, 2010 (embeddedness,
 * neighborhood overlap, span). R. S. Burt, <i>Structural Holes</i>, Harvard University Press, 1992.
 *
 * <h2>Local work, and the one global quantity</h2>
 * Everything except tie strength is computed from ego's two-step neighbourhood directly on the graph
 * (no sub-graph is built): one pass over the neighbour lists of the contacts finds mutual
 * connections, F, unique reach, circles and the structural-hole sums; one pass over the lists of the
 * people in F finds clusters, {@code opens} and introducers; the spans are bidirectional searches in
 * the whole graph that stop at {@link CareerReportParams#maxSpan()} hops (a span is a property of the
 * whole graph, so it cannot be measured inside the ego network). A local bridge whose ends are
 * further apart than the cap is reported as over the cap and is <em>not</em> marked as a bridge even
 * if it is one; a span search that runs out of nodes proves a global bridge (span infinite).
 *
 * <p>Tie-strength percentiles are relative to the whole network. When the graph has at most
 * {@link CareerReportParams#strengthSample()} edges (default 100,000) they are exact: the library's
 * {@code CompositeTieStrength} over every edge and the median rule of
 * {@code TieClassification.byMedian}, so the report agrees with the {@code ties} command. Larger
 * graphs are ranked against a seeded stratified sample: the arc positions {@code 0..2m-1} are cut
 * into {@code strengthSample} equal strata and one arc is drawn uniformly from each (each edge has two
 * arcs, so every edge is equally likely; the few edges drawn twice are kept once). Each signal of an
 * edge is then ranked among the sample with the edge added, exactly as the rank percentiles would be
 * on that population, and the strong/weak threshold is the median strength of the sample. The standard
 * error of a percentile is at most {@code 0.5 / sqrt(strengthSample)} (0.0016 by default). The
 * as-of time, when not given, is the latest last contact of any edge (one pass over the edges).
 *
 * <h2>Cost</h2>
 * Let {@code W2} be the sum of the degrees of e's contacts and {@code W3} that of the people in F.
 * Time {@code O(k log k + W2 + W3)} for the local passes, plus the span searches (each at most the
 * size of two balls of radius about {@code maxSpan / 2}), plus {@code O(m)} to find the latest
 * contact, plus tie strength: exact {@code O(m^1.5)} at worst (the structural measures) or, sampled,
 * {@code O(s log s)} plus {@code O(min(k_u, k_v) log)} per sampled edge. Memory: {@code 8 n} bytes
 * for the roles and positions of nodes, {@code 12 n} bytes per worker running span searches, and
 * {@code O(k + |F|)} for the report; the exact path needs the whole-graph measures
 * ({@code ~60 m} bytes). Measured on a 1M-node, 10M-edge social graph: see {@code docs/ego.md}.
 *
 * <h2>Weights and degenerate cases</h2>
 * Weights enter composite strength (the weight signal) and, by default, the structural holes; mutual
 * connections, spans and reach are counts of people. Ego without contacts: empty lists, clustering 0,
 * diversity 1, effective size, efficiency, constraint and hierarchy NaN. One contact: constraint and
 * hierarchy 1, effective size 1. Without last-contact times no tie has an age (NaN) and none is
 * dormant. A tie whose composite strength is NaN (no known signal) is weak and ranked last.
 *
 * <h2>Determinism and threads</h2>
 * Every list has a total order (ties broken by label text, then node id) and the sample depends only
 * on the seed, so the result is identical for every thread count. Threads are used by the
 * whole-graph tie strength, the sample's common-neighbour counts and the span searches; the token is
 * polled between steps and blocks.
 */
public final class CareerReport {
  private CareerReport() {}

  private static final double SECONDS_PER_DAY = 86_400.0;

  /** The report with {@link CareerReportParams#defaults()}. */
  public static CareerReportResult compute(SocialGraph graph, int ego) {
    return compute(graph, ego, CareerReportParams.defaults());
  }

  /**
   * The career report of node {@code ego} (an id; map a label with {@code graph.id(label)}).
   *
   * @throws IllegalArgumentException for a null graph or params, or an ego id outside
   *     {@code [0, n)}
   * @throws org.weakties.exec.CancelledException when the token is cancelled
   */
  public static CareerReportResult compute(SocialGraph graph, int ego, CareerReportParams params) {
    if (graph == null) {
      throw new IllegalArgumentException("graph must not be null");
    }
    if (params == null) {
      throw new IllegalArgumentException(
          "params must not be null (use CareerReportParams.defaults())");
    }
    SocialGraph g = graph;
    int n = g.nodeCount();
    if (ego < 0 || ego >= n) {
      throw new IllegalArgumentException("unknown node id " + ego + "; ids are in [0, " + n + ")");
    }
    CancellationToken token = params.token();
    ProgressListener progress = params.progress();
    token.throwIfCancelled("career report");
    long asOf = resolveAsOf(g, params.asOf());
    UsefulnessCurve curve = params.curve();

    // the contacts and their neighbour lists: mutual connections, friends of friends, Burt
    EgoScan s = EgoScan.contacts(g, ego, params.weighted(), token, progress);
    int k = s.k;

    // tie strength relative to the whole network, and the ranking of the ties
    token.throwIfCancelled("career report");
    TieStrengths ts = TieStrengths.compute(g, params, asOf);
    double[] strength = new double[k];
    boolean[] strong = new boolean[k];
    for (int i = 0; i < k; i++) {
      strength[i] = ts.strength(s.altEdge[i], ego, s.alter[i], s.mutual[i]);
      strong[i] = ts.isStrong(s.altEdge[i], strength[i]);
    }
    int[] byRank = new int[k];
    for (int i = 0; i < k; i++) {
      byRank[i] = i;
    }
    Ranking.sort(byRank, (a, b) -> {
      int c = compareDesc(strength[a], strength[b]);
      if (c != 0) {
        return c;
      }
      c = s.altLabel[a].compareTo(s.altLabel[b]);
      return c != 0 ? c : Integer.compare(s.alter[a], s.alter[b]);
    });
    int[] rankOf = new int[k];
    for (int r = 0; r < k; r++) {
      rankOf[byRank[r]] = r;
    }

    // spans of the local bridges, ages and dormancy
    int[] span = s.spans(params.maxSpan(), params.threads(), token, progress);
    double[] age = new double[k];
    boolean[] dormant = new boolean[k];
    int timed = 0;
    for (int i = 0; i < k; i++) {
      long t = g.lastContact(s.altEdge[i]);
      if (t == SocialGraph.NO_TIME || asOf == SocialGraph.NO_TIME) {
        age[i] = Double.NaN;
      } else {
        timed++;
        age[i] = ((double) asOf - (double) t) / SECONDS_PER_DAY;
        dormant[i] = age[i] > params.dormantDays();
      }
    }

    // circles of contacts; friends of friends and their clusters
    NodeAttributes attrs = g.nodeAttributes();
    String attr = params.clusterAttribute();
    boolean byAttribute = attrs.has(attr);
    int[] circleOf = new int[k];
    List<Group> circles = new ArrayList<>();
    Set<String> reachedValues = circles(s, attrs, byAttribute ? attr : null, circleOf, circles);
    EgoScan.FriendsOfFriends f = s.scanFriendsOfFriends(rankOf, !byAttribute, token, progress);
    Candidates cand = new Candidates(s, f, curve, attrs, byAttribute ? attr : null,
        reachedValues);

    // the sections
    List<EgoTie> ties = new ArrayList<>(k);
    for (int r = 0; r < k; r++) {
      int i = byRank[r];
      double use = curve.value(s.mutual[i]);
      ties.add(new EgoTie(r + 1, s.altLabel[i], g.weight(s.altEdge[i]),
          g.interactions(s.altEdge[i]), s.mutual[i],
          TieStrengths.overlap(k, g.degree(s.alter[i]), s.mutual[i]), strength[i], strong[i],
          span[i] == EgoTie.INFINITE_SPAN, s.mutual[i] == 0, span[i], s.unique[i], age[i],
          dormant[i], use, use * (1.0 + s.unique[i]), circleOf[i]));
    }
    List<Introduction> intros = introductions(cand, strength, params.top());
    List<ReachOut> reachOut = reachOut(cand, ties, params.top());
    String egoLabel = text(g.label(ego));
    EgoNetworkDrawing drawing = drawing(s, egoLabel, byRank, circleOf, strong, ts);
    int[] counts = new int[5]; // strong, bridges, local bridges, over the cap, dormant
    for (EgoTie t : ties) {
      counts[0] += t.strong() ? 1 : 0;
      counts[1] += t.bridge() ? 1 : 0;
      counts[2] += t.localBridge() ? 1 : 0;
      counts[3] += t.span() == EgoTie.OVER_CAP ? 1 : 0;
      counts[4] += t.dormant() ? 1 : 0;
    }
    EgoSummary summary = new EgoSummary(egoLabel, n, g.edgeCount(), k, g.strength(ego),
        s.clustering, 1.0 - s.clustering, s.effectiveSize,
        k == 0 ? Double.NaN : s.effectiveSize / k, s.constraint, s.hierarchy, counts[0],
        k - counts[0], counts[1], counts[2], counts[3], counts[4], s.nf, asOf, timed, ts.exact(),
        ts.population());
    CareerReportResult.Settings settings = new CareerReportResult.Settings(params.top(),
        params.dormantDays(), params.halfLifeDays(), params.maxSpan(), curve.describe(),
        curve.peak(), byAttribute ? attr : null, params.weighted(), ts.threshold(),
        ts.components());
    return new CareerReportResult(summary, settings, ties, bridges(ties), dormant(ties), intros,
        cand.clusters, circles, reachOut, drawing);
  }

  // ---------------------------------------------------------------- sections

  /**
   * Groups the contacts into circles (community values, or components of the ties among them) and
   * returns the community values of ego and its contacts (empty without an attribute).
   */
  private static Set<String> circles(EgoScan s, NodeAttributes attrs, String attr, int[] circleOf,
      List<Group> out) {
    Set<String> reached = new HashSet<>();
    if (attr != null) {
      String[] values = new String[s.k];
      for (int i = 0; i < s.k; i++) {
        values[i] = attrValue(attrs, s.alter[i], attr);
        if (values[i] != null) {
          reached.add(values[i]);
        }
      }
      String egoValue = attrValue(attrs, s.ego, attr);
      if (egoValue != null) {
        reached.add(egoValue);
      }
      groupByValue(values, s.k, circleOf, out, "(no " + attr + ")", true, null);
    } else {
      int[] root = new int[s.k];
      for (int i = 0; i < s.k; i++) {
        root[i] = s.circleSets.find(i);
      }
      groupByRoot(root, s.k, i -> s.altLabel[i], circleOf, out, "circle", true);
    }
    return reached;
  }

  /** The friends of friends as candidates: usefulness, clusters, labels (computed once). */
  private static final class Candidates {
    final EgoScan s;
    final EgoScan.FriendsOfFriends f;
    final String attr;
    final double[] use;
    final int[] clusterOf;
    final List<Group> clusters = new ArrayList<>();
    private final String[] label;

    Candidates(EgoScan s, EgoScan.FriendsOfFriends f, UsefulnessCurve curve, NodeAttributes attrs,
        String attr, Set<String> reachedValues) {
      this.s = s;
      this.f = f;
      this.attr = attr;
      int nf = s.nf;
      use = new double[nf];
      for (int c = 0; c < nf; c++) {
        use[c] = curve.value(s.fofCount[c]);
      }
      label = new String[nf];
      clusterOf = new int[nf];
      if (attr != null) {
        String[] values = new String[nf];
        for (int c = 0; c < nf; c++) {
          values[c] = attrValue(attrs, s.fofNode[c], attr);
        }
        groupByValue(values, nf, clusterOf, clusters, "(no " + attr + ")", false, reachedValues);
      } else {
        int[] root = new int[nf];
        for (int c = 0; c < nf; c++) {
          root[c] = f.clusterSets.find(c);
        }
        groupByRoot(root, nf, this::label, clusterOf, clusters, "cluster", false);
      }
    }

    String label(int c) {
      String x = label[c];
      if (x == null) {
        x = text(s.g.label(s.fofNode[c]));
        label[c] = x;
      }
      return x;
    }

    int byLabel(int a, int b) {
      int c = label(a).compareTo(label(b));
      return c != 0 ? c : Integer.compare(s.fofNode[a], s.fofNode[b]);
    }

    double score(int c) {
      return use[c] * (1.0 + f.opens[c]);
    }

    Group cluster(int c) {
      return clusters.get(clusterOf[c]);
    }
  }

  /** The best {@code top} friends of friends: unreached clusters, usefulness, opens, label. */
  private static List<Introduction> introductions(Candidates cand, double[] strength, int top) {
    EgoScan s = cand.s;
    int[] order = Ranking.top(s.nf, top, c -> true, (a, b) -> {
      boolean ra = cand.cluster(a).reached();
      boolean rb = cand.cluster(b).reached();
      if (ra != rb) {
        return ra ? 1 : -1;
      }
      int c = compareDesc(cand.use[a], cand.use[b]);
      if (c == 0) {
        c = Integer.compare(cand.f.opens[b], cand.f.opens[a]);
      }
      return c != 0 ? c : cand.byLabel(a, b);
    });
    List<Introduction> out = new ArrayList<>(order.length);
    for (int r = 0; r < order.length; r++) {
      int c = order[r];
      int via = cand.f.introducer[c];
      out.add(new Introduction(r + 1, cand.label(c), s.fofCount[c], cand.use[c], cand.f.opens[c],
          cand.score(c), s.altLabel[via], strength[via], cand.clusterOf[c]));
    }
    return out;
  }

  /**
   * The best {@code top} of the dormant ties and the friends of friends by
   * {@code u(m) * (1 + opens)}; dormant ties first on equal scores, then label.
   */
  private static List<ReachOut> reachOut(Candidates cand, List<EgoTie> ties, int top) {
    EgoScan s = cand.s;
    int k = ties.size();
    int nf = s.nf;
    double[] score = new double[k + nf];
    for (int i = 0; i < k; i++) {
      EgoTie t = ties.get(i);
      score[i] = t.dormant() ? t.reconnectScore() : Double.NaN;
    }
    for (int c = 0; c < nf; c++) {
      score[k + c] = cand.score(c);
    }
    int[] order = Ranking.top(k + nf, top, id -> score[id] > 0, (a, b) -> {
      int c = compareDesc(score[a], score[b]);
      if (c != 0) {
        return c;
      }
      boolean da = a < k;
      boolean db = b < k;
      if (da != db) {
        return da ? -1 : 1;
      }
      if (da) {
        c = ties.get(a).label().compareTo(ties.get(b).label());
        return c != 0 ? c : Integer.compare(a, b);
      }
      return cand.byLabel(a - k, b - k);
    });
    List<ReachOut> out = new ArrayList<>(order.length);
    for (int r = 0; r < order.length; r++) {
      int id = order[r];
      if (id < k) {
        EgoTie t = ties.get(id);
        out.add(new ReachOut(r + 1, t.label(), ReachOut.Kind.DORMANT_TIE, score[id], t.mutual(),
            t.usefulness(), t.uniqueReach(), t.ageDays(), null,
            dormantReason(t.ageDays(), t.mutual(), t.uniqueReach())));
      } else {
        int c = id - k;
        String via = s.altLabel[cand.f.introducer[c]];
        out.add(new ReachOut(r + 1, cand.label(c), ReachOut.Kind.INTRODUCTION, score[id],
            s.fofCount[c], cand.use[c], cand.f.opens[c], Double.NaN, via,
            introductionReason(via, s.fofCount[c], cand.f.opens[c], cand.cluster(c),
                cand.attr != null, cand.attr)));
      }
    }
    return out;
  }

  /** Local bridges: global bridges first, then longest span, most unique reach, rank. */
  private static List<EgoTie> bridges(List<EgoTie> ties) {
    List<EgoTie> out = new ArrayList<>();
    for (EgoTie t : ties) {
      if (t.localBridge()) {
        out.add(t);
      }
    }
    out.sort((a, b) -> {
      int c = Integer.compare(spanOrder(b.span()), spanOrder(a.span()));
      if (c == 0) {
        c = Integer.compare(b.uniqueReach(), a.uniqueReach());
      }
      return c != 0 ? c : Integer.compare(a.rank(), b.rank());
    });
    return out;
  }

  /** Dormant ties: highest reconnect score first, then label. */
  private static List<EgoTie> dormant(List<EgoTie> ties) {
    List<EgoTie> out = new ArrayList<>();
    for (EgoTie t : ties) {
      if (t.dormant()) {
        out.add(t);
      }
    }
    out.sort((a, b) -> {
      int c = compareDesc(a.reconnectScore(), b.reconnectScore());
      if (c == 0) {
        c = a.label().compareTo(b.label());
      }
      return c != 0 ? c : Integer.compare(a.rank(), b.rank());
    });
    return out;
  }

  // ---------------------------------------------------------------- helpers

  /** The as-of time: the given one, or the latest last contact (NO_TIME without times). */
  static long resolveAsOf(SocialGraph g, long asOf) {
    if (asOf != SocialGraph.NO_TIME || !g.hasLastContact()) {
      return asOf;
    }
    long t = SocialGraph.NO_TIME;
    for (int e = 0, m = g.edgeCount(); e < m; e++) {
      t = Math.max(t, g.lastContact(e));
    }
    return t;
  }

  static String text(Object label) {
    return String.valueOf(label);
  }

  private static String attrValue(NodeAttributes attrs, int node, String key) {
    String v = attrs.get(node, key);
    return v == null || v.isEmpty() ? null : v;
  }

  private static String fofLabel(SocialGraph g, int[] fofNode, String[] cache, int c) {
    String s = cache[c];
    if (s == null) {
      s = text(g.label(fofNode[c]));
      cache[c] = s;
    }
    return s;
  }

  /** Descending order of doubles with NaN last. */
  static int compareDesc(double a, double b) {
    boolean na = Double.isNaN(a);
    boolean nb = Double.isNaN(b);
    if (na || nb) {
      return na == nb ? 0 : na ? 1 : -1;
    }
    return Double.compare(b, a);
  }

  /** Sort key of spans: infinite, then over the cap, then longer finite spans, then none. */
  private static int spanOrder(int span) {
    if (span == EgoTie.INFINITE_SPAN) {
      return Integer.MAX_VALUE;
    }
    if (span == EgoTie.OVER_CAP) {
      return Integer.MAX_VALUE - 1;
    }
    return span;
  }

  /** Labels of members, for naming and ordering groups. */
  @FunctionalInterface
  private interface LabelOf {
    String label(int member);
  }

  /**
   * Groups members by union-find root: groups ordered by size (largest first), then by their smallest
   * member label; named {@code prefix N}.
   */
  private static void groupByRoot(int[] root, int count, LabelOf label, int[] groupOf,
      List<Group> out, String prefix, boolean reached) {
    int[] groupOfRoot = new int[count];
    Arrays.fill(groupOfRoot, -1);
    int[] size = new int[count];
    int[] first = new int[count]; // the member with the smallest label
    int groups = 0;
    for (int i = 0; i < count; i++) {
      int g = groupOfRoot[root[i]];
      if (g < 0) {
        g = groups++;
        groupOfRoot[root[i]] = g;
        first[g] = i;
      } else if (label.label(i).compareTo(label.label(first[g])) < 0) {
        first[g] = i;
      }
      size[g]++;
      groupOf[i] = g;
    }
    int[] order = new int[groups];
    for (int i = 0; i < groups; i++) {
      order[i] = i;
    }
    Ranking.sort(order, (a, b) -> {
      int c = Integer.compare(size[b], size[a]);
      return c != 0 ? c : label.label(first[a]).compareTo(label.label(first[b]));
    });
    int[] newIndex = new int[groups];
    for (int r = 0; r < groups; r++) {
      newIndex[order[r]] = r;
      out.add(new Group(r, prefix + " " + (r + 1), size[order[r]], reached));
    }
    for (int i = 0; i < count; i++) {
      groupOf[i] = newIndex[groupOf[i]];
    }
  }

  /**
   * Groups members by attribute value (null = {@code missing}): ordered by size (largest first), then
   * by value. A group is reached when {@code reachedAll}, or when its value is in {@code reachedSet}.
   */
  private static void groupByValue(String[] values, int count, int[] groupOf,
      List<Group> out, String missing, boolean reachedAll, Set<String> reachedSet) {
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    List<int[]> sizes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String v = values[i] == null ? missing : values[i];
      Integer g = index.get(v);
      if (g == null) {
        g = names.size();
        index.put(v, g);
        names.add(v);
        sizes.add(new int[1]);
      }
      sizes.get(g)[0]++;
      groupOf[i] = g;
    }
    Integer[] order = new Integer[names.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Integer.compare(sizes.get(b)[0], sizes.get(a)[0]);
      return c != 0 ? c : names.get(a).compareTo(names.get(b));
    });
    int[] newIndex = new int[order.length];
    for (int r = 0; r < order.length; r++) {
      String name = names.get(order[r]);
      boolean reached = reachedAll || (!name.equals(missing) && reachedSet.contains(name));
      newIndex[order[r]] = r;
      out.add(new Group(r, name, sizes.get(order[r])[0], reached));
    }
    for (int i = 0; i < count; i++) {
      groupOf[i] = newIndex[groupOf[i]];
    }
  }

  private static EgoNetworkDrawing drawing(EgoScan s, String egoLabel, int[] byRank,
      int[] circleOf, boolean[] strong, TieStrengths ts) {
    SocialGraph g = s.g;
    int[] alter = s.alter;
    String[] altLabel = s.altLabel;
    int[] mutual = s.mutual;
    int[] role = s.role;
    int[] pos = s.pos;
    int k = alter.length;
    int drawn = Math.min(k, EgoNetworkDrawing.MAX_ALTERS);
    int[] chosen = Arrays.copyOf(byRank, drawn);
    int[] rankOf = new int[k];
    for (int r = 0; r < k; r++) {
      rankOf[byRank[r]] = r;
    }
    Ranking.sort(chosen, (a, b) -> {
      int c = Integer.compare(circleOf[a], circleOf[b]);
      return c != 0 ? c : Integer.compare(rankOf[a], rankOf[b]);
    });
    chosen = ringOrder(g, chosen, alter, circleOf, rankOf, role, pos);
    int[] slot = new int[k];
    Arrays.fill(slot, -1);
    String[] labels = new String[drawn + 1];
    labels[0] = egoLabel;
    for (int d = 0; d < drawn; d++) {
      slot[chosen[d]] = d + 1;
      labels[d + 1] = altLabel[chosen[d]];
    }
    int[] src = new int[drawn];
    int[] dst = new int[drawn];
    boolean[] str = new boolean[drawn];
    boolean[] br = new boolean[drawn];
    long[] bits = null;
    int t = 0;
    for (int d = 0; d < drawn; d++) {
      int i = chosen[d];
      src[t] = 0;
      dst[t] = d + 1;
      str[t] = strong[i];
      br[t] = mutual[i] == 0;
      t++;
    }
    for (int d = 0; d < drawn; d++) {
      int i = chosen[d];
      int v = alter[i];
      for (int a = g.arcStart(v), end = g.arcEnd(v); a < end; a++) {
        int x = g.arcTarget(a);
        if (role[x] != EgoScan.ALTER) {
          continue;
        }
        int j = pos[x];
        int sj = slot[j];
        if (sj < 0 || sj <= d + 1) {
          continue;
        }
        if (t == src.length) {
          int cap = Math.max(16, 2 * t);
          src = Arrays.copyOf(src, cap);
          dst = Arrays.copyOf(dst, cap);
          str = Arrays.copyOf(str, cap);
          br = Arrays.copyOf(br, cap);
        }
        int e = g.arcEdge(a);
        if (ts.needsCommon() && bits == null) {
          bits = new long[(g.nodeCount() + 63) >>> 6];
        }
        int common = ts.needsCommon() ? TieStrengths.commonNeighbors(g, v, x, bits) : 0;
        double strength = ts.strength(e, v, x, common);
        src[t] = d + 1;
        dst[t] = sj;
        str[t] = ts.isStrong(e, strength);
        br[t] = false;
        t++;
      }
    }
    // alter-alter ties sorted by their endpoints' positions
    int base = drawn;
    int extra = t - base;
    int[] order = new int[extra];
    for (int i = 0; i < extra; i++) {
      order[i] = base + i;
    }
    final int[] fs = src;
    final int[] fd = dst;
    Ranking.sort(order, (a, b) -> {
      int c = Integer.compare(fs[a], fs[b]);
      return c != 0 ? c : Integer.compare(fd[a], fd[b]);
    });
    int[] s2 = Arrays.copyOf(src, t);
    int[] d2 = Arrays.copyOf(dst, t);
    boolean[] st2 = Arrays.copyOf(str, t);
    boolean[] b2 = Arrays.copyOf(br, t);
    for (int i = 0; i < extra; i++) {
      s2[base + i] = src[order[i]];
      d2[base + i] = dst[order[i]];
      st2[base + i] = str[order[i]];
      b2[base + i] = br[order[i]];
    }
    String title = "Ego network of " + egoLabel + " (" + k + (k == 1 ? " contact" : " contacts")
        + (k > drawn ? ", the " + drawn + " strongest drawn" : "") + ")";
    return new EgoNetworkDrawing(title, labels, 0, s2, d2, st2, b2, k - drawn);
  }

  /**
   * The drawn contacts in ring order: circle by circle (as given), and inside a circle by a
   * breadth-first search over the ties among drawn contacts, started from the best-ranked one and
   * visiting neighbours in rank order, so that tied contacts sit close together.
   */
  private static int[] ringOrder(SocialGraph g, int[] byCircle, int[] alter, int[] circleOf,
      int[] rankOf, int[] role, int[] pos) {
    int drawn = byCircle.length;
    int k = alter.length;
    boolean[] inDraw = new boolean[k];
    for (int i : byCircle) {
      inDraw[i] = true;
    }
    boolean[] placed = new boolean[k];
    int[] out = new int[drawn];
    int head = 0;
    int tail = 0;
    int[] nbr = new int[16];
    for (int seed : byCircle) {
      if (placed[seed]) {
        continue;
      }
      placed[seed] = true;
      out[tail++] = seed;
      while (head < tail) {
        int i = out[head++];
        int v = alter[i];
        int c = 0;
        for (int a = g.arcStart(v), end = g.arcEnd(v); a < end; a++) {
          int x = g.arcTarget(a);
          if (role[x] == EgoScan.ALTER) {
            int j = pos[x];
            if (inDraw[j] && !placed[j] && circleOf[j] == circleOf[i]) {
              if (c == nbr.length) {
                nbr = IntArrays.grow(nbr, c + 1);
              }
              nbr[c++] = j;
            }
          }
        }
        int[] next = Arrays.copyOf(nbr, c);
        Ranking.sort(next, (p, q) -> Integer.compare(rankOf[p], rankOf[q]));
        for (int j : next) {
          placed[j] = true;
          out[tail++] = j;
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- reasons

  static String dormantReason(double ageDays, int mutual, int opens) {
    StringBuilder b = new StringBuilder("dormant ").append(duration(ageDays)).append(", ")
        .append(contacts(mutual));
    if (opens > 0) {
      b.append(", opens ").append(people(opens)).append(" you cannot reach otherwise");
    }
    return b.toString();
  }

  static String introductionReason(String introducer, int mutual, int opens, Group cluster,
      boolean byAttribute, String attr) {
    StringBuilder b = new StringBuilder("ask ").append(introducer).append(" for an introduction (")
        .append(mutual == 1 ? "your only mutual contact" : "strongest of your " + mutual
            + " mutual contacts").append(')');
    if (opens > 0) {
      b.append(", opens ").append(people(opens)).append(" you cannot reach otherwise");
    }
    if (byAttribute && !cluster.reached()) {
      b.append(", in ").append(attr).append(' ').append(cluster.name())
          .append(" where you have no contacts");
    }
    return b.toString();
  }

  private static String contacts(int m) {
    return m == 0 ? "no mutual contacts" : m == 1 ? "1 mutual contact" : m + " mutual contacts";
  }

  private static String people(int c) {
    return c == 1 ? "1 person" : c + " people";
  }

  /** A duration in days as readable text: days below 60, months below a year, else years. */
  static String duration(double days) {
    if (Double.isNaN(days)) {
      return "for an unknown time";
    }
    if (days < 60) {
      long d = Math.round(days);
      return d == 1 ? "1 day" : d + " days";
    }
    if (days < 365) {
      long mo = Math.round(days / 30.4375);
      return mo + " months";
    }
    double y = Math.round(days / 365.25 * 10) / 10.0;
    if (y == Math.rint(y)) {
      long yi = (long) y;
      return yi == 1 ? "1 year" : yi + " years";
    }
    return String.format(Locale.ROOT, "%.1f years", y);
  }

  /** Union-find over {@code 0..n-1} with path halving and union by size; no recursion. */
  static final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }
  }
}
