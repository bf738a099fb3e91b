package org.weakties.internal;

/** A growable stack of ints for iterative traversals. Not part of the public API. */
public final class IntStack {
  private int[] a;
  private int size;

  /** Creates a stack with the given initial capacity. */
  public IntStack(int capacity) {
    a = new int[Math.max(4, capacity)];
  }

  /** Pushes a value. */
  public void push(int v) {
    if (size == a.length) {
      a = IntArrays.grow(a, size + 1);
    }
    a[size++] = v;
  }

  /** Pops the top value. */
  public int pop() {
    return a[--size];
  }

  /** The top value, without removing it. */
  public int peek() {
    return a[size - 1];
  }

  /** Whether the stack is empty. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Number of elements. */
  public int size() {
    return size;
  }

  /** Removes every element. */
  public void clear() {
    size = 0;
  }
}
