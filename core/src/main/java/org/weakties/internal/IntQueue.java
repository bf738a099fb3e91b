package org.weakties.internal;

/**
 * A FIFO queue of ints backed by one array of fixed capacity (each element is enqueued at most once
 * per traversal, as in BFS). Not part of the public API.
 */
public final class IntQueue {
  private final int[] a;
  private int head;
  private int tail;

  /** Creates a queue that can hold {@code capacity} enqueues between two {@link #clear()} calls. */
  public IntQueue(int capacity) {
    a = new int[Math.max(1, capacity)];
  }

  /** Enqueues a value. */
  public void add(int v) {
    a[tail++] = v;
  }

  /** Dequeues the oldest value. */
  public int poll() {
    return a[head++];
  }

  /** Whether no value is waiting. */
  public boolean isEmpty() {
    return head == tail;
  }

  /** Number of values waiting. */
  public int size() {
    return tail - head;
  }

  /** Values enqueued since the last clear, in order (including those already dequeued). */
  public int enqueued(int i) {
    return a[i];
  }

  /** Number of values enqueued since the last clear. */
  public int enqueuedCount() {
    return tail;
  }

  /** Forgets every value. */
  public void clear() {
    head = 0;
    tail = 0;
  }
}
