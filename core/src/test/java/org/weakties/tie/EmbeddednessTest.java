package org.weakties.tie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.NamedGraphs;

/** The fast path agrees exactly with the full structural pass and with the karate reference. */
class EmbeddednessTest {

  @Test
  void karateUnweightedReferenceEdges() {
    SocialGraph g = NamedGraphs.karateUnweighted();
    EmbeddednessResult r = Embeddedness.compute(g);
    int e01 = g.edgeId(g.id("0"), g.id("1"));
    int e3233 = g.edgeId(g.id("32"), g.id("33"));
    int e031 = g.edgeId(g.id("0"), g.id("31"));
    assertEquals(7, r.embeddedness(e01));
    assertEquals(0.4375, r.overlap(e01), 1e-12);
    assertEquals(10, r.embeddedness(e3233));
    assertEquals(10.0 / 17, r.overlap(e3233), 1e-12);
    assertEquals(0, r.embeddedness(e031));
    assertEquals(0.0, r.overlap(e031));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void equalsTheFullPassOnRandomGraphsWithAnyThreadCount(long seed) {
    SocialGraph g = NamedGraphs.random(300, 0.05 + 0.02 * seed, 1, seed);
    StructuralTieMeasuresResult full = StructuralTieMeasures.compute(g);
    EmbeddednessResult one = Embeddedness.compute(g,
        StructuralTieMeasuresParams.defaults().withThreads(1));
    EmbeddednessResult many = Embeddedness.compute(g,
        StructuralTieMeasuresParams.defaults().withThreads(3));
    assertArrayEquals(full.embeddednessArray(), one.embeddednessArray());
    assertArrayEquals(full.overlapArray(), one.overlapArray());
    assertArrayEquals(one.embeddednessArray(), many.embeddednessArray());
    assertArrayEquals(one.overlapArray(), many.overlapArray());
  }

  @Test
  void emptyAndSingleEdge() {
    assertEquals(0, Embeddedness.compute(SocialGraph.fromEdgeArrays(3, new int[0], new int[0], null))
        .edgeCount());
    EmbeddednessResult r = Embeddedness.compute(SocialGraph.fromEdgeArrays(2, new int[] {0},
        new int[] {1}, null));
    assertEquals(0, r.embeddedness(0));
    assertEquals(0.0, r.overlap(0));
  }
}
