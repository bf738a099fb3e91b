package org.weakties.generate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.Parallelism;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.BuildOptions;
import org.weakties.graph.DuplicatePolicy;
import org.weakties.graph.NodeAttributes;
import org.weakties.graph.SocialGraph;

/**
 * A synthetic social network with the structure that the strength-of-weak-ties literature
 * describes: heavy-tailed degrees, dense communities held together by triadic closure, weaker ties
 * between them, and tie weights that grow with the overlap of the two friendship circles
 * (Granovetter's overlap hypothesis, measured by Onnela et al.). The library's benchmarks all run
 * on this graph with the defaults of {@link SocialNetworkParams}.
 *
 * <p><b>Model.</b> It combines the community and degree structure of the LFR benchmark with the
 * random-plus-closure tie formation of the Toivonen model, and draws weights in a second pass over
 * the finished communities:
 * <ol>
 *   <li><i>Communities.</i> Sizes are drawn from the density {@code s^-tau} on
 *       {@code [minCommunitySize, maxCommunitySize]} until the n nodes are used up; the last draw
 *       is shortened (or the one before it) so every size stays in range.
 *   <li><i>Degrees.</i> Each node draws a target degree {@code k = floor(x)}, x from the density
 *       {@code x^-gamma} on {@code [x0, maxDegree+1)}, where x0 is solved so that the mean of k is
 *       {@code meanDegree}. Of these, {@code k_in = round((1-mu) k)} ties, but at most
 *       {@code (s-1)/2}, are meant for the node's community of size s, the other {@code k_ext} for
 *       other communities. The cap makes hubs bridge communities (they keep their total degree) and
 *       keeps every internal target reachable; it applies even when mu = 0. With a single community
 *       all ties are internal.
 *   <li><i>Ties between communities.</i> All external stubs are shuffled and paired (a
 *       configuration model); a pair inside one community is dropped, a repeated pair merged.
 *   <li><i>Ties inside a community.</i> A node makes {@code b = floor(q k_in / 2)} closure ties and
 *       offers {@code k_in - 2b} stubs to a random pairing, which is done first. Then the closure
 *       events, in random order, each tie the node to a uniform neighbour of a uniform neighbour
 *       (closing a triangle), falling back to a uniform node with room when no new friend of a
 *       friend is found in a few attempts. Last, nodes still below their target, largest targets
 *       first, are tied to random nodes with room. A node has room up to {@code 1.25 k_in} internal
 *       ties (at most s-1), and a community never gets more than {@code sum(k_in)/2} ties, so
 *       degrees follow their targets closely; repeated pairs and self-pairs are never made.
 *   <li><i>Weights.</i> For a tie (i, j) inside a community with {@code n_ij} common neighbours in
 *       the community and final degrees {@code k_i, k_j}, the overlap estimate is
 *       {@code O = n_ij / ((k_i-1) + (k_j-1) - n_ij)} (0 when the denominator is 0); ties between
 *       communities use {@code O = 0}. The weight is {@code w = (1 + beta O) X} with X Pareto,
 *       {@code P(X > x) = x^-alpha} for x at least 1: heavy-tailed, with a scale that rises with
 *       the overlap. Common neighbours outside the community are ignored, so O slightly
 *       underestimates the true overlap.
 *   <li><i>Interactions and last contact.</i> {@code interactions = max(1, round(lambda w L))} with
 *       L lognormal of mean 1 (sigma 0.5). The days since the last contact are exponential with
 *       mean {@code D / w}, so weak ties are more often dormant (over 365 days);
 *       {@code last_contact = referenceTime - days * 86400}, rounded down to a second. The clock is
 *       never read.
 *   <li><i>Node attributes.</i> {@code community} (index as text), {@code industry} (the
 *       community's main industry, drawn by share, with probability {@code industryHomophily},
 *       otherwise one drawn by share) and {@code digital} ({@code "true"}/{@code "false"}, with the
 *       industry's probability).
 *   <li><i>Ids.</i> Node ids are shuffled by a random permutation unless {@code permuteIds} is
 *       false.
 * </ol>
 *
 * <p><b>Shape with the defaults</b> at n = 100,000 (seed 42): mean degree 19.85, average
 * clustering 0.27, degree tail exponent 2.63, Spearman(weight, overlap) 0.66, communities of 50 to
 * 496 nodes holding 70% of the ties; see {@link SocialNetworkParams} for details. The test suite
 * checks at 20,000 nodes that the mean degree is in [16, 24], the average clustering in [0.2, 0.4],
 * community sizes in [50, 500], the degree tail exponent in [2, 3.5] and Spearman(weight, overlap)
 * at least 0.3.
 *
 * <p><b>Papers:</b> A. Lancichinetti, S. Fortunato and F. Radicchi, "Benchmark graphs for testing
 * community detection algorithms", Physical Review E 78:046110 (2008); R. Toivonen, J.-P. Onnela,
 * J. Saramaki, J. Hyvonen and K. Kaski, "A model for social networks", Physica A 371:851-860
 * (2006); M. Granovetter, "The strength of weak ties", American Journal of Sociology
 * 78(6):1360-1380 (1973); J.-P. Onnela et al., "Structure and tie strengths in mobile communication
 * networks", PNAS 104(18):7332-7336 (2007).
 *
 * <p><b>Cost:</b> O(n + m) expected time: each closure event is O(1), common neighbours inside a
 * community are counted on bit-matrix rows ({@code s/64} words per tie), and the final CSR build
 * is two counting sorts. Measured on a shared 2-core machine: about 1 s for 100,000 nodes (1M
 * edges) and 6 to 12 s for 1,000,000 nodes (10M edges), of which the CSR build is about half;
 * 10,000,000 nodes (100M edges) took 85 to 140 s with less than one core available (half of it in
 * the CSR build) and a peak resident size of 9.0 GB ({@code -Xmx20g}). Memory: 12 bytes per node
 * for targets and communities, then 32 bytes per edge slot (two int endpoints, weight, interaction
 * count, last contact; slots exceed edges by under one percent), then the CSR build beside them
 * (about 48 bytes per edge at its peak, 40 of which stay in the graph): about 80 bytes per edge at
 * the peak, for example 8 GB for 100M edges. Scratch per worker: an s-by-s bit matrix and a few int
 * arrays of the largest community.
 *
 * <p><b>Degenerate cases:</b> n = 0 gives the empty graph, n = 1 one node. With n below
 * {@code minCommunitySize} there is a single community and no tie leaves it. When n is too small
 * for the requested mean degree, targets are capped at n - 1 and the realised mean is lower.
 *
 * <p><b>Determinism and threads:</b> all randomness flows from the seed through streams derived per
 * purpose and per community or block of ties; communities are generated in parallel and written to
 * fixed slots, so the graph is identical, bit for bit, for every thread count.
 */
