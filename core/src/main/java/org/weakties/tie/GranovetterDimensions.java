package org.weakties.tie;

/**
 * User-supplied values of Granovetter's four dimensions of tie strength, one array per dimension,
 * indexed by edge id. Any array may be null (dimension not measured); a NaN entry means unknown for
 * that tie. Larger values mean a stronger tie in every dimension; the scale is free (only ranks are
 * used by {@link CompositeTieStrength#fromDimensions}). The arrays are copied on construction.
 *
 * @param time amount of time spent together
 * @param emotionalIntensity emotional intensity of the tie
 * @param intimacy intimacy (mutual confiding)
 * @param reciprocalServices reciprocal services exchanged
 */
public record GranovetterDimensions(double[] time, double[] emotionalIntensity, double[] intimacy,
    double[] reciprocalServices) {

  /** Names of the dimensions, in the order of the record components and of weight arrays. */
  public static final String[] NAMES = {"time", "emotional_intensity", "intimacy",
      "reciprocal_services"};

  /** Copies the arrays and checks that the given ones have equal lengths and at least one is given. */
  public GranovetterDimensions {
    time = time == null ? null : time.clone();
    emotionalIntensity = emotionalIntensity == null ? null : emotionalIntensity.clone();
    intimacy = intimacy == null ? null : intimacy.clone();
    reciprocalServices = reciprocalServices == null ? null : reciprocalServices.clone();
    int len = -1;
    for (double[] a : new double[][] {time, emotionalIntensity, intimacy, reciprocalServices}) {
      if (a != null) {
        if (len >= 0 && a.length != len) {
          throw new IllegalArgumentException("Granovetter dimension arrays differ in length: " + len
              + " vs " + a.length + " (one value per edge id is required)");
        }
        len = a.length;
      }
    }
    if (len < 0) {
      throw new IllegalArgumentException("at least one Granovetter dimension must be given");
    }
  }

  /** Number of edges covered. */
  public int edgeCount() {
    for (double[] a : asArrays()) {
      if (a != null) {
        return a.length;
      }
    }
    return 0;
  }

  /** The four arrays (null where not given) in {@link #NAMES} order; the arrays are copies. */
  public double[][] asArrays() {
    return new double[][] {copy(time), copy(emotionalIntensity), copy(intimacy),
        copy(reciprocalServices)};
  }

  /** A copy of the time array (null when not given). */
  @Override
  public double[] time() {
    return copy(time);
  }

  /** A copy of the emotional-intensity array (null when not given). */
  @Override
  public double[] emotionalIntensity() {
    return copy(emotionalIntensity);
  }

  /** A copy of the intimacy array (null when not given). */
  @Override
  public double[] intimacy() {
    return copy(intimacy);
  }

  /** A copy of the reciprocal-services array (null when not given). */
  @Override
  public double[] reciprocalServices() {
    return copy(reciprocalServices);
  }

  private static double[] copy(double[] a) {
    return a == null ? null : a.clone();
  }
}
