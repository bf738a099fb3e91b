package org.weakties.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.weakties.exec.CancellationToken;

/**
 * Ctrl-C handling: on SIGINT the running command's {@link CancellationToken} is cancelled, and the JVM
 * waits (up to 5 s) for the command to stop cleanly at its next check, so no half-written report is
 * left behind without a message.
 */
final class Interrupts {
  private static volatile CancellationToken token = CancellationToken.create();
  private static volatile CountDownLatch finished = new CountDownLatch(1);
  private static Thread hook;

  private Interrupts() {}

  /** The token of the current command. */
  static CancellationToken token() {
    return token;
  }

  static synchronized void install() {
    token = CancellationToken.create();
    finished = new CountDownLatch(1);
    if (hook == null) {
      hook = new Thread(() -> {
        token.cancel();
        try {
          finished.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "weakties-interrupt");
      try {
        Runtime.getRuntime().addShutdownHook(hook);
      } catch (IllegalStateException e) {
        // shutting down already
      }
    }
  }

  static void done() {
    finished.countDown();
  }
}
