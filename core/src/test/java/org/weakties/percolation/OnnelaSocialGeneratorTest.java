package org.weakties.percolation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.weakties.generate.SocialNetworkGenerator;
import org.weakties.generate.SocialNetworkParams;
import org.weakties.graph.SocialGraph;
import org.weakties.tie.StructuralTieMeasures;

/**
 * Onnela et al. (PNAS 2007) on the benchmark social network: removing weak ties first (by weight and
 * by overlap) breaks the giant component (R_GC below 0.05) at a smaller removed fraction than
 * removing strong ties first.
 */
class OnnelaSocialGeneratorTest {
  private static SocialGraph g;

  @BeforeAll
  static void generate() {
    g = SocialNetworkGenerator.generate(SocialNetworkParams.defaults().withNodes(20_000).withSeed(7));
  }

  private static void assertWeakFirstBreaksEarlier(PercolationResult r) {
    double weak = r.curve(Direction.ASCENDING).fractionWhereGiantBelow(0.05);
    double strong = r.curve(Direction.DESCENDING).fractionWhereGiantBelow(0.05);
    assertTrue(weak < strong, r.curve(Direction.ASCENDING).order() + ": weak-first collapses at "
        + weak + ", strong-first at " + strong);
    assertTrue(r.curve(Direction.ASCENDING).criticalFraction()
        <= r.curve(Direction.DESCENDING).criticalFraction(), "critical fractions");
  }

  @Test
  void weakFirstByWeightCollapsesEarlier() {
    assertWeakFirstBreaksEarlier(Percolation.byWeight(g, PercolationParams.defaults()));
  }

  @Test
  void weakFirstByOverlapCollapsesEarlier() {
    double[] overlap = StructuralTieMeasures.compute(g).overlapArray();
    PercolationResult r = Percolation.byScore(g, "overlap", overlap, PercolationParams.defaults());
    assertWeakFirstBreaksEarlier(r);
    // the overlap order shows the transition well before strong-first removal ends
    assertTrue(r.curve(Direction.ASCENDING).fractionWhereGiantBelow(0.05) < 0.9);
  }
}
