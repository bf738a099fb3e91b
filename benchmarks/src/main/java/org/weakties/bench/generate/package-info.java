/**
 * JMH benchmark of the benchmark social network generator.
 *
 * <p>May import: {@code org.weakties.generate}, {@code org.weakties.graph} and JMH.
 */
package org.weakties.bench.generate;
