package org.weakties.ego;

import java.util.Objects;
import org.weakties.graph.SocialGraph;

/**
 * The summary of a career report (section 5 of a {@link CareerReportResult}).
 *
 * @param ego ego's label as text
 * @param nodeCount people in the whole network
 * @param edgeCount ties in the whole network
 * @param degree ego's contacts
 * @param strength ego's weighted degree (sum of tie weights)
 * @param clustering ego's local clustering coefficient: ties among the contacts over
 *     {@code k (k - 1) / 2}; 0 when {@code k < 2} (NetworkX's convention)
 * @param diversity network diversity {@code 1 - clustering} (Rajkumar et al. 2022); so 1 when
 *     {@code k < 2}
 * @param effectiveSize Burt's effective size (NaN without contacts)
 * @param efficiency effective size over degree (NaN without contacts)
 * @param constraint Burt's aggregate constraint (NaN without contacts; 1 with one contact)
 * @param hierarchy Burt's hierarchy (NaN without contacts; 1 with one contact)
 * @param strongTies ego's strong ties
 * @param weakTies ego's weak ties
 * @param bridges ego's ties that are global bridges
 * @param localBridges ego's ties that are local bridges (global bridges included)
 * @param overCap local bridges whose span exceeds the cap
 * @param dormantTies ego's dormant ties
 * @param friendsOfFriends people at distance exactly 2
 * @param asOf the as-of time in epoch seconds, {@link SocialGraph#NO_TIME} when the data have no
 *     times
 * @param timedTies ego's ties with a known last contact
 * @param strengthExact whether tie strengths were ranked against every edge of the network (true)
 *     or against a sample (false)
 * @param strengthPopulation the number of edges in that reference population
 */
public record EgoSummary(String ego, int nodeCount, int edgeCount, int degree, double strength,
    double clustering, double diversity, double effectiveSize, double efficiency,
    double constraint, double hierarchy, int strongTies, int weakTies, int bridges,
    int localBridges, int overCap, int dormantTies, int friendsOfFriends, long asOf, int timedTies,
    boolean strengthExact, int strengthPopulation) {

  /** Checks the label. */
  public EgoSummary {
    Objects.requireNonNull(ego, "ego");
  }

  /** Whether the report has an as-of time (the data had last-contact times). */
  public boolean hasTime() {
    return asOf != SocialGraph.NO_TIME;
  }
}
