package org.weakties.curve;

import java.util.List;
import java.util.Objects;

/**
 * Wald tests that an estimate is the same in every group, for fits on disjoint groups (for example
 * digital versus non-digital industries): a slope, a 2SLS effect of weak ties, or a turning point.
 *
 * <p><b>Definition.</b> With group estimates {@code e_1..e_G} and standard errors {@code s_g} from
 * independent samples, the differences {@code d_g = e_g - e_1} (g = 2..G) have covariance
 * {@code diag(s_g^2) + s_1^2 J}; {@code W = d' Cov(d)^-1 d} is chi-square with G - 1 degrees of
 * freedom under equality. For two groups {@code W = (e_2 - e_1)^2 / (s_1^2 + s_2^2)}. O(G^3).
 */
public final class GroupComparison {
  private GroupComparison() {}

  /** Tests that the coefficient {@code name} is equal across {@code fits} (one per group). */
  public static WaldTest equalCoefficients(List<RegressionFit> fits, String name) {
    Objects.requireNonNull(fits, "fits");
    double[] e = new double[fits.size()];
    double[] s = new double[fits.size()];
    for (int g = 0; g < e.length; g++) {
      e[g] = fits.get(g).coefficient(name);
      s[g] = fits.get(g).standardError(name);
    }
    return equal("equal " + name + " across groups", e, s);
  }

  /** Tests that the turning points are equal (delta-method standard errors). */
  public static WaldTest equalTurningPoints(List<TurningPoint> points) {
    Objects.requireNonNull(points, "points");
    double[] e = new double[points.size()];
    double[] s = new double[points.size()];
    for (int g = 0; g < e.length; g++) {
      e[g] = points.get(g).estimate();
      s[g] = points.get(g).standardError();
    }
    return equal("equal turning point across groups", e, s);
  }

  /**
   * Tests that independent estimates with the given standard errors are equal.
   *
   * @throws IllegalArgumentException with fewer than 2 groups or a non-positive standard error
   */
  public static WaldTest equal(String hypothesis, double[] estimates, double[] standardErrors) {
    int g = estimates.length;
    if (g < 2 || standardErrors.length != g) {
      throw new IllegalArgumentException("need at least 2 groups with one standard error each, got "
          + g + " estimates and " + standardErrors.length + " standard errors");
    }
    for (int i = 0; i < g; i++) {
      if (!(standardErrors[i] > 0) || !Double.isFinite(estimates[i])) {
        throw new IllegalArgumentException("group " + i + " has estimate " + estimates[i]
            + " with standard error " + standardErrors[i] + "; need finite and positive");
      }
    }
    double[] d = new double[g - 1];
    double[][] v = new double[g - 1][g - 1];
    double v1 = standardErrors[0] * standardErrors[0];
    for (int a = 0; a < g - 1; a++) {
      d[a] = estimates[a + 1] - estimates[0];
      for (int b = 0; b < g - 1; b++) {
        v[a][b] = v1 + (a == b ? standardErrors[a + 1] * standardErrors[a + 1] : 0);
      }
    }
    return WaldTest.chiSquare(hypothesis, WaldTest.quadraticForm(d, v), g - 1);
  }
}
