package org.weakties.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.weakties.graph.SocialGraph;

class ObservationsTest {

  static Map<String, double[]> numeric() {
    Map<String, double[]> m = new LinkedHashMap<>();
    m.put("mutual", new double[] {0, 1, 2, Double.NaN, 4, 5});
    m.put("job", new double[] {0, 1, 1, 0, 0, 1});
    m.put("age", new double[] {30, 41, 25, 33, 50, 28});
    m.put("arm", new double[] {0, 1, 2, 0, 1, 2});
    return m;
  }

  static Map<String, String[]> text() {
    Map<String, String[]> m = new LinkedHashMap<>();
    m.put("industry", new String[] {"it", "retail", "it", "it", null, "retail"});
    m.put("ego", new String[] {"a", "a", "b", "b", "c", "c"});
    return m;
  }

  @Test
  void fromColumnsDropsIncompleteRowsAndExpandsCategories() {
    ObservationColumns spec = ObservationColumns.of("mutual", "job").withGroup("industry")
        .withControls(List.of("age")).withCluster("ego").withInstruments(List.of("arm"))
        .withCategorical(Set.of("arm")).withDropIncomplete(true);
    Observations o = Observations.fromColumns(numeric(), text(), spec);
    assertEquals(4, o.size()); // rows 3 (NaN mutual) and 4 (no industry) dropped
    assertEquals(2, o.droppedRows());
    assertEquals("mutual", o.xName());
    assertEquals(List.of("it", "retail"), o.groups());
    assertEquals(List.of("age"), o.controlNames());
    assertEquals(List.of("arm=1", "arm=2"), o.instrumentNames());
    assertEquals(3, o.clusterCount());
    assertEquals(5, o.x(3));
    assertEquals(28, o.control(0, 3));
    assertTrue(o.binaryOutcome());
    assertEquals(2, o.subset("retail").size());
    assertEquals(CovarianceType.CR1, o.covariance(CovarianceType.HC3).type());
  }

  @Test
  void fromColumnsRejectsWhatItCannotUse() {
    ObservationColumns spec = ObservationColumns.of("mutual", "job");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Observations.fromColumns(numeric(), text(), spec));
    assertTrue(e.getMessage().contains("missing value in row 3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Observations.fromColumns(numeric(), text(),
        ObservationColumns.of("industry", "job").withDropIncomplete(true)));
    IllegalArgumentException m = assertThrows(IllegalArgumentException.class,
        () -> Observations.fromColumns(numeric(), text(),
            ObservationColumns.of("nope", "job").withDropIncomplete(true)));
    assertTrue(m.getMessage().contains("[age, arm, ego, industry, job, mutual]"), m.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ObservationColumns.of("job", "job"));
  }

  @Test
  void numericArmsSortNumericallyAsLevels() {
    double[] x = new double[12];
    double[] y = new double[12];
    String[] arm = new String[12];
    for (int i = 0; i < 12; i++) {
      x[i] = i;
      y[i] = i % 2;
      arm[i] = Integer.toString(i % 12);
    }
    Observations o = Observations.builder(x, y).categoricalInstrument("arm", arm).build();
    assertEquals(11, o.instrumentCount());
    assertEquals("arm=1", o.instrumentNames().get(0));
    assertEquals("arm=2", o.instrumentNames().get(1));
    assertEquals("arm=11", o.instrumentNames().get(10));
  }

  @Test
  void perEdgeObservationsOfAGraph() {
    SocialGraph g = SocialGraph.fromEdgeArrays(3, new int[] {0, 1}, new int[] {1, 2}, null);
    Observations o = Observations.forEdges(g, new double[] {1, 2}, new double[] {0, 1}).build();
    assertEquals(2, o.size());
    assertThrows(IllegalArgumentException.class,
        () -> Observations.forEdges(g, new double[] {1}, new double[] {0}));
  }
}
