package org.jyston.api.layout;

import org.jyston.api.object.PyDict;
import org.jyston.api.object.PyInstance;
import org.jyston.api.object.PyType;

/**
 * The dict-backed layout: every instance carries its {@code __dict__} from the start and every
 * attribute access is a dictionary operation. The kernel's fallback and the layout of the
 * {@code jyston.layout.dict} bundle; it has no fixed positions, so inline caches on its instances
 * guard the type but still look the name up.
 */
public final class DictInstance extends PyInstance {
    private volatile PyDict dict = new PyDict();

    public DictInstance(PyType type) {
        super(type);
    }

    @Override
    public Object getAttribute(String name) {
        return dict.get(name);
    }

    @Override
    public void putAttribute(String name, Object value) {
        dict.put(name, value);
    }

    @Override
    public boolean removeAttribute(String name) {
        return dict.remove(name) != null;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyDict getDictIfPresent() {
        return dict;
    }
}
