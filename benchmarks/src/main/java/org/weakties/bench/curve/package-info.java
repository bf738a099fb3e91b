/**
 * JMH benchmark of the usefulness-curve estimators on a million observations.
 *
 * <p>May import: {@code org.weakties.curve} and JMH.
 */
package org.weakties.bench.curve;
