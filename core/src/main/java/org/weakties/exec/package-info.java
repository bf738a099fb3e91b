/**
 * Execution support shared by every algorithm: {@link org.weakties.exec.Parallelism} (fixed, size-only
 * work split so results are identical with 1 or N threads), {@link org.weakties.exec.ProgressListener}
 * and {@link org.weakties.exec.CancellationToken}, whose defaults are no-ops.
 *
 * <p>May import: the JDK only. Every other package may use this one.
 */
package org.weakties.exec;