public final class SocialNetworkGenerator {

  /** Seconds per day. */
  private static final long DAY = 86_400L;
  /** Lognormal noise of interaction counts: sigma. */
  private static final double INTERACTION_SIGMA = 0.5;
  /** Upper bound on the days since a last contact (100 years), a guard against extreme draws. */
  private static final double MAX_DAYS = 36_500;
  /**
   * Extra room above its internal target that a node may take in, as a fraction of the target, so
   * that hubs can still find partners once most targets are met.
   */
  private static final double SLACK = 0.25;
  /** Attempts of a closure event to find a new friend of a friend, then a node with room. */
  private static final int ATTEMPTS = 4;

  private static final int S_SIZES = 1;
  private static final int S_TARGETS = 2;
  private static final int S_EXTERNAL = 3;
  private static final int S_COMMUNITY = 4;
  private static final int S_BETWEEN = 5;
  private static final int S_PERMUTATION = 6;

  private SocialNetworkGenerator() {}

  /** The benchmark social network: default parameters with {@code n} nodes and the given seed. */
  public static SocialGraph generate(int n, long seed) {
    return generate(SocialNetworkParams.defaults().withNodes(n).withSeed(seed));
  }

  /** The social network with the given parameters. */
  public static SocialGraph generate(SocialNetworkParams params) {
    return generate(params, ProgressListener.NONE, CancellationToken.NONE);
  }

