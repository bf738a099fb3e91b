package org.weakties.curve;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.weakties.exec.Parallelism;

/**
 * The turning point {@code x* = -b1 / (2 b2)} of a quadratic fit, with a delta-method interval and a
 * seeded percentile bootstrap interval.
 *
 * <p><b>Delta method.</b> {@code Var(x*) = g' V g} with {@code g = (-1/(2 b2), b1/(2 b2^2))} and
 * {@code V} the covariance of {@code (b1, b2)} from the fit (so robust or clustered when the fit is);
 * interval {@code x* -/+ z_{(1+level)/2} se} with the normal quantile. The delta interval is symmetric
 * and can be poor when {@code b2} is near zero; the bootstrap interval is not.
 *
 * <p><b>Bootstrap.</b> Pairs (case) resampling of the observations, or of whole clusters when the
 * observations have clusters; each resample is refitted by least squares (normal equations on
 * standardised columns, Cholesky of Commons Math) and gives {@code x*}; the interval is the
 * {@code (1-level)/2} and {@code (1+level)/2} percentiles of the draws, with the quantile definition
 * {@code h = (B + 1) p} (Hyndman and Fan type 6), which for B = 999 picks the 25th and 975th order
 * statistics. Efron and Tibshirani, <i>An Introduction to the Bootstrap</i>, Chapman and Hall
 * (1993), ch. 13.
 *
 * <p><b>Cost.</b> O(B n k^2) time for B draws, k = 3 + controls; O(n) scratch per worker.
 *
 * <p><b>Determinism and threads.</b> Draw {@code b} uses its own {@code SplittableRandom} seeded with
 * the b-th value of a master generator seeded with {@code seed}; draws run in fixed blocks on
 * {@code threads} workers, so the result is identical with 1 or N threads. Resamples whose design is
 * singular are skipped and counted ({@link TurningPoint#bootstrapValid()}).
 */
public final class TurningPoints {
  private TurningPoints() {}

  /** Delta-method turning point of the coefficients {@code x} and {@code x2}. */
  public static TurningPoint delta(RegressionFit fit, double level, double xMin, double xMax) {
    return delta(fit, "x", "x2", level, xMin, xMax);
  }

  /**
   * Delta-method turning point of the coefficients named {@code linear} and {@code square}.
   *
   * @throws DegenerateDataException when the quadratic coefficient is exactly zero (no turning point)
   */
  public static TurningPoint delta(RegressionFit fit, String linear, String square, double level,
      double xMin, double xMax) {
    Objects.requireNonNull(fit, "fit");
    int i1 = fit.indexOf(linear);
    int i2 = fit.indexOf(square);
    double b1 = fit.coefficient(i1);
    double b2 = fit.coefficient(i2);
    if (b2 == 0) {
      throw new DegenerateDataException(DegenerateDataException.Reason.COLLINEAR,
          "the quadratic coefficient is exactly 0, so the curve has no turning point");
    }
    double xs = -b1 / (2 * b2);
    double g1 = -1 / (2 * b2);
    double g2 = b1 / (2 * b2 * b2);
    double var = g1 * g1 * fit.covariance(i1, i1) + 2 * g1 * g2 * fit.covariance(i1, i2)
        + g2 * g2 * fit.covariance(i2, i2);
    double se = Math.sqrt(Math.max(var, 0));
    double z = Estimate.criticalValue(level, Double.POSITIVE_INFINITY);
    return new TurningPoint(b2 < 0 ? TurningPoint.Kind.MAXIMUM : TurningPoint.Kind.MINIMUM, xs, se,
        xs - z * se, xs + z * se, Double.NaN, Double.NaN, 0, 0, level, xMin, xMax,
        xs > xMin && xs < xMax);
  }

  /**
   * The quadratic OLS turning point of {@code o} (controls included) with its delta-method interval
   * under {@code cov} and a percentile bootstrap interval.
   */
  public static TurningPoint ols(Observations o, Covariance cov, double level,
      BootstrapParams params) {
    RegressionFit fit = CurveModels.quadratic(o, cov);
    TurningPoint tp = delta(fit, level, o.xMin(), o.xMax());
    return bootstrap(tp, o, params);
  }

  /**
   * Adds a percentile bootstrap interval to {@code tp}, resampling {@code o} (clusters when it has
   * them) and refitting the quadratic OLS model with its controls.
   */
  public static TurningPoint bootstrap(TurningPoint tp, Observations o, BootstrapParams params) {
    Objects.requireNonNull(params, "params");
    if (params.draws() == 0) {
      return tp;
    }
    double[] draws = draws(o, params);
    double[] valid = Arrays.stream(draws).filter(v -> !Double.isNaN(v)).sorted().toArray();
    double alpha = (1 - tp.level()) / 2;
    if (valid.length < 2) {
      return tp.withBootstrap(Double.NaN, Double.NaN, params.draws(), valid.length);
    }
    return tp.withBootstrap(quantileType6(valid, alpha), quantileType6(valid, 1 - alpha),
        params.draws(), valid.length);
  }

