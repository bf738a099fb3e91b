package org.weakties.generate;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from a master seed, so that work split into pieces (one
 * community, one block pair, one block of edges) draws the same numbers whichever thread runs it.
 * Each stream is a {@link SplittableRandom} seeded with a SplitMix64 hash of (seed, purpose,
 * index); hashing keeps streams of neighbouring indices from overlapping.
 */
final class RandomStreams {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private RandomStreams() {}

  /** The SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijective 64-bit mixer. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The stream for {@code purpose} (a small constant per use) and {@code index} under a seed. */
  static SplittableRandom stream(long seed, int purpose, long index) {
    long h = mix64(seed + GOLDEN * (purpose + 1L));
    h = mix64(h ^ (GOLDEN * (index + 1)));
    return new SplittableRandom(h);
  }

  /** Uniform shuffle of {@code a[from, to)} (Fisher-Yates). */
  static void shuffle(int[] a, int from, int to, SplittableRandom rnd) {
    for (int i = to - 1; i > from; i--) {
      int j = from + rnd.nextInt(i - from + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /**
   * Number of failures before the first success in Bernoulli trials of probability {@code p}, drawn
   * by inversion: {@code floor(ln(1-U) / ln(1-p))}. {@code logQ} is {@code ln(1-p)}, precomputed; p
   * must be in (0, 1]. Capped at {@code Long.MAX_VALUE / 4} so callers can add to it safely.
   */
  static long geometricSkip(SplittableRandom rnd, double logQ) {
    double x = Math.floor(Math.log1p(-rnd.nextDouble()) / logQ);
    return x >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : (long) x;
  }
}