  /**
   * The social network with the given parameters, reporting progress in four steps named
   * {@code "ties between communities"}, {@code "ties inside communities"} (one unit per community),
   * {@code "tie attributes between communities"} (one unit per tie slot) and {@code "build graph"}
   * (total unknown), and polling {@code token} between blocks of work.
   *
   * @throws org.weakties.exec.CancelledException when the token is cancelled
   * @throws IllegalArgumentException when the ties would not fit Java arrays (the parameters
   *     already reject an expected edge count above 2^30)
   */
  public static SocialGraph generate(SocialNetworkParams params, ProgressListener progress,
      CancellationToken token) {
    return new Run(params, progress, token).build();
  }

  /** The state of one generation; every array is indexed by internal (unpermuted) node id. */
  private static final class Run {
    final SocialNetworkParams p;
    final ProgressListener progress;
    final CancellationToken token;
    final int n;
    final long seed;
    int communities;
    int[] start; // community c holds internal ids start[c] .. start[c+1]-1
    int[] community; // community of each node
    int[] kin;
    int[] kext; // target, then realised, external degree
    long[] slot; // first edge slot of community c; slot[communities] = first slot between them
    int[] perm; // internal id -> final id
    int[] src;
    int[] dst;
    double[] weight;
    double[] interactions;
    long[] lastContact;
    byte[] industryCode; // index into industryNames, by internal id
    boolean[] digitalFlag;
    final String[] industryNames;
    final double[] industryCdf;
    final double[] digitalProbability;

    Run(SocialNetworkParams p, ProgressListener progress, CancellationToken token) {
      this.p = p;
      this.progress = progress;
      this.token = token;
      this.n = p.nodes();
      this.seed = p.seed();
      List<IndustryProfile> inds = p.industries();
      industryNames = new String[inds.size()];
      industryCdf = new double[inds.size()];
      digitalProbability = new double[inds.size()];
      double total = 0;
      for (IndustryProfile ip : inds) {
        total += ip.share();
      }
      double acc = 0;
      for (int i = 0; i < inds.size(); i++) {
        industryNames[i] = inds.get(i).name();
        digitalProbability[i] = inds.get(i).digitalProbability();
        acc += inds.get(i).share() / total;
        industryCdf[i] = acc;
      }
      industryCdf[inds.size() - 1] = 1.0;
    }

    SocialGraph build() {
      token.throwIfCancelled("social network generation");
      communitySizes();
      targets();
      permutation();
      industryCode = new byte[n];
      digitalFlag = new boolean[n];
      allocateSlots();
      between();
      within();
      betweenAttributes();
      token.throwIfCancelled("social network generation");
      int m = compact();
      progress.start("build graph", -1);
      SocialGraph g = SocialGraph.fromEdgeArrays(n, src, dst, weight, BuildOptions.defaults()
          .withInteractions(interactions).withLastContact(lastContact)
          .withDuplicates(DuplicatePolicy.MAX));
      src = null;
      dst = null;
      weight = null;
      interactions = null;
      lastContact = null;
      progress.finish();
      assert g.edgeCount() <= m;
      return g.withNodeAttributes(attributes());
    }

    /**
     * The node attribute columns in final id order. Filled by final id (reading the codes through
     * the inverse permutation) so that the reference stores are sequential; shared String
     * instances.
     */
    NodeAttributes attributes() {
      int[] inv = new int[n];
      for (int u = 0; u < n; u++) {
        inv[perm[u]] = u;
      }
      String[] labels = new String[communities];
      for (int c = 0; c < communities; c++) {
        labels[c] = Integer.toString(c);
      }
      String[] comm = new String[n];
      String[] ind = new String[n];
      String[] dig = new String[n];
      for (int f = 0; f < n; f++) {
        int u = inv[f];
        comm[f] = labels[community[u]];
        ind[f] = industryNames[industryCode[u]];
        dig[f] = digitalFlag[u] ? "true" : "false";
      }
      Map<String, String[]> cols = new LinkedHashMap<>();
      cols.put("community", comm);
      cols.put("industry", ind);
      cols.put("digital", dig);
      return NodeAttributes.of(n, cols);
    }

