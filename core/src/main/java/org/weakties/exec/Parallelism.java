package org.weakties.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work split into a fixed number of blocks on a bounded number of threads.
 *
 * <p>Determinism rule of the library: the split into blocks depends only on the problem size, never on
 * the thread count, and partial results are combined in block order. Therefore every algorithm returns
 * the same bits with 1 or N threads. {@code threads = 0} means "all available processors".
 */
public final class Parallelism {

  /** Default number of blocks a range of work is cut into (independent of the thread count). */
  public static final int DEFAULT_BLOCKS = 256;

  private Parallelism() {}

  /** Resolves a user thread count: 0 means all available processors; negative values are rejected. */
  public static int resolveThreads(int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got " + threads);
    }
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }

  /** Work on a block {@code [from, to)} of a range, with the block's index. */
  @FunctionalInterface
  public interface BlockTask {
    /** Processes indices {@code from} (inclusive) to {@code to} (exclusive) of block {@code block}. */
    void run(int block, int from, int to);
  }

  /** Number of blocks used for a range of {@code size} items: min(size, DEFAULT_BLOCKS), at least 1. */
  public static int blockCount(long size) {
    return (int) Math.max(1, Math.min(size, DEFAULT_BLOCKS));
  }

  /** Start of block {@code b} of {@code blocks} over {@code [0, size)}. */
  public static int blockStart(int size, int blocks, int b) {
    return (int) ((long) size * b / blocks);
  }

  /**
   * Runs {@code task} over {@code [0, size)} cut into {@link #blockCount(long)} blocks, on up to
   * {@code threads} threads. Blocks are claimed dynamically, but each block's bounds depend only on
   * {@code size}, so results written per block are independent of scheduling. The token is polled
   * between blocks; exceptions thrown by a block are rethrown in the caller.
   */
  public static void forEachBlock(int size, int threads, CancellationToken token, String what,
      BlockTask task) {
    int blocks = blockCount(size);
    int t = Math.min(resolveThreads(threads), blocks);
    if (t <= 1) {
      for (int b = 0; b < blocks; b++) {
        token.throwIfCancelled(what);
        task.run(b, blockStart(size, blocks, b), blockStart(size, blocks, b + 1));
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(t, daemonFactory());
    try {
      List<Future<?>> futures = new ArrayList<>(t);
      for (int i = 0; i < t; i++) {
        futures.add(pool.submit(() -> {
          for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            if (token.isCancelled()) {
              return;
            }
            task.run(b, blockStart(size, blocks, b), blockStart(size, blocks, b + 1));
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException(what + " was interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    } finally {
      pool.shutdownNow();
    }
    token.throwIfCancelled(what);
  }

  private static ThreadFactory daemonFactory() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread th = new Thread(r, "weakties-worker-" + count.incrementAndGet());
      th.setDaemon(true);
      return th;
    };
  }
}
