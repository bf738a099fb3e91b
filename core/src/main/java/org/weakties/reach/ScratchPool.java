package org.weakties.reach;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Hands out per-worker scratch objects: a block takes one at its start and gives it back at its end, so
 * at most one scratch object exists per worker thread. Scratch contents never influence results (stamps
 * are node ids, unique per traversal).
 */
final class ScratchPool<T> {
  private final ConcurrentLinkedQueue<T> free = new ConcurrentLinkedQueue<>();
  private final Supplier<T> factory;

  ScratchPool(Supplier<T> factory) {
    this.factory = factory;
  }

  T take() {
    T t = free.poll();
    return t == null ? factory.get() : t;
  }

  void give(T t) {
    free.offer(t);
  }
}
