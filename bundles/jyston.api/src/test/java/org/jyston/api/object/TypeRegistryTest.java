package org.jyston.api.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TypeRegistryTest {
    static final class Thing {}

    @BeforeAll
    static void object() {
        if (TypeRegistry.byName("object") == null) {
            TypeRegistry.register(new TypeSpec("object"));
        }
    }

    @Test
    void registeringAndUnregisteringMovesTheClassMapping() {
        TypeRef ref = TypeRef.of("registry_thing");
        assertThat(ref.getOrNull()).isNull();
        PyType t = TypeRegistry.register(new TypeSpec("registry_thing").representation(Thing.class));
        assertThat(PyType.of(new Thing())).isSameAs(t);
        assertThat(ref.get()).isSameAs(t);
        TypeRegistry.unregister(t);
        assertThat(ref.getOrNull()).isNull();
        PyType again = TypeRegistry.register(new TypeSpec("registry_thing").representation(Thing.class));
        assertThat(again).isNotSameAs(t);
        assertThat(PyType.of(new Thing())).isSameAs(again);
        assertThat(ref.get()).isSameAs(again);
        TypeRegistry.unregister(again);
    }

    @Test
    void inlineArithmeticFollowsTheRegisteredTypeOfLongAndDouble() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                TypeRegistry.byName("int") == null && TypeRegistry.byName("float") == null,
                "needs a type table without int and float (no other test of this module registers them)");
        assertThat(TypeRegistry.longsInline()).isFalse();
        PyType plain = TypeRegistry.register(new TypeSpec("int").representation(Long.class));
        assertThat(TypeRegistry.longsInline()).isFalse();
        TypeRegistry.unregister(plain);
        PyType exact = TypeRegistry.register(new TypeSpec("int").representation(Long.class)
                .flag(TypeSpec.Flag.INLINE_FAST_PATHS));
        PyType dbl = TypeRegistry.register(new TypeSpec("float").representation(Double.class)
                .flag(TypeSpec.Flag.INLINE_FAST_PATHS));
        assertThat(TypeRegistry.longsInline()).isTrue();
        assertThat(TypeRegistry.doublesInline()).isTrue();
        // a replacement int without the promise turns inline arithmetic off at once
        TypeRegistry.unregister(exact);
        assertThat(TypeRegistry.longsInline()).isFalse();
        TypeRegistry.unregister(dbl);
        assertThat(TypeRegistry.doublesInline()).isFalse();
    }

    @Test
    void aMissingBaseIsRefused() {
        TypeSpec spec = new TypeSpec("orphan").base("no_such_base");
        assertThat(TypeRegistry.canRegister(spec)).isFalse();
        assertThatThrownBy(() -> TypeRegistry.register(spec)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void slotsAreInheritedAlongTheMro() {
        PyType base = TypeRegistry.register(new TypeSpec("inherit_base").unary(Slot.REPR, o -> "base repr"));
        PyType sub = TypeRegistry.register(new TypeSpec("inherit_sub").base("inherit_base"));
        try {
            assertThat(sub.unary(Slot.REPR).apply(null)).isEqualTo("base repr");
            assertThat(sub.definesOwn(Slot.REPR)).isFalse();
            assertThat(sub.getMro()).containsExactly(sub, base, TypeRegistry.byName("object"));
            assertThat(sub.lookup("__repr__")).isInstanceOf(PySlotWrapper.class);
        } finally {
            TypeRegistry.unregister(sub);
            TypeRegistry.unregister(base);
        }
    }
}