    /** Step 1: community sizes, consecutive internal ids per community. */
    void communitySizes() {
      int lo = p.minCommunitySize();
      int hi = p.maxCommunitySize();
      SplittableRandom rnd = RandomStreams.stream(seed, S_SIZES, 0);
      int[] sizes = new int[16];
      int c = 0;
      int remaining = n;
      if (n > 0 && n < lo) {
        sizes[c++] = n;
        remaining = 0;
      }
      while (remaining > 0) {
        int s = (int) PowerLaw.sample(rnd, lo, hi + 1.0, p.communitySizeExponent());
        if (remaining - s < lo) {
          s = remaining <= hi ? remaining : remaining - lo;
        }
        if (c == sizes.length) {
          sizes = Arrays.copyOf(sizes, c * 2);
        }
        sizes[c++] = s;
        remaining -= s;
      }
      communities = c;
      start = new int[c + 1];
      for (int i = 0; i < c; i++) {
        start[i + 1] = start[i] + sizes[i];
      }
      community = new int[n];
      for (int i = 0; i < c; i++) {
        Arrays.fill(community, start[i], start[i + 1], i);
      }
    }

    /** Step 2: target degrees, split into internal and external parts; in parallel by community. */
    void targets() {
      kin = new int[n];
      kext = new int[n];
      int kmax = Math.max(1, Math.min(p.maxDegree(), n - 1));
      double x0 = PowerLaw.lowerCutoffForMean(p.meanDegree(), kmax, p.degreeExponent());
      double mu = p.mixing();
      boolean single = communities == 1;
      Parallelism.forEachBlock(communities, p.threads(), token, "social network degrees",
          (blk, from, to) -> {
            for (int c = from; c < to; c++) {
              SplittableRandom rnd = RandomStreams.stream(seed, S_TARGETS, c);
              int size = start[c + 1] - start[c];
              for (int u = start[c]; u < start[c + 1]; u++) {
                int k = Math.min(kmax,
                    (int) PowerLaw.sample(rnd, x0, kmax + 1.0, p.degreeExponent()));
                int in = single ? Math.min(k, size - 1)
                    : Math.min((int) Math.round((1 - mu) * k), (size - 1) / 2);
                kin[u] = in;
                kext[u] = k - in;
              }
            }
          });
    }

    /** The id permutation (identity when ids are not permuted). */
    void permutation() {
      perm = new int[n];
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      if (p.permuteIds()) {
        RandomStreams.shuffle(perm, 0, n, RandomStreams.stream(seed, S_PERMUTATION, 0));
      }
    }

    /** Closure events of a node with internal target {@code in}. */
    int closures(int in) {
      return (int) Math.floor(p.closure() * in / 2);
    }

    /**
     * Edge slots: community c gets one slot per random pair and per closure event, an upper bound
     * on its ties; then one slot per pair of external stubs. Unused slots hold source -1.
     */
    void allocateSlots() {
      slot = new long[communities + 1];
      for (int c = 0; c < communities; c++) {
        long stubs = 0;
        long events = 0;
        for (int u = start[c]; u < start[c + 1]; u++) {
          int b = closures(kin[u]);
          events += b;
          stubs += kin[u] - 2L * b;
        }
        slot[c + 1] = slot[c] + stubs / 2 + events;
      }
      long ext = 0;
      for (int u = 0; u < n; u++) {
        ext += kext[u];
      }
      long total = slot[communities] + ext / 2;
      if (total > Integer.MAX_VALUE - 8 || ext > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("the graph would need " + total + " edge slots and "
            + ext + " stubs between communities; at most " + (Integer.MAX_VALUE - 8)
            + " fit a Java array: lower nodes or meanDegree");
      }
      int t = (int) total;
      src = new int[t];
      dst = new int[t];
      weight = new double[t];
      interactions = new double[t];
      lastContact = new long[t];
    }

