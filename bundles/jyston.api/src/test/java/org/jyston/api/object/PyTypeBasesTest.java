package org.jyston.api.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code __bases__} assignment and the lay-out rules of heap types, on a root builtin of the test's own. */
class PyTypeBasesTest {
    private static PyType root;

    @BeforeAll
    static void registerRoot() {
        if (TypeRegistry.byName("object") == null) {
            TypeRegistry.register(new TypeSpec("object"));
        }
        root = TypeRegistry.byName("bases_test_root");
        if (root == null) {
            root = TypeRegistry.register(new TypeSpec("bases_test_root").flag(TypeSpec.Flag.BASETYPE));
        }
    }

    private static PyType cls(String name, Object slots, PyType... bases) {
        Map<String, Object> ns = new LinkedHashMap<>();
        if (slots != null) {
            ns.put("__slots__", slots);
        }
        return PyType.newHeapType(name, List.of(bases), ns, null);
    }

    @Test
    void assigningBasesRecomputesTheMroOfTheClassAndItsSubclasses() {
        PyType a = cls("A", null, root);
        PyType b = cls("B", null, root);
        PyType c = cls("C", null, a);
        PyType d = cls("D", null, c);
        int before = d.version();
        c.setBases(List.of(b));
        PyType object = TypeRegistry.byName("object");
        assertThat(c.getMro()).containsExactly(c, b, root, object);
        assertThat(d.getMro()).containsExactly(d, c, b, root, object);
        assertThat(d.version()).isNotEqualTo(before);
        assertThat(c.base()).isSameAs(b);
        assertThat(b.liveSubclasses()).contains(c);
        assertThat(a.liveSubclasses()).doesNotContain(c);
    }

    @Test
    void aFailedMroLeavesEverythingAsItWas() {
        PyType p = cls("P", null, root);
        PyType q = cls("Q", null, p);
        PyType y = cls("Y", null, root);
        PyType z = cls("Z", null, y);
        List<PyType> mro = z.getMro();
        assertThatThrownBy(() -> z.setBases(List.of(p, q))).hasMessageContaining("consistent method resolution");
        assertThat(z.getMro()).isEqualTo(mro);
        assertThat(z.getBases()).containsExactly(y);
    }

    @Test
    void cyclesAndLayoutChangesAreRefused() {
        PyType x = cls("X", null, root);
        PyType sub = cls("Sub", null, x);
        PyType slotted = cls("S", "a", root);
        assertThatThrownBy(() -> x.setBases(List.of(sub))).hasMessageContaining("inheritance cycle");
        assertThatThrownBy(() -> sub.setBases(List.of(slotted))).hasMessageContaining("object layout differs");
        assertThat(sub.getBases()).containsExactly(x);
    }

    @Test
    void twoClassesThatEachAddSlotsConflictButASlottedAndAPlainClassCombine() {
        PyType s1 = cls("S1", "a", root);
        PyType s2 = cls("S2", "b", root);
        PyType plain = cls("Plain", null, root);
        assertThatThrownBy(() -> cls("SS", null, s1, s2)).hasMessageContaining("lay-out conflict");
        PyType both = cls("PS1", null, plain, s1);
        assertThat(both.getMro()).containsExactly(both, plain, s1, root, TypeRegistry.byName("object"));
        assertThat(both.base()).isSameAs(s1); // CPython's best base: the one whose solid base is deepest
    }
}
