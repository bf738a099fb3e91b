import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.LogManager;
import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.channels.LoopThread;
import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.Transform;

/**
 * Starts rapaio-jupyter-kernel 3.0.1 without its two start-up races; run-notebook.sh uses it as the
 * kernel command (Java source-file mode: {@code java -cp KERNEL.jar KernelLauncher.java CONNECTION}).
 *
 * <p>Race 1: the kernel binds its sockets and starts the shell thread before it fills its table of
 * message handlers. Jupyter's client queues {@code kernel_info_request} before the kernel is up, so
 * the request often arrives in that gap and the shell thread dies on the missing table. Race 2: the
 * kernel's loop threads set their "running" flag only after {@code Thread.start()}, so a thread that
 * is scheduled at once sees the flag still false and ends silently; without its shell or heartbeat
 * loop the kernel never answers. Either way the client reports "Kernel didn't respond". On a busy
 * machine this happened to most starts.
 *
 * <p>The fix keeps the kernel's own start-up order ({@code MainApp.main}) and adds two guards: before
 * connecting, the handler table is set to a stand-in whose lookups wait until the connection is
 * complete and then read the real table; after connecting, a watchdog restarts the body of any loop
 * thread that ended while its flag says it should run (and stops when the kernel shuts its loops
 * down).
 */
public final class KernelLauncher {
  private KernelLauncher() {}

  /** Runs the kernel on the connection file given as the only argument. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: KernelLauncher CONNECTION_FILE");
    }
    LogManager.getLogManager().readConfiguration(
        MainApp.class.getClassLoader().getResourceAsStream("logging.properties"));
    ConnectionProperties props = Transform.fromJson(Files.readString(Path.of(args[0])),
        ConnectionProperties.class);
    Channels channels = new Channels(props);
    Field handlers = field(Channels.class, "handlers");
    CountDownLatch connected = new CountDownLatch(1);
    handlers.set(channels, new WaitingTable(channels, handlers, connected));
    channels.connect(MainApp.kernel);
    connected.countDown();
    watch(loops(channels));
    channels.joinUntilClose();
  }

  /** The loop threads of the channels that have one (shell, control, heartbeat). */
  private static List<LoopThread> loops(Channels channels) throws ReflectiveOperationException {
    List<LoopThread> loops = new ArrayList<>();
    for (Field f : Channels.class.getDeclaredFields()) {
      for (Field g : f.getType().getDeclaredFields()) {
        if (g.getType() == LoopThread.class) {
          f.setAccessible(true);
          g.setAccessible(true);
          loops.add((LoopThread) g.get(f.get(channels)));
        }
      }
    }
    return loops;
  }

  /** Starts the watchdog of race 2 (a daemon thread polling every 50 ms). */
  private static void watch(List<LoopThread> loops) throws ReflectiveOperationException {
    Field running = field(LoopThread.class, "running");
    Field body = field(LoopThread.class, "loopBody");
    Field sleep = field(LoopThread.class, "sleep");
    Thread watchdog = new Thread(() -> {
      List<LoopThread> pending = new ArrayList<>(loops);
      try {
        while (!pending.isEmpty()) {
          for (LoopThread t : new ArrayList<>(pending)) {
            if (!running.getBoolean(t)) {
              pending.remove(t);  // shut down by the kernel, or restarted already
            } else if (!t.isAlive()) {
              pending.remove(t);
              restart(t, running, (Runnable) body.get(t), sleep.getLong(t));
            }
          }
          Thread.sleep(50);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }, "loop-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  /** Runs the body of a loop thread that ended early on a new thread, as long as its flag is set. */
  private static void restart(LoopThread dead, Field running, Runnable body, long sleep) {
    System.err.println("KernelLauncher: loop thread " + dead.getName() + " ended early; restarted");
    Thread t = new Thread(() -> {
      try {
        while (running.getBoolean(dead)) {
          body.run();
          Thread.sleep(sleep);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }, dead.getName() + "-restarted");
    t.start();
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** A handler table whose lookups wait for the connection and then use the real table (race 1). */
  private static final class WaitingTable extends AbstractMap<Object, Object> {
    private final Channels channels;
    private final Field field;
    private final CountDownLatch connected;

    WaitingTable(Channels channels, Field field, CountDownLatch connected) {
      this.channels = channels;
      this.field = field;
      this.connected = connected;
    }

    @Override
    public Object get(Object key) {
      try {
        connected.await();
        return ((Map<?, ?>) field.get(channels)).get(key);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return Set.of();
    }
  }
}
