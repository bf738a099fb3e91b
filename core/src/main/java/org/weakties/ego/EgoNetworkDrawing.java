package org.weakties.ego;

import java.util.Objects;

/**
 * What is needed to draw ego's network: ego and its strongest contacts (at most {@link #MAX_ALTERS}),
 * ordered so that contacts of the same circle are adjacent, and the ties among them. The fields match
 * the ego drawing of the command-line report. Arrays are copied on the way in and out.
 *
 * @param title a title naming ego
 * @param labels node labels; index {@link #ego()} is ego
 * @param ego the index of ego in {@code labels} (always 0)
 * @param source first node (index into labels) of each tie
 * @param target second node of each tie
 * @param strong whether each tie is strong
 * @param bridge whether each tie is a local bridge (only ego's ties can be: a tie between two contacts
 *     always has ego as a mutual connection)
 * @param omitted contacts left out because ego has more than {@link #MAX_ALTERS}
 */
public record EgoNetworkDrawing(String title, String[] labels, int ego, int[] source, int[] target,
    boolean[] strong, boolean[] bridge, int omitted) {

  /** The most contacts drawn: the strongest ones are kept. */
  public static final int MAX_ALTERS = 150;

  /** Copies the arrays and checks their lengths. */
  public EgoNetworkDrawing {
    Objects.requireNonNull(title, "title");
    labels = labels.clone();
    source = source.clone();
    target = target.clone();
    strong = strong.clone();
    bridge = bridge.clone();
    if (target.length != source.length || strong.length != source.length
        || bridge.length != source.length) {
      throw new IllegalArgumentException("tie arrays differ in length");
    }
  }

  @Override
  public String[] labels() {
    return labels.clone();
  }

  @Override
  public int[] source() {
    return source.clone();
  }

  @Override
  public int[] target() {
    return target.clone();
  }

  @Override
  public boolean[] strong() {
    return strong.clone();
  }

  @Override
  public boolean[] bridge() {
    return bridge.clone();
  }

  /** Number of ties. */
  public int tieCount() {
    return source.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EgoNetworkDrawing d && d.title.equals(title) && d.ego == ego
        && d.omitted == omitted && java.util.Arrays.equals(d.labels, labels)
        && java.util.Arrays.equals(d.source, source) && java.util.Arrays.equals(d.target, target)
        && java.util.Arrays.equals(d.strong, strong) && java.util.Arrays.equals(d.bridge, bridge);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, ego, omitted, java.util.Arrays.hashCode(labels),
        java.util.Arrays.hashCode(source), java.util.Arrays.hashCode(target));
  }

  @Override
  public String toString() {
    return "EgoNetworkDrawing[" + title + ", " + labels.length + " nodes, " + source.length
        + " ties]";
  }
}