    /** Step 3: the configuration model over external stubs; realised external degrees. */
    void between() {
      int first = (int) slot[communities];
      int pairs = src.length - first;
      progress.start("ties between communities", pairs);
      int total = 0;
      for (int u = 0; u < n; u++) {
        total += kext[u];
      }
      int[] a = new int[total];
      int k = 0;
      for (int u = 0; u < n; u++) {
        for (int j = 0; j < kext[u]; j++) {
          a[k++] = u;
        }
      }
      SplittableRandom rnd = RandomStreams.stream(seed, S_EXTERNAL, 0);
      RandomStreams.shuffle(a, 0, total, rnd);
      int stubs = 2 * pairs; // an odd stub left over is dropped
      Arrays.fill(kext, 0);
      for (int i = 0; i < stubs; i += 2) {
        int u = a[i];
        int v = a[i + 1];
        int e = first + i / 2;
        if (community[u] == community[v]) {
          src[e] = -1;
        } else {
          src[e] = u;
          dst[e] = v;
          kext[u]++;
          kext[v]++;
        }
      }
      progress.advance(pairs);
      progress.finish();
    }

    /** Step 4: ties, weights and attributes inside communities; in parallel by community. */
    void within() {
      progress.start("ties inside communities", communities);
      Parallelism.forEachBlock(communities, p.threads(), token, "social network communities",
          (blk, from, to) -> {
            Local g = new Local();
            for (int c = from; c < to; c++) {
              community(c, g);
              progress.advance(1);
            }
          });
      progress.finish();
    }

    /**
     * The ties of one community under construction, in local ids {@code 0..s-1}: a bit matrix for
     * O(1) adjacency tests and common-neighbour counts, neighbour lists for closure walks, and the
     * list of "open" nodes still below their capacity. One instance per block of communities; its
     * arrays grow to the largest community of the block and are reused.
     */
    static final class Local {
      int s;
      int words;
      long[] bits = new long[0];
      int[] target = new int[0];
      // neighbours of i: nbr[offs[i] .. offs[i] + cnt[i]); capacity of i: offs[i+1] - offs[i]
      int[] offs = new int[1];
      int[] cnt = new int[0];
      int[] open = new int[0];
      int[] openPos = new int[0];
      int nOpen;
      int[] nbr = new int[0];
      int[] stubs = new int[0];
      int[] events = new int[0];
      int[] order = new int[0];
      int[] count = new int[0];

      /** Starts community of {@code size} nodes with the given internal targets. */
      void reset(int size, int[] kin, int base) {
        s = size;
        words = (size + 63) >>> 6;
        if (bits.length < size * words) {
          bits = new long[size * words];
        }
        if (cnt.length < size) {
          target = new int[size];
          offs = new int[size + 1];
          cnt = new int[size];
          open = new int[size];
          openPos = new int[size];
          order = new int[size];
          count = new int[size + 1];
        }
        Arrays.fill(bits, 0, size * words, 0L);
        nOpen = 0;
        for (int i = 0; i < size; i++) {
          int t = kin[base + i];
          int capacity = Math.min(size - 1, t + (int) (SLACK * t));
          target[i] = t;
          cnt[i] = 0;
          offs[i + 1] = offs[i] + capacity;
          if (capacity > 0) {
            openPos[i] = nOpen;
            open[nOpen++] = i;
          } else {
            openPos[i] = -1;
          }
        }
        if (nbr.length < offs[size]) {
          nbr = new int[offs[size]];
        }
      }

      boolean adjacent(int x, int y) {
        return (bits[x * words + (y >>> 6)] & (1L << y)) != 0;
      }

      boolean hasRoom(int x) {
        return cnt[x] < offs[x + 1] - offs[x];
      }

      /** Whether x and y may be tied: distinct, not tied yet, both below capacity. */
      boolean canLink(int x, int y) {
        return x != y && !adjacent(x, y) && hasRoom(x) && hasRoom(y);
      }

      void link(int x, int y) {
        bits[x * words + (y >>> 6)] |= 1L << y;
        bits[y * words + (x >>> 6)] |= 1L << x;
        nbr[offs[x] + cnt[x]++] = y;
        nbr[offs[y] + cnt[y]++] = x;
        if (!hasRoom(x)) {
          close(x);
        }
        if (!hasRoom(y)) {
          close(y);
        }
      }

      private void close(int x) {
        int at = openPos[x];
        int last = open[--nOpen];
        open[at] = last;
        openPos[last] = at;
        openPos[x] = -1;
      }

