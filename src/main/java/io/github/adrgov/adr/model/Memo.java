package io.github.adrgov.adr.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The remembered results of a pure function of a string, for the few heading names a log repeats in every file and
 * asks about thousands of times. Bounded: past its size it forgets everything and starts again. Thread-safe (the
 * parallel parse asks from several threads); null results are remembered too.
 *
 * @param <V> the result
 */
public final class Memo<V> {

    private static final Object NULL = new Object();

    private final int size;
    private final Function<String, V> function;
    private final Map<String, Object> known = new ConcurrentHashMap<>();

    /** A memo of {@code function} holding at most {@code size} results. */
    public Memo(int size, Function<String, V> function) {
        this.size = size;
        this.function = function;
    }

    /** {@code function.apply(key)}, remembered. */
    @SuppressWarnings("unchecked")
    public V get(String key) {
        Object v = known.get(key);
        if (v == null) {
            V computed = function.apply(key);
            v = computed == null ? NULL : computed;
            if (known.size() >= size) {
                known.clear();
            }
            known.put(key, v);
        }
        return v == NULL ? null : (V) v;
    }
}