  /** The {@code p}-quantile of sorted values, Hyndman and Fan type 6: position {@code (B+1)p}. */
  static double quantileType6(double[] sorted, double p) {
    int b = sorted.length;
    double h = (b + 1) * p;
    if (h <= 1) {
      return sorted[0];
    }
    if (h >= b) {
      return sorted[b - 1];
    }
    int lo = (int) Math.floor(h);
    double frac = h - lo;
    return sorted[lo - 1] + frac * (sorted[lo] - sorted[lo - 1]);
  }

  /** The turning point of every draw in draw order, NaN for a singular resample. */
  static double[] draws(Observations o, BootstrapParams params) {
    int n = o.size();
    int b = params.draws();
    double[] x = o.rawX();
    double[] y = o.rawY();
    double[][] controls = o.rawControls();
    int p = 3 + controls.length;
    double mx = mean(x);
    double sx = sd(x, mx);
    double[] z = new double[n * p]; // row-major: observation i at z[i p .. i p + p)
    for (int i = 0; i < n; i++) {
      double u = (x[i] - mx) / sx;
      z[i * p] = 1;
      z[i * p + 1] = u;
      z[i * p + 2] = u * u;
    }
    for (int j = 0; j < controls.length; j++) {
      double m = mean(controls[j]);
      double s = sd(controls[j], m);
      if (!(s > 0)) {
        s = 1;
      }
      for (int i = 0; i < n; i++) {
        z[i * p + 3 + j] = (controls[j][i] - m) / s;
      }
    }
    int[] clusters = o.rawClusters();
    int g = o.clusterCount();
    SplittableRandom master = new SplittableRandom(params.seed());
    long[] seeds = new long[b];
    for (int d = 0; d < b; d++) {
      seeds[d] = master.nextLong();
    }
    double[] out = new double[b];
    params.progress().start("turning-point bootstrap", b);
    Parallelism.forEachBlock(b, params.threads(), params.token(), "turning-point bootstrap",
        (block, from, to) -> {
          int[] w = new int[n];
          int[] cw = clusters == null ? null : new int[g];
          double[][] a = new double[p][p];
          double[] acc = new double[p * p];
          double[] r = new double[p];
          for (int d = from; d < to; d++) {
            SplittableRandom rnd = new SplittableRandom(seeds[d]);
            resample(rnd, w, cw, clusters);
            out[d] = turningPoint(z, p, y, w, a, acc, r, mx, sx);
          }
          params.progress().advance(to - from);
        });
    params.progress().finish();
    return out;
  }

  /** Fills {@code w} with resampling counts: n draws of rows, or G draws of clusters. */
  static void resample(SplittableRandom rnd, int[] w, int[] cw, int[] clusters) {
    int n = w.length;
    Arrays.fill(w, 0);
    if (clusters == null) {
      for (int i = 0; i < n; i++) {
        w[rnd.nextInt(n)]++;
      }
    } else {
      int g = cw.length;
      Arrays.fill(cw, 0);
      for (int c = 0; c < g; c++) {
        cw[rnd.nextInt(g)]++;
      }
      for (int i = 0; i < n; i++) {
        w[i] = cw[clusters[i]];
      }
    }
  }

  private static double turningPoint(double[] z, int p, double[] y, int[] w, double[][] a,
      double[] acc, double[] r, double mx, double sx) {
    int n = y.length;
    Arrays.fill(acc, 0);
    Arrays.fill(r, 0);
    for (int i = 0, base = 0; i < n; i++, base += p) {
      int wi = w[i];
      if (wi == 0) {
        continue;
      }
      double wy = wi * y[i];
      for (int j = 0; j < p; j++) {
        double zj = z[base + j];
        r[j] += zj * wy;
        double wz = wi * zj;
        int row = j * p;
        for (int l = j; l < p; l++) {
          acc[row + l] += wz * z[base + l];
        }
      }
    }
    for (int j = 0; j < p; j++) {
      for (int l = j; l < p; l++) {
        a[j][l] = acc[j * p + l];
        a[l][j] = acc[j * p + l];
      }
    }
    double[] c;
    try {
      c = new CholeskyDecomposition(new Array2DRowRealMatrix(a, true), 1e-10, 1e-10 * n)
          .getSolver().solve(new ArrayRealVector(r, false)).toArray();
    } catch (NonPositiveDefiniteMatrixException e) {
      return Double.NaN;
    }
    if (c[2] == 0 || !Double.isFinite(c[1]) || !Double.isFinite(c[2])) {
      return Double.NaN;
    }
    return mx + sx * (-c[1] / (2 * c[2]));
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  private static double sd(double[] v, double m) {
    double s = 0;
    for (double d : v) {
      s += (d - m) * (d - m);
    }
    double sd = Math.sqrt(s / Math.max(1, v.length - 1));
    return sd > 0 ? sd : 1;
  }
}
