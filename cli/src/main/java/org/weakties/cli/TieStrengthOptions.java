package org.weakties.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.weakties.exec.CancellationToken;
import org.weakties.exec.ProgressListener;
import org.weakties.graph.SocialGraph;
import org.weakties.io.NumberText;
import org.weakties.tie.CompositeTieStrength;
import org.weakties.tie.CompositeTieStrengthParams;
import org.weakties.tie.CompositeTieStrengthResult;
import org.weakties.tie.Recency;
import org.weakties.tie.RecencyParams;
import org.weakties.tie.RecencyResult;
import org.weakties.tie.StructuralTieMeasures;
import org.weakties.tie.StructuralTieMeasuresParams;
import org.weakties.tie.StructuralTieMeasuresResult;
import org.weakties.tie.TieClassification;
import picocli.CommandLine.Option;

/**
 * How ties are scored and labelled strong or weak, shared by {@code ties} and {@code reach}: the
 * composite tie strength of {@link CompositeTieStrength} (rank percentiles of weight, interactions,
 * overlap and recency) and a cut by quantile (the median by default) or by threshold.
 */
final class TieStrengthOptions {

  @Option(names = "--as-of", paramLabel = "TIME",
      description = "Time that tie ages are measured from: epoch seconds or an ISO date/time "
          + "(2024-01-31, 2024-01-31T12:00:00Z); default: the latest last contact in the data.")
  String asOf;

  @Option(names = "--half-life-days", paramLabel = "DAYS", defaultValue = "180",
      description = "Days after which recency has halved (default: ${DEFAULT-VALUE}).")
  double halfLifeDays;

  @Option(names = "--dormant-days", paramLabel = "DAYS", defaultValue = "365",
      description = "A tie is dormant after this many days without contact (default: "
          + "${DEFAULT-VALUE}).")
  double dormantDays;

  @Option(names = "--strong-quantile", paramLabel = "Q",
      description = "A tie is strong when its tie strength is at least this quantile of all tie "
          + "strengths (default: 0.5, the median).")
  Double strongQuantile;

  @Option(names = "--strong-threshold", paramLabel = "T",
      description = "A tie is strong when its tie strength (0..1) is at least T (instead of a "
          + "quantile).")
  Double strongThreshold;

  /** The measures behind the labels. */
  record Scored(StructuralTieMeasuresResult structural, RecencyResult recency,
      CompositeTieStrengthResult strength, TieClassification classes, String rule) {}

  /** Checks the option values (before any work is done). */
  void validate() {
    if (strongQuantile != null && strongThreshold != null) {
      throw new UserInputException("give either --strong-quantile or --strong-threshold, not both");
    }
    if (strongQuantile != null && !(strongQuantile >= 0 && strongQuantile <= 1)) {
      throw new UserInputException("--strong-quantile must be between 0 and 1, got "
          + strongQuantile);
    }
    if (strongThreshold != null && !Double.isFinite(strongThreshold)) {
      throw new UserInputException("--strong-threshold must be a finite number, got "
          + strongThreshold);
    }
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new UserInputException("--half-life-days must be a finite number > 0, got "
          + halfLifeDays);
    }
    if (!(dormantDays >= 0) || Double.isInfinite(dormantDays)) {
      throw new UserInputException("--dormant-days must be a finite number >= 0, got "
          + dormantDays);
    }
    recencyParams();
  }

  /** The recency parameters these options describe. */
  RecencyParams recencyParams() {
    long t = asOf == null ? RecencyParams.DEFAULT_AS_OF : parseTime(asOf);
    return new RecencyParams(t, halfLifeDays, dormantDays);
  }

  /**
   * Epoch seconds from {@code --as-of}: an integer is taken as epoch seconds; otherwise an ISO date
   * (midnight UTC), date-time (UTC unless it has an offset) or instant.
   */
  static long parseTime(String s) {
    String t = s.strip();
    if (t.matches("[+-]?\\d+")) {
      try {
        long v = NumberText.parseLong(t);
        if (v != SocialGraph.NO_TIME) {
          return v;
        }
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
    } else {
      try {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
      } catch (DateTimeException e) {
        // try the next form
      }
      try {
        return OffsetDateTime.parse(t).toEpochSecond();
      } catch (DateTimeException e) {
        // try the next form
      }
      try {
        return LocalDateTime.parse(t).toEpochSecond(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        // try the next form
      }
      try {
        return Instant.parse(t).getEpochSecond();
      } catch (DateTimeException e) {
        // falls through to the error below
      }
    }
    throw new UserInputException("--as-of must be epoch seconds or an ISO date such as 2024-01-31 "
        + "or 2024-01-31T12:00:00Z, got '" + s + "'");
  }

  /**
   * Computes the structural measures, recency (when the graph has last-contact times), the composite
   * strength and the strong/weak labels.
   */
  Scored score(SocialGraph g, int threads, ProgressListener progress, CancellationToken token) {
    validate();
    RecencyParams rp = recencyParams();
    StructuralTieMeasuresResult s = StructuralTieMeasures.compute(g,
        StructuralTieMeasuresParams.defaults().withThreads(threads).withProgress(progress)
            .withToken(token));
    RecencyResult r = g.hasLastContact() ? Recency.compute(g, rp) : null;
    CompositeTieStrengthResult c = CompositeTieStrength.compute(g, s, r,
        CompositeTieStrengthParams.defaults().withRecencyParams(rp).withThreads(threads)
            .withProgress(progress).withToken(token));
    double[] strengths = c.strengths();
    TieClassification labels;
    String rule;
    if (strongThreshold != null) {
      labels = TieClassification.byThreshold(strengths, strongThreshold);
      rule = "tie_strength >= " + NumberText.format(strongThreshold);
    } else {
      double q = strongQuantile == null ? TieClassification.DEFAULT_QUANTILE : strongQuantile;
      labels = TieClassification.byQuantile(strengths, q);
      rule = "tie_strength >= " + NumberText.format(labels.threshold()) + ", the "
          + (q == 0.5 ? "median" : String.format(Locale.ROOT, "%s quantile",
              NumberText.format(q)));
    }
    return new Scored(s, r, c, labels, rule);
  }

  /** One line for stderr: how many ties are strong and weak, and by which rule. */
  static String describe(Scored s) {
    TieClassification c = s.classes();
    return String.format(Locale.ROOT, "%,d ties: %,d strong, %,d weak (strong iff %s; tie strength "
        + "from %s)", c.edgeCount(), c.strongCount(), c.weakCount(), s.rule(),
        s.strength().componentNames().isEmpty() ? "no varying signal, all 0.5"
            : String.join(", ", s.strength().componentNames()));
  }
}
