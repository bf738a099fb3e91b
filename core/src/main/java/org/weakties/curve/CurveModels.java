package org.weakties.curve;

import java.util.ArrayList;
import java.util.List;

/**
 * The regression specifications of the usefulness curve, built from {@link Observations}. Every
 * specification includes the observations' controls after its own regressors:
 * <ul>
 *   <li>linear: {@code y = a + b x + controls};</li>
 *   <li>quadratic: {@code y = a + b1 x + b2 x^2 + controls} (coefficients {@code x}, {@code x2});</li>
 *   <li>step (Rajkumar et al. 2022): {@code y = a + b1 x + b2 1[x > c] + controls} (coefficients
 *       {@code x}, {@code step}; {@code c} = 10 mutual connections in the paper, 6 and 8 as
 *       robustness checks);</li>
 *   <li>logistic quadratic: the quadratic index inside a logistic link (0/1 outcomes).</li>
 * </ul>
 * The IV versions instrument {@code x} and its transformations ({@code x2} or {@code step}) with the
 * observations' excluded instruments, the controls being exogenous. Coefficient names: {@value
 * Design#INTERCEPT}, {@code x}, {@code x2}, {@code step}, then the control names.
 */
public final class CurveModels {
  private CurveModels() {}

  /** Linear OLS fit. */
  public static RegressionFit linear(Observations o, Covariance cov) {
    return LinearRegression.fit(design(o, Spec.LINEAR, 0), o.rawY(), cov);
  }

  /** Quadratic OLS fit. */
  public static RegressionFit quadratic(Observations o, Covariance cov) {
    return LinearRegression.fit(design(o, Spec.QUADRATIC, 0), o.rawY(), cov);
  }

  /** Logistic regression with a quadratic index; the outcome must be 0/1. */
  public static RegressionFit logisticQuadratic(Observations o, Covariance cov) {
    return LogisticRegression.fit(design(o, Spec.QUADRATIC, 0), o.rawY(), cov);
  }

  /** Step (kinked) OLS fit at threshold {@code c}: {@code step = 1[x > c]}. */
  public static RegressionFit step(Observations o, double c, Covariance cov) {
    checkStep(o, c);
    return LinearRegression.fit(design(o, Spec.STEP, c), o.rawY(), cov);
  }

  /** 2SLS linear fit, {@code x} instrumented. */
  public static IvFit ivLinear(Observations o, Covariance cov) {
    return TwoStageLeastSquares.fit(design(o, Spec.LINEAR, 0), o.rawY(), List.of("x"),
        instruments(o), cov);
  }

  /** 2SLS quadratic fit, {@code x} and {@code x2} instrumented. */
  public static IvFit ivQuadratic(Observations o, Covariance cov) {
    return TwoStageLeastSquares.fit(design(o, Spec.QUADRATIC, 0), o.rawY(), List.of("x", "x2"),
        instruments(o), cov);
  }

  /** 2SLS step fit at {@code c}, {@code x} and {@code step} instrumented (as in Rajkumar et al.). */
  public static IvFit ivStep(Observations o, double c, Covariance cov) {
    checkStep(o, c);
    return TwoStageLeastSquares.fit(design(o, Spec.STEP, c), o.rawY(), List.of("x", "step"),
        instruments(o), cov);
  }

  private static void checkStep(Observations o, double c) {
    if (!Double.isFinite(c)) {
      throw new IllegalArgumentException("step threshold must be finite, got " + c);
    }
    int above = 0;
    for (double v : o.rawX()) {
      if (v > c) {
        above++;
      }
    }
    if (above == 0 || above == o.size()) {
      throw new DegenerateDataException(DegenerateDataException.Reason.EMPTY_RANGE,
          "threshold " + c + " leaves " + (above == 0 ? "no" : "every") + " observation above it (x "
              + "ranges over [" + o.xMin() + ", " + o.xMax() + "]), so the step is not identified");
    }
  }

  enum Spec {
    LINEAR, QUADRATIC, STEP
  }

  static Design design(Observations o, Spec spec, double c) {
    int n = o.size();
    double[] x = o.rawX();
    Design.Builder b = Design.builder(n).intercept().addRaw("x", x);
    if (spec == Spec.QUADRATIC) {
      double[] x2 = new double[n];
      for (int i = 0; i < n; i++) {
        x2[i] = x[i] * x[i];
      }
      b.addRaw("x2", x2);
    } else if (spec == Spec.STEP) {
      double[] s = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = x[i] > c ? 1 : 0;
      }
      b.addRaw("step", s);
    }
    addControls(b, o);
    return b.build();
  }

  static void addControls(Design.Builder b, Observations o) {
    List<String> names = o.controlNames();
    double[][] c = o.rawControls();
    for (int j = 0; j < c.length; j++) {
      b.addRaw(names.get(j), c[j]);
    }
  }

  static Design instruments(Observations o) {
    if (o.instrumentCount() == 0) {
      throw new IllegalArgumentException("these observations have no instruments; add them with "
          + "Observations.Builder.instrument or categoricalInstrument");
    }
    Design.Builder b = Design.builder(o.size());
    List<String> names = new ArrayList<>(o.instrumentNames());
    double[][] z = o.rawInstruments();
    for (int j = 0; j < z.length; j++) {
      b.addRaw(names.get(j), z[j]);
    }
    return b.build();
  }

  /** Means of the controls, in order (the point at which curves are drawn). */
  static double[] controlMeans(Observations o) {
    double[] m = new double[o.controlCount()];
    for (int j = 0; j < m.length; j++) {
      m[j] = o.controlMean(j);
    }
    return m;
  }
}
