/**
 * Primitive stacks, queues and array helpers for the kernels. Not part of the public API: the
 * package may change without notice.
 *
 * <p>May import: the JDK only.
 */
package org.weakties.internal;
