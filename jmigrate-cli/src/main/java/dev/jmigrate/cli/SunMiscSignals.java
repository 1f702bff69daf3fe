package dev.jmigrate.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * SIGINT through {@code sun.misc.Signal}, reached by reflection (naming it in code draws a javac warning that
 * cannot be suppressed). Where it is unavailable, nothing is installed and Ctrl-C keeps its default effect.
 */
final class SunMiscSignals implements Signals {
    private static final String SIGNAL = "sun.misc.Signal";
    private static final String HANDLER = "sun.misc.SignalHandler";

    @Override
    public Registration onInterrupt(Runnable action) {
        try {
            Class<?> signalClass = Class.forName(SIGNAL);
            Class<?> handlerClass = Class.forName(HANDLER);
            Object signal = signalClass.getConstructor(String.class).newInstance("INT");
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            Object previous = handle.invoke(null, signal, handlerFor(action));
            return () -> restore(handle, signal, previous);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            return () -> { };
        }
    }

    /** A {@code sun.misc.SignalHandler} whose {@code handle(Signal)} runs {@code action}. */
    static Object handlerFor(Runnable action) throws ClassNotFoundException {
        Class<?> handlerClass = Class.forName(HANDLER);
        return Proxy.newProxyInstance(SunMiscSignals.class.getClassLoader(), new Class<?>[] {handlerClass},
                new Handler(action));
    }

    private static void restore(Method handle, Object signal, Object previous) {
        try {
            handle.invoke(null, signal, previous);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the process is ending its command; the previous handler matters no more than this one
        }
    }

    /** Runs the action for {@code handle}; answers the {@link Object} methods itself. */
    private static final class Handler implements InvocationHandler {
        private final Runnable action;

        Handler(Runnable action) {
            this.action = action;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            switch (method.getName()) {
                case "handle":
                    action.run();
                    return null;
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "SIGINT handler of migrate";
                default:
                    return null;
            }
        }
    }
}
