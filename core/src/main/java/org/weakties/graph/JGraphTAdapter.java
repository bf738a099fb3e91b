package org.weakties.graph;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * Interoperation with JGraphT, both ways: {@link #fromJGraphT(Graph)} copies any JGraphT graph (with
 * its edge weights) into a {@link SocialGraph}; {@link #asJGraphT(SocialGraph)} gives a read-only
 * JGraphT view of a SocialGraph that JGraphT's algorithms accept. Vertices of the view are the node
 * labels; edges are the Integer edge ids.
 */
public final class JGraphTAdapter {
  private JGraphTAdapter() {}

  /**
   * Copies an undirected JGraphT graph. Vertices keep their objects as labels (in the graph's vertex
   * iteration order); weights come from {@code getEdgeWeight}. Parallel edges are merged by
   * {@code duplicates}, self-loops follow {@code selfLoops}. O(n + m).
   *
   * @throws IllegalArgumentException for a directed graph or a bad weight (naming the edge)
   */
  public static <V, E> SocialGraph fromJGraphT(Graph<V, E> graph, DuplicatePolicy duplicates,
      SelfLoopPolicy selfLoops) {
    if (graph.getType().isDirected() || graph.getType().isMixed()) {
      throw new IllegalArgumentException("only undirected graphs can be copied; wrap a directed graph"
          + " in org.jgrapht.graph.AsUndirectedGraph first");
    }
    SocialGraphBuilder b = SocialGraph.builder().duplicates(duplicates).selfLoops(selfLoops);
    for (V v : graph.vertexSet()) {
      b.addNode(v);
    }
    for (E e : graph.edgeSet()) {
      b.addEdge(graph.getEdgeSource(e), graph.getEdgeTarget(e), graph.getEdgeWeight(e));
    }
    return b.build();
  }

  /** {@link #fromJGraphT(Graph, DuplicatePolicy, SelfLoopPolicy)} with SUM and REJECT. */
  public static <V, E> SocialGraph fromJGraphT(Graph<V, E> graph) {
    return fromJGraphT(graph, DuplicatePolicy.SUM, SelfLoopPolicy.REJECT);
  }

  /**
   * A read-only, undirected, weighted JGraphT view. Vertex and edge sets are computed views (no copy);
   * the view holds an 8-byte-per-edge endpoint table. Every mutating method throws
   * {@link UnsupportedOperationException}.
   */
  public static Graph<Object, Integer> asJGraphT(SocialGraph graph) {
    return new View(graph);
  }

  private static final class View extends AbstractGraph<Object, Integer> {
    private final SocialGraph g;
    private final int[] src;
    private final int[] dst;

    View(SocialGraph g) {
      this.g = g;
      SocialGraph.EdgeEndpoints ep = g.endpoints();
      this.src = ep.source();
      this.dst = ep.target();
    }

    private int node(Object v) {
      int id = g.index().find(v);
      if (id < 0) {
        throw new IllegalArgumentException("no such vertex in graph: " + v);
      }
      return id;
    }

    private int edge(Integer e) {
      if (e == null || e < 0 || e >= g.edgeCount()) {
        throw new IllegalArgumentException("no such edge in graph: " + e);
      }
      return e;
    }

    @Override
    public Set<Integer> getAllEdges(Object a, Object b) {
      int u = g.index().find(a);
      int v = g.index().find(b);
      if (u < 0 || v < 0) {
        return null;
      }
      int e = g.edgeId(u, v);
      return e < 0 ? Collections.emptySet() : Collections.singleton(e);
    }

    @Override
    public Integer getEdge(Object a, Object b) {
      int u = g.index().find(a);
      int v = g.index().find(b);
      if (u < 0 || v < 0) {
        return null;
      }
      int e = g.edgeId(u, v);
      return e < 0 ? null : e;
    }

    @Override
    public Supplier<Object> getVertexSupplier() {
      return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
      return null;
    }

    @Override
    public Integer addEdge(Object a, Object b) {
      throw readOnly();
    }

    @Override
    public boolean addEdge(Object a, Object b, Integer e) {
      throw readOnly();
    }

    @Override
    public Object addVertex() {
      throw readOnly();
    }

    @Override
    public boolean addVertex(Object v) {
      throw readOnly();
    }

    @Override
    public boolean containsEdge(Integer e) {
      return e != null && e >= 0 && e < g.edgeCount();
    }

    @Override
    public boolean containsVertex(Object v) {
      return g.index().find(v) >= 0;
    }

    @Override
    public Set<Integer> edgeSet() {
      return new RangeSet(g.edgeCount());
    }

    @Override
    public int degreeOf(Object v) {
      return g.degree(node(v));
    }

    @Override
    public Set<Integer> edgesOf(Object v) {
      int u = node(v);
      int from = g.arcStart(u);
      int to = g.arcEnd(u);
      return new AbstractSet<>() {
        @Override
        public Iterator<Integer> iterator() {
          return new Iterator<>() {
            int p = from;

            @Override
            public boolean hasNext() {
              return p < to;
            }

            @Override
            public Integer next() {
              if (p >= to) {
                throw new NoSuchElementException();
              }
              return g.arcEdge(p++);
            }
          };
        }

        @Override
        public int size() {
          return to - from;
        }

        @Override
        public boolean contains(Object o) {
          return o instanceof Integer e && e >= 0 && e < g.edgeCount() && (src[e] == u || dst[e] == u);
        }
      };
    }

    @Override
    public int inDegreeOf(Object v) {
      return degreeOf(v);
    }

    @Override
    public Set<Integer> incomingEdgesOf(Object v) {
      return edgesOf(v);
    }

    @Override
    public int outDegreeOf(Object v) {
      return degreeOf(v);
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Object v) {
      return edgesOf(v);
    }

    @Override
    public Integer removeEdge(Object a, Object b) {
      throw readOnly();
    }

    @Override
    public boolean removeEdge(Integer e) {
      throw readOnly();
    }

    @Override
    public boolean removeVertex(Object v) {
      throw readOnly();
    }

    @Override
    public Set<Object> vertexSet() {
      int n = g.nodeCount();
      return new AbstractSet<>() {
        @Override
        public Iterator<Object> iterator() {
          return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
              return i < n;
            }

            @Override
            public Object next() {
              if (i >= n) {
                throw new NoSuchElementException();
              }
              return g.label(i++);
            }
          };
        }

        @Override
        public int size() {
          return n;
        }

        @Override
        public boolean contains(Object o) {
          return g.index().find(o) >= 0;
        }
      };
    }

    @Override
    public Object getEdgeSource(Integer e) {
      return g.label(src[edge(e)]);
    }

    @Override
    public Object getEdgeTarget(Integer e) {
      return g.label(dst[edge(e)]);
    }

    @Override
    public GraphType getType() {
      return new DefaultGraphType.Builder().undirected().weighted(true).allowMultipleEdges(false)
          .allowSelfLoops(false).modifiable(false).build();
    }

    @Override
    public double getEdgeWeight(Integer e) {
      return g.weight(edge(e));
    }

    @Override
    public void setEdgeWeight(Integer e, double weight) {
      throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
      return new UnsupportedOperationException("this JGraphT view of a SocialGraph is read-only");
    }
  }

  private static final class RangeSet extends AbstractSet<Integer> {
    private final int size;

    RangeSet(int size) {
      this.size = size;
    }

    @Override
    public Iterator<Integer> iterator() {
      return new Iterator<>() {
        int i;

        @Override
        public boolean hasNext() {
          return i < size;
        }

        @Override
        public Integer next() {
          if (i >= size) {
            throw new NoSuchElementException();
          }
          return i++;
        }
      };
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof Integer i && i >= 0 && i < size;
    }
  }
}
