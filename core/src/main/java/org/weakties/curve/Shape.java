package org.weakties.curve;

/** The shape a U test looks for. */
public enum Shape {
  /** Rising, then falling: an interior maximum (the weak-ties "sweet spot"). */
  INVERTED_U,
  /** Falling, then rising: an interior minimum. */
  U
}
