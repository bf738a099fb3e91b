/**
 * Burt's structural holes: {@link org.weakties.holes.StructuralHoles} computes effective size,
 * efficiency, constraint (with local constraint per contact) and hierarchy for every node, weighted or
 * unweighted, matching the definitions of NetworkX 2.8.8.
 *
 * <p>May import: {@code org.weakties.graph}, {@code org.weakties.exec}, {@code org.weakties.internal}
 * and the JDK.
 */
package org.weakties.holes;
