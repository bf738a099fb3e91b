/**
 * JMH benchmark of Burt's structural-hole measures (constraint, effective size, hierarchy).
 *
 * <p>May import: {@code org.weakties.bench}, {@code org.weakties.graph}, {@code org.weakties.holes}
 * and JMH.
 */
package org.weakties.bench.holes;
