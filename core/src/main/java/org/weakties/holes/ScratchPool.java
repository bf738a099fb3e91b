package org.weakties.holes;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

/**
 * Scratch objects for parallel blocks: a block takes one at its start and gives it back at its end,
 * so at most one object per running worker thread is ever allocated, however many blocks there are.
 */
final class ScratchPool<T> {
  private final ConcurrentLinkedDeque<T> free = new ConcurrentLinkedDeque<>();
  private final Supplier<T> factory;

  ScratchPool(Supplier<T> factory) {
    this.factory = factory;
  }

  T take() {
    T t = free.pollFirst();
    return t != null ? t : factory.get();
  }

  void give(T t) {
    free.addFirst(t);
  }
}
