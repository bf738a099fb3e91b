package org.weakties.curve;

import java.util.Locale;

/**
 * A minimal streaming JSON writer for the reports of this package (no dependency). Numbers are
 * written with full precision ({@code Double.toString}); NaN and infinities, which JSON lacks, are
 * written as {@code null}. Keys and strings are escaped.
 */
final class Json {
  private final StringBuilder sb = new StringBuilder();
  private final boolean[] first = new boolean[64];
  private int depth;
  private boolean afterKey;

  Json beginObject() {
    value();
    sb.append('{');
    first[++depth] = true;
    return this;
  }

  Json endObject() {
    depth--;
    newline();
    sb.append('}');
    return this;
  }

  Json beginArray() {
    value();
    sb.append('[');
    first[++depth] = true;
    return this;
  }

  Json endArray() {
    depth--;
    newline();
    sb.append(']');
    return this;
  }

  Json key(String k) {
    separator();
    string(k);
    sb.append(": ");
    afterKey = true;
    return this;
  }

  Json value(String s) {
    value();
    if (s == null) {
      sb.append("null");
    } else {
      string(s);
    }
    return this;
  }

  Json value(double d) {
    value();
    if (Double.isFinite(d)) {
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        sb.append((long) d);
      } else {
        sb.append(Double.toString(d));
      }
    } else {
      sb.append("null");
    }
    return this;
  }

  Json value(long v) {
    value();
    sb.append(v);
    return this;
  }

  Json value(boolean b) {
    value();
    sb.append(b);
    return this;
  }

  Json field(String k, String v) {
    return key(k).value(v);
  }

  Json field(String k, double v) {
    return key(k).value(v);
  }

  Json field(String k, long v) {
    return key(k).value(v);
  }

  Json field(String k, boolean v) {
    return key(k).value(v);
  }

  /** Lower-case name of an enum constant, as the reports write them. */
  static String name(Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(Locale.ROOT);
  }

  private void value() {
    if (afterKey) {
      afterKey = false;
      return;
    }
    if (depth > 0) {
      separator();
    }
  }

  private void separator() {
    if (!first[depth]) {
      sb.append(',');
    }
    first[depth] = false;
    newline();
  }

  private void newline() {
    sb.append('\n');
    for (int i = 0; i < depth; i++) {
      sb.append("  ");
    }
  }

  private void string(String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  @Override
  public String toString() {
    return sb.toString() + "\n";
  }

  // ------------------------------------------------------------------ shared pieces

  Json fit(RegressionFit f, double level) {
    beginObject();
    field("estimator", name(f.estimator()));
    field("covariance", f.covarianceType().name());
    field("clusters", f.clusterCount());
    field("n", f.observations());
    field("df", f.df());
    field("r_squared", f.rSquared());
    field("sigma", f.sigma());
    field("deviance", f.deviance());
    field("iterations", f.iterations());
    key("coefficients").beginObject();
    for (int j = 0; j < f.size(); j++) {
      Estimate e = f.estimate(j);
      key(f.name(j)).beginObject();
      field("estimate", e.value());
      field("se", e.standardError());
      field("statistic", e.statistic());
      field("p", e.pValue());
      field("lower", e.lower(level));
      field("upper", e.upper(level));
      endObject();
    }
    endObject();
    return endObject();
  }

  Json ivFit(IvFit f, double level) {
    beginObject();
    key("fit");
    fit(f.fit(), level);
    key("endogenous").beginArray();
    f.endogenous().forEach(this::value);
    endArray();
    key("instruments").beginArray();
    f.instruments().forEach(this::value);
    endArray();
    key("first_stages").beginArray();
    for (FirstStage s : f.firstStages()) {
      beginObject();
      field("variable", s.variable());
      field("f", s.fStatistic());
      field("df1", s.df1());
      field("df2", s.df2());
      field("p", s.pValue());
      field("partial_r_squared", s.partialRSquared());
      endObject();
    }
    endArray();
    return endObject();
  }

  Json turningPoint(TurningPoint t) {
    beginObject();
    field("kind", name(t.kind()));
    field("estimate", t.estimate());
    field("se", t.standardError());
    field("level", t.level());
    field("delta_lower", t.deltaLower());
    field("delta_upper", t.deltaUpper());
    field("bootstrap_lower", t.bootstrapLower());
    field("bootstrap_upper", t.bootstrapUpper());
    field("bootstrap_draws", t.bootstrapDraws());
    field("bootstrap_valid", t.bootstrapValid());
    field("x_min", t.xMin());
    field("x_max", t.xMax());
    field("inside_data_range", t.insideDataRange());
    return endObject();
  }

  Json lindMehlum(LindMehlumResult r) {
    beginObject();
    field("shape", name(r.shape()));
    field("x_low", r.xLow());
    field("x_high", r.xHigh());
    field("slope_low", r.slopeLow());
    field("se_low", r.seLow());
    field("t_low", r.tLow());
    field("slope_high", r.slopeHigh());
    field("se_high", r.seHigh());
    field("t_high", r.tHigh());
    field("t", r.statistic());
    field("p", r.pValue());
    field("p_inverted_u", r.pInvertedU());
    field("p_u", r.pU());
    field("df", r.df());
    field("extremum_inside", r.extremumInside());
    return endObject();
  }

  Json wald(WaldTest w) {
    beginObject();
    field("hypothesis", w.hypothesis());
    field("statistic", w.statistic());
    field("df", w.df());
    field("denominator_df", w.denominatorDf());
    field("p", w.pValue());
    return endObject();
  }

  Json band(CurveBand b) {
    beginObject();
    field("level", b.level());
    key("points").beginArray();
    for (CurveBand.Point p : b.points()) {
      beginObject();
      field("x", p.x());
      field("fit", p.fit());
      field("lower", p.lower());
      field("upper", p.upper());
      endObject();
    }
    endArray();
    return endObject();
  }

  Json binscatter(BinscatterResult r) {
    beginObject();
    field("binning", name(r.binning()));
    field("requested_bins", r.requestedBins());
    field("level", r.level());
    key("bins").beginArray();
    for (BinscatterResult.Bin b : r.bins()) {
      beginObject();
      field("x_low", b.xLow());
      field("x_high", b.xHigh());
      field("x_mean", b.xMean());
      field("y_mean", b.yMean());
      field("lower", b.lower());
      field("upper", b.upper());
      field("count", b.count());
      endObject();
    }
    endArray();
    return endObject();
  }

  Json twoLines(TwoLinesResult r) {
    beginObject();
    field("shape", name(r.shape()));
    field("breakpoint_method", r.robinHood() ? "robin_hood" : "given");
    field("breakpoint", r.breakpoint());
    field("b1", r.slopeLow().value());
    field("se1", r.slopeLow().standardError());
    field("z1", r.slopeLow().statistic());
    field("p1", r.slopeLow().pValue());
    field("b2", r.slopeHigh().value());
    field("se2", r.slopeHigh().standardError());
    field("z2", r.slopeHigh().statistic());
    field("p2", r.slopeHigh().pValue());
    field("p", r.pValue());
    field("u_shape_significant", r.uShapeSignificant());
    field("covariance", r.covariance().name());
    field("n_low", r.observationsLow());
    field("n_high", r.observationsHigh());
    field("knots", r.knots());
    field("x_most", r.xMost());
    field("flat_low", r.flatLow());
    field("flat_high", r.flatHigh());
    field("mid_flat", r.midFlat());
    field("mid_z1", r.midZLow());
    field("mid_z2", r.midZHigh());
    return endObject();
  }
}
