package org.weakties.curve;

import org.weakties.internal.IndexSort;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BinomialDistribution;
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
 * (1993), ch. 13. Identical observations (common with counts such as mutual connections and 0/1
 * outcomes) are pooled into cells, drawn through an alias table or, when there are few cells, by
 * their multinomial counts; clusters carry precomputed cross products. A draw costs O(n) cheap picks
 * (O(K) binomials for few cells) plus O(K k^2) for K cells or clusters.
 *
 * <p><b>Cost.</b> O(n log n + B (n + K k^2)) time for B draws, k = 3 + controls, K cells (or G
 * clusters with O(B G) picks); O(K k^2) memory plus O(K) scratch per worker.
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

  /**
   * The turning point of every draw in draw order, NaN for a singular resample.
   *
   * <p>Resampling protocol. Without clusters, identical observations (same x, y and controls) are
   * grouped into cells; a draw makes n picks, pick k taking {@code u = nextDouble()}, {@code t = u
   * K}, cell {@code c = floor(t)} and, by Walker's alias method (Vose's construction), cell
   * {@code alias[c]} instead when {@code t - c >= prob[c]}; so every observation is picked with
   * probability 1/n. When all observations differ the cells are the observations and the pick is
   * observation {@code floor(u n)}. When there are at most n/1000 cells, the cell counts are drawn
   * directly from their multinomial distribution instead ({@link #multinomial}), which costs O(K)
   * rather than O(n) per draw. With clusters, a draw makes G picks {@code nextInt(G)} of
   * clusters. Each draw's generator is {@code new SplittableRandom(s_b)} with {@code s_b} the b-th
   * {@code nextLong()} of {@code new SplittableRandom(seed)}. The fit of a draw sums precomputed
   * per-cell (or per-cluster) cross products, O(K k^2) for K cells.
   */
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
    // units: cells of identical observations, or clusters; each with its cross products
    int[] clusters = o.rawClusters();
    int units;
    int[] unitOf;
    if (clusters != null) {
      units = o.clusterCount();
      unitOf = clusters;
    } else {
      unitOf = new int[n];
      units = cells(x, y, controls, unitOf);
    }
    int q = p * (p + 1) / 2;
    double[] unitA = new double[units * q]; // upper triangle of z z' summed over the unit
    double[] unitR = new double[units * p]; // z y summed over the unit
    double[] unitN = new double[units];
    for (int i = 0; i < n; i++) {
      int u = unitOf[i];
      unitN[u]++;
      int base = i * p;
      int ab = u * q;
      for (int j = 0, t = 0; j < p; j++) {
        double zj = z[base + j];
        unitR[u * p + j] += zj * y[i];
        for (int l = j; l < p; l++, t++) {
          unitA[ab + t] += zj * z[base + l];
        }
      }
    }
    boolean byCluster = clusters != null;
    double[] prob = new double[units];
    int[] alias = new int[units];
    if (!byCluster) {
      // a pick of a cell is one observation: keep one observation's cross products per cell
      for (int u = 0; u < units; u++) {
        for (int t = 0; t < q; t++) {
          unitA[u * q + t] /= unitN[u];
        }
        for (int j = 0; j < p; j++) {
          unitR[u * p + j] /= unitN[u];
        }
      }
      aliasTable(unitN, n, prob, alias);
    }
    int picks = byCluster ? units : n;
    // few cells: draw their multinomial counts directly, one binomial per cell
    boolean binomial = !byCluster && (long) units * BINOMIAL_COST_IN_PICKS <= n;
    SplittableRandom master = new SplittableRandom(params.seed());
    long[] seeds = new long[b];
    for (int d = 0; d < b; d++) {
      seeds[d] = master.nextLong();
    }
    double[] out = new double[b];
    params.progress().start("turning-point bootstrap", b);
    Parallelism.forEachBlock(b, params.threads(), params.token(), "turning-point bootstrap",
        (block, from, to) -> {
          int[] count = new int[units];
          double[][] a = new double[p][p];
          double[] r = new double[p];
          for (int d = from; d < to; d++) {
            SplittableRandom rnd = new SplittableRandom(seeds[d]);
            Arrays.fill(count, 0);
            if (byCluster) {
              for (int k = 0; k < picks; k++) {
                count[rnd.nextInt(units)]++;
              }
            } else if (binomial) {
              multinomial(rnd, n, unitN, count);
            } else {
              for (int k = 0; k < picks; k++) {
                double t = rnd.nextDouble() * units;
                int c = (int) t;
                count[t - c < prob[c] ? c : alias[c]]++;
              }
            }
            out[d] = turningPoint(count, unitA, unitR, p, a, r, n, mx, sx);
          }
          params.progress().advance(to - from);
        });
    params.progress().finish();
    return out;
  }

  /** Rough cost of one binomial draw by inversion, in single picks. */
  private static final int BINOMIAL_COST_IN_PICKS = 1000;

  /**
   * Multinomial counts of {@code n} picks over units with the given weights (summing to n), by
   * conditional binomials: unit u gets {@code Binomial(n_left, w_u / w_left)}, drawn by inverting
   * the binomial distribution function (Commons Math) at one {@code nextDouble()}; the last unit
   * gets what is left.
   */
  static void multinomial(SplittableRandom rnd, int n, double[] weight, int[] count) {
    int left = n;
    double wLeft = n;
    int k = weight.length;
    for (int u = 0; u < k - 1 && left > 0; u++) {
      double pu = weight[u] / wLeft;
      double v = rnd.nextDouble();
      int c;
      if (pu >= 1) {
        c = left;
      } else {
        c = new BinomialDistribution(null, left, pu).inverseCumulativeProbability(v);
      }
      count[u] = c;
      left -= c;
      wLeft -= weight[u];
    }
    if (left > 0) {
      count[k - 1] += left;
    }
  }

  /**
   * Groups identical observations (same x, y and controls) into cells numbered 0..K-1 in order of
   * first appearance, written to {@code cellOf}; returns K. O(n log n (k + 1)).
   */
  static int cells(double[] x, double[] y, double[][] controls, int[] cellOf) {
    int n = x.length;
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int j = controls.length - 1; j >= 0; j--) {
      perm = IndexSort.orderBy(perm, controls[j]);
    }
    perm = IndexSort.orderBy(perm, y);
    perm = IndexSort.orderBy(perm, x);
    int k = -1;
    for (int r = 0; r < n; r++) {
      int i = perm[r];
      boolean same = r > 0;
      if (same) {
        int h = perm[r - 1];
        same = x[i] == x[h] && y[i] == y[h];
        for (int j = 0; same && j < controls.length; j++) {
          same = controls[j][i] == controls[j][h];
        }
      }
      if (!same) {
        k++;
      }
      cellOf[i] = k;
    }
    // renumber by first appearance, so all-distinct observations give cell i = observation i
    int[] renum = new int[k + 1];
    Arrays.fill(renum, -1);
    int next = 0;
    for (int i = 0; i < n; i++) {
      int c = cellOf[i];
      if (renum[c] < 0) {
        renum[c] = next++;
      }
      cellOf[i] = renum[c];
    }
    return k + 1;
  }

  /** Vose's alias table for picking unit u with probability {@code weight[u] / total}. */
  static void aliasTable(double[] weight, double total, double[] prob, int[] alias) {
    int k = weight.length;
    double[] scaled = new double[k];
    int[] small = new int[k];
    int[] large = new int[k];
    int ns = 0;
    int nl = 0;
    for (int u = 0; u < k; u++) {
      scaled[u] = weight[u] * k / total;
      if (scaled[u] < 1) {
        small[ns++] = u;
      } else {
        large[nl++] = u;
      }
    }
    while (ns > 0 && nl > 0) {
      int s = small[--ns];
      int l = large[--nl];
      prob[s] = scaled[s];
      alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      if (scaled[l] < 1) {
        small[ns++] = l;
      } else {
        large[nl++] = l;
      }
    }
    while (nl > 0) {
      int l = large[--nl];
      prob[l] = 1;
      alias[l] = l;
    }
    while (ns > 0) {
      int s = small[--ns];
      prob[s] = 1;
      alias[s] = s;
    }
  }

  private static double turningPoint(int[] count, double[] unitA, double[] unitR, int p,
      double[][] a, double[] r, int n, double mx, double sx) {
    int q = p * (p + 1) / 2;
    for (double[] row : a) {
      Arrays.fill(row, 0);
    }
    Arrays.fill(r, 0);
    for (int u = 0; u < count.length; u++) {
      int w = count[u];
      if (w == 0) {
        continue;
      }
      int ab = u * q;
      for (int j = 0, t = 0; j < p; j++) {
        r[j] += w * unitR[u * p + j];
        for (int l = j; l < p; l++, t++) {
          a[j][l] += w * unitA[ab + t];
        }
      }
    }
    for (int j = 0; j < p; j++) {
      for (int l = 0; l < j; l++) {
        a[j][l] = a[l][j];
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
