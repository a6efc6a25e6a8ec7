package org.jyston.unwind.linked.impl;

import org.jyston.api.UnwinderStrategy;
import org.jyston.testkit.UnwinderContract;

class LinkedUnwinderTest extends UnwinderContract {
    @Override
    protected UnwinderStrategy strategy() {
        return new LinkedUnwinder();
    }

    @Override
    protected String expectedName() {
        return "linked";
    }
}
