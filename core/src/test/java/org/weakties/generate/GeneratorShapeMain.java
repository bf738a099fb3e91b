package org.weakties.generate;

import java.util.Map;
import org.weakties.graph.SocialGraph;

/**
 * Prints the shape and generation time of the benchmark social network; run by hand, not a test:
 * {@code java -cp core/target/classes:core/target/test-classes org.weakties.generate.GeneratorShapeMain
 * 100000 [seed] [threads] [stats]}.
 */
public final class GeneratorShapeMain {
  private GeneratorShapeMain() {}

  /** Arguments: nodes, seed (42), threads (0), whether to compute statistics (true). */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    boolean stats = args.length <= 3 || Boolean.parseBoolean(args[3]);
    SocialNetworkParams p = SocialNetworkParams.defaults().withNodes(n).withSeed(seed)
        .withThreads(threads);
    long t0 = System.nanoTime();
    SocialGraph g = SocialNetworkGenerator.generate(p);
    long t1 = System.nanoTime();
    System.out.printf("n=%d m=%d time=%.2fs heap=%.1fMB graphBytes=%d%n", g.nodeCount(),
        g.edgeCount(), (t1 - t0) / 1e9,
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6,
        g.memoryBytes());
    if (!stats) {
      return;
    }
    double[] o = GraphStats.overlap(g);
    double[] w = GraphStats.weights(g);
    GraphStats.PowerLawFit fit = GraphStats.powerLawTail(GraphStats.degrees(g), 100);
    Map<String, Integer> sizes = GraphStats.groupSizes(g, "community");
    int minSize = Integer.MAX_VALUE;
    int maxSize = 0;
    for (int s : sizes.values()) {
      minSize = Math.min(minSize, s);
      maxSize = Math.max(maxSize, s);
    }
    long dormant = 0;
    double wDormant = 0;
    double wActive = 0;
    for (int e = 0; e < g.edgeCount(); e++) {
      if (g.lastContact(e) < p.referenceTime() - 365L * 86_400L) {
        dormant++;
        wDormant += g.weight(e);
      } else {
        wActive += g.weight(e);
      }
    }
    long inside = 0;
    int[] endsU = g.endpoints().source();
    int[] endsV = g.endpoints().target();
    for (int e = 0; e < g.edgeCount(); e++) {
      if (g.nodeAttributes().get(endsU[e], "community")
          .equals(g.nodeAttributes().get(endsV[e], "community"))) {
        inside++;
      }
    }
    double[] inter = new double[g.edgeCount()];
    for (int e = 0; e < inter.length; e++) {
      inter[e] = g.interactions(e);
    }
    System.out.printf("meanDegree=%.3f maxDegree=%d clustering=%.4f%n", GraphStats.meanDegree(g),
        g.maxDegree(), GraphStats.averageClustering(g));
    System.out.printf("tail alpha=%.3f kmin=%d tail=%d ks=%.4f%n", fit.alpha(), fit.kmin(),
        fit.tail(), fit.ks());
    System.out.printf("spearman(w,O)=%.4f spearman(w,interactions)=%.4f%n",
        GraphStats.spearman(w, o), GraphStats.spearman(w, inter));
    System.out.printf("communities=%d sizes=[%d,%d] insideShare=%.3f%n", sizes.size(), minSize,
        maxSize, (double) inside / g.edgeCount());
    System.out.printf("dormant=%.4f meanW dormant=%.3f active=%.3f%n",
        (double) dormant / g.edgeCount(), wDormant / Math.max(1, dormant),
        wActive / Math.max(1, g.edgeCount() - dormant));
    System.out.println("industries=" + GraphStats.groupSizes(g, "industry"));
    System.out.println("digital=" + GraphStats.groupSizes(g, "digital"));
  }
}
