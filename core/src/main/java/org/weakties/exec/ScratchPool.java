package org.weakties.exec;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

/**
 * Scratch objects for parallel blocks: a block takes one at its start and gives it back at its end,
 * so at most one object per running worker thread is ever allocated, however many blocks there are.
 * The most recently returned object is handed out first (it is likely still in cache).
 *
 * @param <T> the scratch type, for example an array or a small object of arrays
 */
public final class ScratchPool<T> {
  private final ConcurrentLinkedDeque<T> free = new ConcurrentLinkedDeque<>();
  private final Supplier<T> factory;

  /** A pool that creates new objects with {@code factory} when none is free. */
  public ScratchPool(Supplier<T> factory) {
    this.factory = factory;
  }

  /** A free object, or a new one. */
  public T take() {
    T t = free.pollFirst();
    return t != null ? t : factory.get();
  }

  /** Returns an object taken with {@link #take()}. */
  public void give(T t) {
    free.addFirst(t);
  }
}
