package org.weakties.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.weakties.curve.RegressionReferenceTest.R;
import static org.weakties.curve.RegressionReferenceTest.SM;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Published examples, recomputed by the reference scripts and compared at 1e-8, plus the rounded
 * values printed in their sources.
 */
class PublishedExamplesTest {

  /**
   * Kleiber and Zeileis, <i>Applied Econometrics with R</i>, Springer (2008), section 3.6: 1995
   * cigarette demand by 2SLS (AER's CigarettesSW data), coefficients -1.277 (log real price) and
   * 0.280 (log real income) printed in the book.
   */
  @Test
  void cigaretteDemandByTwoStageLeastSquares() {
    Map<String, double[]> d = Reference.csv("cigarettes1995.csv");
    int n = d.get("log_packs").length;
    Design x = Design.builder(n).intercept().add("log_rprice", d.get("log_rprice"))
        .add("log_rincome", d.get("log_rincome")).build();
    Design z = Design.builder(n).add("tdiff", d.get("tdiff")).add("rtax", d.get("rtax")).build();
    for (CovarianceType t : List.of(CovarianceType.CLASSICAL, CovarianceType.HC0,
        CovarianceType.HC1)) {
      IvFit iv = TwoStageLeastSquares.fit(x, d.get("log_packs"), List.of("log_rprice"), z,
          Covariance.of(t));
      RegressionReferenceTest.compare(iv.fit(), Reference.path(R, "cigarettes_iv", t.name()),
          "cigarettes " + t, true);
      assertEquals(-1.277, iv.fit().coefficient("log_rprice"), 0.0005);
      assertEquals(0.280, iv.fit().coefficient("log_rincome"), 0.0005);
    }
  }

  /**
   * Spector and Mazzeo (1980) grade data as shipped with statsmodels; its documentation prints the
   * logit coefficients GPA 2.8261, TUCE 0.0952, PSI 2.3787, const -13.0213.
   */
  @Test
  void spectorLogit() {
    Map<String, double[]> d = Reference.csv("spector.csv");
    int n = d.get("GRADE").length;
    Design x = Design.builder(n).intercept().add("GPA", d.get("GPA")).add("TUCE", d.get("TUCE"))
        .add("PSI", d.get("PSI")).build();
    RegressionFit f = LogisticRegression.fit(x, d.get("GRADE"), Covariance.classical());
    RegressionReferenceTest.compare(f, Reference.path(SM, "spector_logit"), "spector", false);
    RegressionReferenceTest.close(Reference.num(SM, "spector_logit", "deviance"), f.deviance(),
        "deviance");
    assertEquals(-13.0213, f.coefficient("intercept"), 0.00005);
    assertEquals(2.8261, f.coefficient("GPA"), 0.00005);
    assertEquals(0.0952, f.coefficient("TUCE"), 0.00005);
    assertEquals(2.3787, f.coefficient("PSI"), 0.00005);
  }
}
