package org.weakties.tie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.weakties.graph.SocialGraph;
import org.weakties.testing.TieTestGraphs;

class TieClassificationTest {

  @Test
  void threshold() {
    TieClassification c = TieClassification.byThreshold(new double[] {0.1, 0.5, Double.NaN, 0.9}, 0.5);
    assertArrayEquals(new boolean[] {false, true, false, true}, c.toArray());
    assertEquals(2, c.strongCount());
    assertEquals(2, c.weakCount());
    assertEquals(0.5, c.threshold());
    assertThrows(IllegalArgumentException.class,
        () -> TieClassification.byThreshold(new double[1], Double.NaN));
  }

  @Test
  void medianOfOddAndEvenCounts() {
    TieClassification odd = TieClassification.byMedian(new double[] {5, 1, 3});
    assertArrayEquals(new boolean[] {true, false, true}, odd.toArray());
    assertEquals(3.0, odd.threshold());
    TieClassification even = TieClassification.byMedian(new double[] {4, 1, 2, 3, Double.NaN});
    assertEquals(2.5, even.threshold());
    assertArrayEquals(new boolean[] {true, false, false, true, false}, even.toArray());
    TieClassification tied = TieClassification.byMedian(new double[] {1, 1, 1});
    assertEquals(3, tied.strongCount());
    assertEquals(0, TieClassification.byMedian(new double[] {Double.NaN}).strongCount());
    assertEquals(0, TieClassification.byMedian(new double[0]).edgeCount());
  }

  @Test
  void quantileType7() {
    double[] x = {10, 20, 30, 40, 50};
    assertEquals(42.0, TieClassification.byQuantile(x, 0.8).threshold(), 1e-12);
    assertEquals(10.0, TieClassification.byQuantile(x, 0).threshold());
    assertEquals(50.0, TieClassification.byQuantile(x, 1).threshold());
    assertEquals(1, TieClassification.byQuantile(x, 0.8).strongCount());
    assertThrows(IllegalArgumentException.class, () -> TieClassification.byQuantile(x, 1.5));
  }

  @Test
  void perNodeRelativeRule() {
    // path 0-1-2-3 with scores 1, 5, 2: node 1's median is 3, node 2's is 3.5
    SocialGraph g = TieTestGraphs.path(4);
    double[] s = {1, 5, 2};
    TieClassification both = TieClassification.byNodeQuantile(g, s, 0.5,
        TieClassification.NodeRule.BOTH);
    assertArrayEquals(new boolean[] {false, true, false}, both.toArray());
    TieClassification either = TieClassification.byNodeQuantile(g, s, 0.5,
        TieClassification.NodeRule.EITHER);
    assertArrayEquals(new boolean[] {true, true, true}, either.toArray());
    assertTrue(Double.isNaN(both.threshold()));
    assertThrows(IllegalArgumentException.class, () -> TieClassification.byNodeQuantile(g,
        new double[2], 0.5, TieClassification.NodeRule.BOTH));
  }

  @Test
  void explicitLabelsAndTable() {
    boolean[] in = {true, false};
    TieClassification c = TieClassification.of(in);
    in[0] = false;
    assertTrue(c.isStrong(0));
    assertFalse(c.isStrong(1));
    var t = c.toTable();
    assertEquals("tie_class", t.columns().get(0).name());
    assertEquals("strong", t.column("tie_class").textAt(0));
    assertEquals("weak", t.column("tie_class").textAt(1));
    assertEquals(3, TieClassification.all(3, true).strongCount());
  }
}