      /** A uniform neighbour of a uniform neighbour of {@code i}, or -1 when i has no neighbour. */
      int friendOfFriend(int i, SplittableRandom rnd) {
        if (cnt[i] == 0) {
          return -1;
        }
        int w = nbr[offs[i] + rnd.nextInt(cnt[i])];
        return nbr[offs[w] + rnd.nextInt(cnt[w])];
      }

      /** A uniform node below its capacity, or -1 when there is none. */
      int openNode(SplittableRandom rnd) {
        return nOpen == 0 ? -1 : open[rnd.nextInt(nOpen)];
      }

      int commonNeighbors(int x, int y) {
        int c = 0;
        for (int q = 0; q < words; q++) {
          c += Long.bitCount(bits[x * words + q] & bits[y * words + q]);
        }
        return c;
      }

      /**
       * Local ids sorted by target, largest first, equal targets in random order (a shuffle, then a
       * stable counting sort); the result is in {@code order}.
       */
      int[] byTargetDescending(SplittableRandom rnd) {
        int[] shuffled = events.length >= s ? events : new int[s];
        int max = 0;
        for (int i = 0; i < s; i++) {
          shuffled[i] = i;
          max = Math.max(max, target[i]);
        }
        RandomStreams.shuffle(shuffled, 0, s, rnd);
        // targets are at most s - 1, so max - target is in [0, s - 1]
        Arrays.fill(count, 0, max + 2, 0);
        for (int i = 0; i < s; i++) {
          count[max - target[i] + 1]++;
        }
        for (int v = 1; v <= max + 1; v++) {
          count[v] += count[v - 1];
        }
        for (int i = 0; i < s; i++) {
          int x = shuffled[i];
          order[count[max - target[x]]++] = x;
        }
        return order;
      }
    }

    /** Ties, weights and node attribute codes of community {@code c}; writes its own slots only. */
    void community(int c, Local g) {
      int base = start[c];
      int s = start[c + 1] - base;
      SplittableRandom rnd = RandomStreams.stream(seed, S_COMMUNITY, c);
      g.reset(s, kin, base);
      int[] target = g.target;
      int nStubs = 0;
      int nEvents = 0;
      for (int i = 0; i < s; i++) {
        int b = closures(target[i]);
        nStubs += target[i] - 2 * b;
        nEvents += b;
      }
      if (g.stubs.length < nStubs) {
        g.stubs = new int[nStubs];
      }
      if (g.events.length < Math.max(nEvents, s)) {
        g.events = new int[Math.max(nEvents, s)];
      }
      int[] stubs = g.stubs;
      int[] events = g.events;
      int ks = 0;
      int ke = 0;
      for (int i = 0; i < s; i++) {
        int b = closures(target[i]);
        for (int j = 2 * b; j < target[i]; j++) {
          stubs[ks++] = i;
        }
        for (int j = 0; j < b; j++) {
          events[ke++] = i;
        }
      }
      int e = (int) slot[c];
      int end = (int) slot[c + 1];
      // random ties: pair shuffled stubs
      RandomStreams.shuffle(stubs, 0, nStubs, rnd);
      for (int i = 0; i + 1 < nStubs; i += 2) {
        if (g.canLink(stubs[i], stubs[i + 1])) {
          e = write(g, stubs[i], stubs[i + 1], base, e);
        }
      }
      // closure ties: a friend of a friend, else a node still below capacity
      RandomStreams.shuffle(events, 0, nEvents, rnd);
      for (int ev = 0; ev < nEvents && e < end; ev++) {
        int i = events[ev];
        if (!g.hasRoom(i)) {
          continue;
        }
        int v = -1;
        for (int t = 0; t < ATTEMPTS && v < 0; t++) {
          int x = g.friendOfFriend(i, rnd);
          if (x >= 0 && g.canLink(i, x)) {
            v = x;
          }
        }
        for (int t = 0; t < ATTEMPTS && v < 0; t++) {
          int x = g.openNode(rnd);
          if (x >= 0 && g.canLink(i, x)) {
            v = x;
          }
        }
        if (v >= 0) {
          e = write(g, i, v, base, e);
        }
      }
      // repair: nodes still below target (mostly hubs, whose friends of friends are already
      // friends) are tied to nodes below capacity, largest targets first
      int[] order = g.byTargetDescending(rnd);
      for (int oi = 0; oi < s && e < end; oi++) {
        int i = order[oi];
        for (int t = ATTEMPTS * (target[i] - g.cnt[i]); t > 0 && g.cnt[i] < target[i] && e < end;
            t--) {
          int x = g.openNode(rnd);
          if (x >= 0 && g.canLink(i, x)) {
            e = write(g, i, x, base, e);
          }
        }
      }
      int last = e;
      for (; e < end; e++) {
        src[e] = -1;
      }
      // weights from the overlap inside the community and the final degrees
      for (int f = (int) slot[c]; f < last; f++) {
        int x = src[f] - base;
        int y = dst[f] - base;
        int common = g.commonNeighbors(x, y);
        int kx = g.cnt[x] + kext[base + x];
        int ky = g.cnt[y] + kext[base + y];
        int denom = (kx - 1) + (ky - 1) - common;
        tie(f, denom > 0 ? (double) common / denom : 0.0, rnd);
      }
      // node attributes, as codes by internal id (turned into text in final id order later)
      int main = pickIndustry(rnd);
      for (int i = base; i < base + s; i++) {
        int ind = rnd.nextDouble() < p.industryHomophily() ? main : pickIndustry(rnd);
        industryCode[i] = (byte) ind;
        digitalFlag[i] = rnd.nextDouble() < digitalProbability[ind];
      }
    }

