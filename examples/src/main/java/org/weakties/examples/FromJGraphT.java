package org.weakties.examples;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.weakties.bridge.LocalBridges;
import org.weakties.bridge.LocalBridgesResult;
import org.weakties.graph.JGraphTAdapter;
import org.weakties.graph.SocialGraph;

/**
 * Interoperation with JGraphT in both directions: a network built as a JGraphT
 * {@link SimpleWeightedGraph} is copied into a {@link SocialGraph} with
 * {@link JGraphTAdapter#fromJGraphT(Graph)}, its local bridges and their spans are computed with
 * {@link LocalBridges}, and JGraphT algorithms (Dijkstra's shortest path, the bridges of
 * {@link BiconnectivityInspector}) then run on the read-only view {@link JGraphTAdapter#asJGraphT}.
 *
 * <p>The network: a ring of six friends (a..f) with the chord a-c, and a newcomer g tied only to
 * f. The four ring ties outside the triangle a-b-c are local bridges of span 4 (the way round the
 * other side of the ring); f-g is a global bridge (infinite span), the only one JGraphT finds too.
 * JGraphT's Dijkstra reads weights as lengths, so its shortest path prefers weak ties.
 *
 * <p>Run from the repository root after {@code mvn -q -pl examples -am package -DskipTests}:
 * {@code java -cp "examples/target/classes:examples/target/notebook-libs/*"
 * org.weakties.examples.FromJGraphT}.
 */
public final class FromJGraphT {
  private FromJGraphT() {}

  /** Prints the local bridges with their span, a shortest path and JGraphT's bridges. */
  public static void main(String[] args) {
    Graph<String, DefaultWeightedEdge> jg = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    String[][] ties = {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"e", "f"}, {"f", "a"},
        {"a", "c"}, {"f", "g"}};
    double[] weights = {3, 2, 1, 1, 2, 1, 4, 1};
    for (int i = 0; i < ties.length; i++) {
      jg.addVertex(ties[i][0]);
      jg.addVertex(ties[i][1]);
      jg.setEdgeWeight(jg.addEdge(ties[i][0], ties[i][1]), weights[i]);
    }

    SocialGraph g = JGraphTAdapter.fromJGraphT(jg);
    LocalBridgesResult lb = LocalBridges.compute(g);
    System.out.println(g.nodeCount() + " people, " + g.edgeCount() + " ties, "
        + lb.localBridgeCount() + " local bridges, " + lb.bridgeCount() + " bridge");
    SocialGraph.EdgeEndpoints ends = g.endpoints();
    for (int e : lb.localBridges()) {
      System.out.println("  local bridge " + g.label(ends.source()[e]) + "-"
          + g.label(ends.target()[e]) + " span "
          + (lb.span(e) == LocalBridgesResult.INFINITE_SPAN ? "inf" : lb.span(e)));
    }

    Graph<Object, Integer> view = JGraphTAdapter.asJGraphT(g);
    GraphPath<Object, Integer> path = DijkstraShortestPath.findPathBetween(view, "b", "g");
    System.out.println(String.format(Locale.ROOT, "shortest weighted path b..g: %s, length %.1f",
        path.getVertexList(), path.getWeight()));
    Set<String> jgBridges = new TreeSet<>();
    for (Integer e : new BiconnectivityInspector<>(view).getBridges()) {
      jgBridges.add(view.getEdgeSource(e) + "-" + view.getEdgeTarget(e));
    }
    System.out.println("JGraphT bridges: " + jgBridges);
  }
}
