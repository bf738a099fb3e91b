/**
 * The immutable compact social graph under every algorithm: {@link org.weakties.graph.SocialGraph}
 * (CSR arrays, int node ids, edge ids with {@code u < v}), its builders and policies, node labels and
 * attributes, sub-graph helpers and the two-way JGraphT adapter.
 *
 * <p>May import: {@code org.weakties.exec}, {@code org.weakties.internal}, JGraphT (adapter only).
 */
package org.weakties.graph;