    private int write(Local g, int x, int y, int base, int e) {
      g.link(x, y);
      src[e] = base + x;
      dst[e] = base + y;
      return e + 1;
    }

    int pickIndustry(SplittableRandom rnd) {
      double u = rnd.nextDouble();
      int i = 0;
      while (i < industryCdf.length - 1 && u >= industryCdf[i]) {
        i++;
      }
      return i;
    }

    /** Weight, interactions and last contact of slot {@code e} for a tie of overlap {@code o}. */
    void tie(int e, double o, SplittableRandom rnd) {
      double x = Math.pow(1 - rnd.nextDouble(), -1 / p.weightTailExponent());
      double w = (1 + p.overlapCoupling() * o) * x;
      weight[e] = w;
      double noise = Math.exp(INTERACTION_SIGMA * rnd.nextGaussian()
          - 0.5 * INTERACTION_SIGMA * INTERACTION_SIGMA);
      interactions[e] = Math.max(1, Math.rint(p.interactionsPerWeight() * w * noise));
      double days = Math.min(MAX_DAYS,
          -Math.log1p(-rnd.nextDouble()) * p.meanDaysSinceContact() / w);
      lastContact[e] = p.referenceTime() - (long) Math.floor(days * DAY);
    }

    /** Step 5: weights and times of ties between communities; in parallel by block of slots. */
    void betweenAttributes() {
      int first = (int) slot[communities];
      int count = src.length - first;
      progress.start("tie attributes between communities", count);
      Parallelism.forEachBlock(count, p.threads(), token, "social network tie attributes",
          (blk, from, to) -> {
            SplittableRandom rnd = RandomStreams.stream(seed, S_BETWEEN, blk);
            for (int e = first + from; e < first + to; e++) {
              if (src[e] >= 0) {
                tie(e, 0.0, rnd);
              }
            }
            progress.advance(to - from);
          });
      progress.finish();
    }

    /** Step 6: drops unused slots, applies the id permutation and trims the arrays; returns m. */
    int compact() {
      int k = 0;
      for (int e = 0; e < src.length; e++) {
        if (src[e] >= 0) {
          src[k] = perm[src[e]];
          dst[k] = perm[dst[e]];
          weight[k] = weight[e];
          interactions[k] = interactions[e];
          lastContact[k] = lastContact[e];
          k++;
        }
      }
      if (k < src.length) {
        src = Arrays.copyOf(src, k);
        dst = Arrays.copyOf(dst, k);
        weight = Arrays.copyOf(weight, k);
        interactions = Arrays.copyOf(interactions, k);
        lastContact = Arrays.copyOf(lastContact, k);
      }
      return k;
    }
  }
}
