package org.weakties.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * OLS, logistic regression and 2SLS against R 4.2 ({@code lm}, {@code glm}, {@code AER::ivreg},
 * {@code sandwich}) and statsmodels 0.13.5, on the data sets written by
 * {@code reference/curve/make_reference.R}.
 */
class RegressionReferenceTest {
  static final double REL = 1e-8;
  static final Object R = Reference.json("reference_r.json");
  static final Object SM = Reference.json("reference_statsmodels.json");
  static final Map<String, double[]> QUAD = Reference.csv("quad.csv");
  static final Map<String, double[]> IV = Reference.csv("iv.csv");

  static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, REL * Math.max(Math.abs(expected), 1e-300), what);
  }

  static void closeP(double expected, double actual, String what) {
    // p-values: relative, but tiny ones only down to 1e-300
    assertEquals(expected, actual, Math.max(REL * expected, 1e-300), what);
  }

  static Design quadDesign() {
    double[] x = QUAD.get("x");
    double[] x2 = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      x2[i] = x[i] * x[i];
    }
    return Design.builder(x.length).intercept().add("x", x).add("x2", x2).add("z", QUAD.get("z"))
        .build();
  }

  static Covariance cov(CovarianceType t, double[] cluster) {
    if (t != CovarianceType.CR1) {
      return Covariance.of(t);
    }
    int[] ids = new int[cluster.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = (int) cluster[i];
    }
    return Covariance.clustered(ids);
  }

  static void compare(RegressionFit fit, Object ref, String what, boolean vcov) {
    double[] b = Reference.nums(ref, "estimate");
    double[] se = Reference.nums(ref, "se");
    double[] p = Reference.nums(ref, "p");
    assertEquals(b.length, fit.size());
    for (int j = 0; j < b.length; j++) {
      close(b[j], fit.coefficient(j), what + " estimate " + fit.name(j));
      close(se[j], fit.standardError(j), what + " se " + fit.name(j));
      closeP(p[j], fit.estimate(j).pValue(), what + " p " + fit.name(j));
    }
    if (vcov) {
      double[][] v = Reference.matrix(ref, "vcov");
      for (int j = 0; j < b.length; j++) {
        for (int l = 0; l < b.length; l++) {
          assertEquals(v[j][l], fit.covariance(j, l), REL * Math.sqrt(Math.abs(v[j][j] * v[l][l])),
              what + " vcov");
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(CovarianceType.class)
  void olsMatchesRSandwich(CovarianceType type) {
    RegressionFit fit = LinearRegression.fit(quadDesign(), QUAD.get("y"),
        cov(type, QUAD.get("cluster")));
    compare(fit, Reference.path(R, "ols", type.name()), "R " + type, true);
    assertEquals(type, fit.covarianceType());
    assertEquals(240 - 4, fit.df());
  }

  @Test
  void olsRSquaredAndSigma() {
    RegressionFit fit = LinearRegression.fit(quadDesign(), QUAD.get("y"), Covariance.classical());
    close(Reference.num(R, "ols_r_squared"), fit.rSquared(), "r2");
    close(Reference.num(R, "ols_sigma"), fit.sigma(), "sigma");
  }

  @ParameterizedTest
  @EnumSource(CovarianceType.class)
  void olsMatchesStatsmodels(CovarianceType type) {
    RegressionFit fit = LinearRegression.fit(quadDesign(), QUAD.get("y"),
        cov(type, QUAD.get("cluster")));
    Object ref = Reference.path(SM, "ols", type.name());
    double[] b = Reference.nums(ref, "estimate");
    double[] se = Reference.nums(ref, "se");
    double[] p = Reference.nums(ref, "p");
    for (int j = 0; j < b.length; j++) {
      close(b[j], fit.coefficient(j), "estimate");
      close(se[j], fit.standardError(j), "se");
      // statsmodels tests clustered coefficients against t(G - 1); the library follows R (n - k)
      double df = type == CovarianceType.CR1 ? Reference.num(ref, "df") : fit.df();
      closeP(p[j], Stats.twoSided(fit.coefficient(j) / fit.standardError(j), df), "p");
    }
  }

  @ParameterizedTest
  @EnumSource(CovarianceType.class)
  void logitMatchesRGlmSandwich(CovarianceType type) {
    double[] job = QUAD.get("job");
    RegressionFit fit = LogisticRegression.fit(quadDesign(), job, cov(type, QUAD.get("cluster")));
    compare(fit, Reference.path(R, "logit", type.name()), "R logit " + type, true);
    close(Reference.num(R, "logit_deviance"), fit.deviance(), "deviance");
    close(1 - Reference.num(R, "logit_deviance") / Reference.num(R, "logit_null_deviance"),
        fit.rSquared(), "McFadden r2");
    assertEquals(Double.POSITIVE_INFINITY, fit.df());
  }

  @Test
  void logitMatchesStatsmodels() {
    RegressionFit fit = LogisticRegression.fit(quadDesign(), QUAD.get("job"),
        Covariance.classical());
    compare(fit, Reference.path(SM, "logit", "CLASSICAL"), "statsmodels logit", false);
    close(Reference.num(SM, "logit", "deviance"), fit.deviance(), "deviance");
  }

  static Design ivRegressors() {
    int n = IV.get("out").length;
    return Design.builder(n).intercept().add("weak", IV.get("weak")).add("strong", IV.get("strong"))
        .add("ctrl", IV.get("ctrl")).build();
  }

  static Design armDummies() {
    double[] arm = IV.get("arm");
    int n = arm.length;
    Design.Builder b = Design.builder(n);
    for (int a = 1; a <= 3; a++) {
      double[] d = new double[n];
      for (int i = 0; i < n; i++) {
        d[i] = arm[i] == a ? 1 : 0;
      }
      b.add("arm" + a, d);
    }
    return b.build();
  }

  @ParameterizedTest
  @EnumSource(value = CovarianceType.class, names = {"CLASSICAL", "HC0", "HC1", "CR1"})
  void twoStageLeastSquaresMatchesIvreg(CovarianceType type) {
    IvFit iv = TwoStageLeastSquares.fit(ivRegressors(), IV.get("out"), List.of("weak", "strong"),
        armDummies(), cov(type, IV.get("region")));
    compare(iv.fit(), Reference.path(R, "iv", type.name()), "ivreg " + type, true);
    assertEquals(2, iv.firstStages().size());
    for (FirstStage fs : iv.firstStages()) {
      Object ref = Reference.path(R, "iv_first_stage", fs.variable(), type.name());
      close(Reference.num(ref, "F"), fs.fStatistic(), "first-stage F " + fs.variable());
      closeP(Reference.num(ref, "p"), fs.pValue(), "first-stage p");
      close(Reference.num(ref, "partial_r2"), fs.partialRSquared(), "partial r2");
      assertEquals(3, fs.df1());
      assertEquals(Reference.num(ref, "df2"), fs.df2());
    }
  }

  @Test
  void twoStageLeastSquaresMatchesStatsmodels() {
    IvFit iv = TwoStageLeastSquares.fit(ivRegressors(), IV.get("out"), List.of("weak", "strong"),
        armDummies(), Covariance.classical());
    compare(iv.fit(), Reference.path(SM, "iv", "CLASSICAL"), "statsmodels IV2SLS", false);
  }

  @Test
  void naiveOlsOnTheIvData() {
    RegressionFit ols = LinearRegression.fit(ivRegressors(), IV.get("out"), Covariance.classical());
    compare(ols, Reference.path(R, "iv_naive_ols_classical"), "naive", true);
  }
}
