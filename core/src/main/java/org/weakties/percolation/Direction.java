package org.weakties.percolation;

/** The order in which edges are removed. */
public enum Direction {
  /** Smallest score first (weak ties first, for a strength score). */
  ASCENDING("ascending"),
  /** Largest score first (strong ties first). */
  DESCENDING("descending"),
  /** A seeded uniformly random order, independent of any score. */
  RANDOM("random");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  /** The lower-case name used in tables: {@code ascending}, {@code descending}, {@code random}. */
  public String label() {
    return label;
  }
}
