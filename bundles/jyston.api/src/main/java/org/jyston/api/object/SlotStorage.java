package org.jyston.api.object;

/**
 * An object of a builtin type's subclass that keeps the values of its class's {@code __slots__}
 * (instances of pure-Python classes keep them in {@link PyInstance}). The array is made on first
 * use, large enough for every slot of the instance's class.
 */
public interface SlotStorage {
    /** The slot values, made with {@code size} cells on first use. */
    Object[] slotValues(int size);
}
