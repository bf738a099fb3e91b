package org.weakties.generate;

import java.util.List;

/**
 * One industry of the {@link SocialNetworkGenerator}: its name (the value of the node attribute
 * {@code industry}), its share of the population, and the probability that a person working in it
 * is {@code digital}.
 *
 * @param name non-empty name without commas, quotes or line breaks (it is exported as text)
 * @param share relative frequency, positive and finite (shares need not sum to 1)
 * @param digitalProbability probability in [0, 1] that a member has {@code digital=true}
 */
public record IndustryProfile(String name, double share, double digitalProbability) {

  /** Validates the name, share and probability. */
  public IndustryProfile {
    if (name == null || name.isEmpty() || name.chars().anyMatch(c -> c == ',' || c == '"'
        || c == '\n' || c == '\r')) {
      throw new IllegalArgumentException("industry name must be non-empty and free of commas,"
          + " quotes and line breaks, got " + (name == null ? "null" : "'" + name + "'"));
    }
    if (!(share > 0) || Double.isInfinite(share)) {
      throw new IllegalArgumentException("share of industry '" + name
          + "' must be positive and finite, got " + share);
    }
    if (!(digitalProbability >= 0 && digitalProbability <= 1)) {
      throw new IllegalArgumentException("digital probability of industry '" + name
          + "' must be in [0, 1], got " + digitalProbability);
    }
  }

  /**
   * The eight default industries with their shares and digital probabilities: software (0.12,
   * 0.90), finance (0.12, 0.70), healthcare (0.16, 0.35), education (0.12, 0.40), manufacturing
   * (0.16, 0.25), retail (0.14, 0.30), media (0.08, 0.75), government (0.10, 0.20). The numbers are
   * illustrative, chosen so that digital adoption clearly differs by industry.
   */
  public static List<IndustryProfile> defaults() {
    return List.of(
        new IndustryProfile("software", 0.12, 0.90),
        new IndustryProfile("finance", 0.12, 0.70),
        new IndustryProfile("healthcare", 0.16, 0.35),
        new IndustryProfile("education", 0.12, 0.40),
        new IndustryProfile("manufacturing", 0.16, 0.25),
        new IndustryProfile("retail", 0.14, 0.30),
        new IndustryProfile("media", 0.08, 0.75),
        new IndustryProfile("government", 0.10, 0.20));
  }
}
