package org.weakties.sim;

/** The per-tie measures a {@link DiffusionResult} offers as tie strength x. */
public enum TieMeasure {
  /** Number of common neighbours (mutual connections, embeddedness). */
  MUTUAL,
  /** Onnela's neighbourhood overlap {@code m / (k_u - 1 + k_v - 1 - m)}. */
  OVERLAP,
  /** Interaction intensity: the normalised rank of the tie's weight, in [0, 1]. */
  INTENSITY,
  /** The composite tie strength of the diffusion model. */
  TIE_STRENGTH;

  /** The column name used in tables ({@code mutual}, {@code overlap}, ...). */
  public String column() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
