package org.weakties.examples;

import java.util.Locale;
import org.weakties.graph.SocialGraph;
import org.weakties.tie.CompositeTieStrength;
import org.weakties.tie.CompositeTieStrengthResult;
import org.weakties.tie.StructuralTieMeasures;
import org.weakties.tie.StructuralTieMeasuresResult;
import org.weakties.tie.TieClassification;

/**
 * The smallest embedding of the library: build a network from labelled ties, compute tie strength
 * and print every tie's neighborhood overlap and strong/weak class.
 *
 * <p>The network is two groups of friends, {ann, bob, cid} and {dee, eve, fay}, joined by the single
 * tie cid-dee. That tie has no mutual friends (overlap 0) and the lowest weight, so the composite
 * tie strength ranks it weakest and the median rule labels it weak: Granovetter's bridge between
 * two groups is a weak tie.
 *
 * <p>Run from the repository root after {@code mvn -q -pl examples -am package -DskipTests}:
 * {@code java -cp "examples/target/classes:examples/target/notebook-libs/*"
 * org.weakties.examples.EmbedExample}.
 */
public final class EmbedExample {
  private EmbedExample() {}

  /** Prints one line per tie: {@code source-target overlap=... strength=... class}. */
  public static void main(String[] args) {
    SocialGraph g = SocialGraph.builder()
        .addEdge("ann", "bob", 5).addEdge("ann", "cid", 4).addEdge("bob", "cid", 3)
        .addEdge("cid", "dee", 1)
        .addEdge("dee", "eve", 2).addEdge("dee", "fay", 6).addEdge("eve", "fay", 7)
        .build();
    StructuralTieMeasuresResult structure = StructuralTieMeasures.compute(g);
    CompositeTieStrengthResult strength = CompositeTieStrength.compute(g);
    TieClassification classes = TieClassification.byMedian(strength.strengths());
    g.forEachEdge((e, u, v) -> System.out.printf(Locale.ROOT, "%s-%s overlap=%.3f strength=%.3f %s%n",
        g.label(u), g.label(v), structure.overlap(e), strength.strength(e),
        classes.isStrong(e) ? "strong" : "weak"));
  }
}
