package org.weakties.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.weakties.testing.MiniJson.num;
import static org.weakties.testing.MiniJson.obj;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.weakties.testing.MiniJson;
import org.weakties.testing.NamedGraphs;

/**
 * The JGraphT view runs JGraphT's algorithms with the same results as a {@link SimpleWeightedGraph}
 * copy, and against NetworkX 2.8.8 reference values for the karate club.
 */
class JGraphTAdapterTest {

  private static SimpleWeightedGraph<Object, DefaultWeightedEdge> copy(SocialGraph g) {
    SimpleWeightedGraph<Object, DefaultWeightedEdge> c =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    for (int u = 0; u < g.nodeCount(); u++) {
      c.addVertex(g.label(u));
    }
    g.forEachEdge((e, u, v) -> c.setEdgeWeight(c.addEdge(g.label(u), g.label(v)), g.weight(e)));
    return c;
  }

  @Test
  void karateAlgorithmsAgreeWithCopyAndNetworkX() {
    SocialGraph g = NamedGraphs.karate();
    Graph<Object, Integer> view = JGraphTAdapter.asJGraphT(g);
    SimpleWeightedGraph<Object, DefaultWeightedEdge> c = copy(g);
    Map<String, Object> ref = obj(MiniJson.resource("/reference/graph/graph_reference.json"));
    Map<String, Object> nodes = obj(ref.get("nodes"));
    Map<String, Object> bfs = obj(ref.get("bfs_from_0"));
    Map<String, Object> dij = obj(ref.get("dijkstra_from_0"));

    ClusteringCoefficient<Object, Integer> ccView = new ClusteringCoefficient<>(view);
    ClusteringCoefficient<Object, DefaultWeightedEdge> ccCopy = new ClusteringCoefficient<>(c);
    ConnectivityInspector<Object, Integer> ci = new ConnectivityInspector<>(view);
    var bfsView = new BFSShortestPath<>(view).getPaths("0");
    var dijView = new DijkstraShortestPath<>(view).getPaths("0");
    var dijCopy = new DijkstraShortestPath<>(c).getPaths("0");
    for (Map.Entry<String, Object> en : nodes.entrySet()) {
      String v = en.getKey();
      Map<String, Object> x = obj(en.getValue());
      assertEquals((int) num(x.get("degree")), view.degreeOf(v));
      assertEquals(c.degreeOf(v), view.degreeOf(v));
      assertEquals(num(x.get("strength")), g.strength(g.id(v)), 1e-12);
      assertEquals(num(x.get("clustering")), ccView.getVertexScore(v), 1e-12, v);
      assertEquals(ccCopy.getVertexScore(v), ccView.getVertexScore(v), 1e-15);
      assertEquals((int) num(x.get("component_size")), ci.connectedSetOf(v).size());
      assertEquals(num(bfs.get(v)), bfsView.getWeight(v) == 0 ? 0 : bfsView.getPath(v).getLength());
      assertEquals(num(dij.get(v)), dijView.getWeight(v), 1e-12, v);
      assertEquals(dijCopy.getWeight(v), dijView.getWeight(v), 0.0);
    }
    assertTrue(ci.isConnected());
    assertEquals(ccCopy.getAverageClusteringCoefficient(),
        ccView.getAverageClusteringCoefficient(), 1e-15);
    assertEquals(ccCopy.getGlobalClusteringCoefficient(),
        ccView.getGlobalClusteringCoefficient(), 1e-15);
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 4, 5})
  void componentsOfRandomGraphsAgree(long seed) {
    SocialGraph g = NamedGraphs.random(120, 0.012, 5, seed);
    var a = new ConnectivityInspector<>(JGraphTAdapter.asJGraphT(g)).connectedSets();
    var b = new ConnectivityInspector<>(copy(g)).connectedSets();
    assertEquals(new HashSet<>(b), new HashSet<>(a));
  }

  @Test
  void viewAnswersQueriesAndIsReadOnly() {
    SocialGraph g = SocialGraph.builder().addEdge("a", "b", 2).addEdge("b", "c", 3).build();
    Graph<Object, Integer> v = JGraphTAdapter.asJGraphT(g);
    assertEquals(Set.of("a", "b", "c"), new HashSet<>(v.vertexSet()));
    assertEquals(2, v.edgeSet().size());
    assertTrue(v.containsEdge("a", "b"));
    assertFalse(v.containsEdge("a", "c"));
    assertNull(v.getEdge("a", "c"));
    assertNull(v.getEdge("a", "zzz"));
    Integer e = v.getEdge("c", "b");
    assertEquals(3.0, v.getEdgeWeight(e));
    assertEquals("b", v.getEdgeSource(e));
    assertEquals("c", v.getEdgeTarget(e));
    assertEquals(Set.of(0, 1), new HashSet<>(v.edgesOf("b")));
    assertTrue(v.edgesOf("b").contains(1));
    assertFalse(v.edgesOf("a").contains(1));
    assertTrue(v.getType().isUndirected());
    assertTrue(v.getType().isWeighted());
    assertThrows(UnsupportedOperationException.class, () -> v.addVertex("d"));
    assertThrows(UnsupportedOperationException.class, () -> v.addEdge("a", "c"));
    assertThrows(UnsupportedOperationException.class, () -> v.removeEdge(0));
    assertThrows(UnsupportedOperationException.class, () -> v.setEdgeWeight(0, 1.0));
    assertThrows(IllegalArgumentException.class, () -> v.degreeOf("zzz"));
    assertThrows(IllegalArgumentException.class, () -> v.getEdgeWeight(7));
  }

  @Test
  void fromJGraphTRoundTrip() {
    SocialGraph g = NamedGraphs.lesMiserables();
    SocialGraph back = JGraphTAdapter.fromJGraphT(copy(g));
    assertTrue(back.sameStructure(g));
    SocialGraph viaView = JGraphTAdapter.fromJGraphT(JGraphTAdapter.asJGraphT(g));
    assertTrue(viaView.sameStructure(g));
  }

  @Test
  void fromJGraphTKeepsIsolatedVerticesAndAppliesPolicies() {
    WeightedPseudograph<String, DefaultWeightedEdge> p = new WeightedPseudograph<>(DefaultWeightedEdge.class);
    p.addVertex("iso");
    p.addVertex("a");
    p.addVertex("b");
    p.setEdgeWeight(p.addEdge("a", "b"), 2);
    p.setEdgeWeight(p.addEdge("b", "a"), 5);
    p.addEdge("a", "a");
    assertThrows(EdgeRejectedException.class, () -> JGraphTAdapter.fromJGraphT(p));
    SocialGraph g = JGraphTAdapter.fromJGraphT(p, DuplicatePolicy.MAX, SelfLoopPolicy.IGNORE);
    assertEquals(3, g.nodeCount());
    assertEquals(0, g.id("iso"));
    assertEquals(1, g.edgeCount());
    assertEquals(5.0, g.weight(0));
    DefaultDirectedGraph<String, DefaultEdge> d = new DefaultDirectedGraph<>(DefaultEdge.class);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JGraphTAdapter.fromJGraphT(d));
    assertTrue(e.getMessage().contains("undirected"), e.getMessage());
    assertEquals(List.of(), List.copyOf(JGraphTAdapter.asJGraphT(
        SocialGraph.builder().build()).vertexSet()));
  }
}
