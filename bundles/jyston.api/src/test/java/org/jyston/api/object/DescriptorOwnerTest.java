package org.jyston.api.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builtin methods and computed attributes learn the type that holds them; __get__ takes the owner as optional. */
class DescriptorOwnerTest {
    @BeforeAll
    static void object() {
        if (TypeRegistry.byName("object") == null) {
            TypeRegistry.register(new TypeSpec("object"));
        }
    }

    @Test
    void aTypeRecordsItselfAsOwnerOfItsMethodsAndGetSets() {
        PyBuiltinFunction m = new PyBuiltinFunction("frob", (a, kw) -> a[0]);
        GetSetDescriptor g = new GetSetDescriptor("size", "owner_thing", self -> 3L, null, null);
        PyType t = TypeRegistry.register(new TypeSpec("owner_thing").attribute("frob", m).attribute("size", g));
        try {
            assertThat(m.owner()).isSameAs(t);
            assertThat(g.owner()).isSameAs(t);
            assertThat(g.toString()).isEqualTo("<attribute 'size' of 'owner_thing' objects>");
            // a module function given to a type is a method of it, not of a module
            m.setModule(new PyModule("mod"));
            assertThat(m.module()).isNull();
        } finally {
            TypeRegistry.unregister(t);
        }
    }

    @Test
    void aGetSetWithoutSetterIsNotWritable() {
        GetSetDescriptor g = new GetSetDescriptor("size", "object", self -> 3L, null, null);
        assertThatThrownBy(() -> g.set("x", 1L)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aModuleFunctionKeepsTheFirstModuleItIsGiven() {
        PyBuiltinFunction f = new PyBuiltinFunction("lenish", (a, kw) -> 0L);
        PyModule first = new PyModule("first");
        f.setModule(first);
        f.setModule(new PyModule("second"));
        assertThat(f.module()).isSameAs(first);
    }

    static final class Sized {
        final int n;

        Sized(int n) {
            this.n = n;
        }
    }

    @Test
    void anInternalSlotWorksButIsNotInTheDictionary() {
        PyType t = TypeRegistry.register(new TypeSpec("sized_thing").representation(Sized.class)
                .unary(Slot.LEN, self -> (long) ((Sized) self).n)
                .unary(Slot.BOOL, self -> ((Sized) self).n != 0).internal(Slot.BOOL));
        try {
            assertThat(t.getDict()).containsKey("__len__").doesNotContainKey("__bool__");
            assertThat(t.unary(Slot.BOOL)).isNotNull();
            assertThat(Op.isTrue(new Sized(0))).isFalse();
            assertThat(Op.isTrue(new Sized(2))).isTrue();
        } finally {
            TypeRegistry.unregister(t);
        }
    }

    @Test
    void aBuiltinFunctionCarriesItsDocAndSignature() {
        PyBuiltinFunction f = new PyBuiltinFunction("lenish", (a, kw) -> 0L);
        assertThat(f.doc()).isNull();
        f.describe("Return the number of items.", "($module, obj, /)");
        assertThat(f.doc()).isEqualTo("Return the number of items.");
        assertThat(f.textSignature()).isEqualTo("($module, obj, /)");
    }

    static final class Getter {}

    @Test
    void slotWrapperGetTakesTheOwnerAsOptional() {
        Slot.Ternary get = (self, inst, owner) -> PyTuple.of(inst, owner);
        PyType t = TypeRegistry.register(new TypeSpec("getter_thing").representation(Getter.class)
                .ternary(Slot.GET, get));
        try {
            PySlotWrapper w = (PySlotWrapper) t.getDict().get("__get__");
            Getter g = new Getter();
            PyTuple one = (PyTuple) w.invoke(new Object[] {g, "inst"}, null);
            assertThat(one.get(0)).isEqualTo("inst");
            assertThat(one.get(1)).isSameAs(PyNone.None);
            PyTuple two = (PyTuple) w.invoke(new Object[] {g, "inst", "cls"}, null);
            assertThat(two.get(1)).isEqualTo("cls");
        } finally {
            TypeRegistry.unregister(t);
        }
    }
}
