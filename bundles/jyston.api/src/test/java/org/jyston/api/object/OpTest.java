package org.jyston.api.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operator protocol against small test types: left-then-reflected order, NotImplemented,
 * the subclass-first rule, and CPython's messages when nothing applies.
 */
class OpTest {
    /** Java classes standing for the test types' instances. */
    static final class Left {}

    static final class Right {}

    static final class RightSub implements PyObject {
        private final PyType type;

        RightSub(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }
    }

    static PyType left;
    static PyType right;
    static PyType rightSub;

    @BeforeAll
    static void types() {
        if (TypeRegistry.byName("object") == null) {
            TypeRegistry.register(new TypeSpec("object"));
        }
        for (String n : new String[] {"BaseException", "Exception", "TypeError"}) {
            if (TypeRegistry.byName(n) == null) {
                TypeSpec s = new TypeSpec(n).flag(TypeSpec.Flag.EXCEPTION);
                if (!n.equals("BaseException")) {
                    s.base(n.equals("Exception") ? "BaseException" : "Exception");
                }
                TypeRegistry.register(s);
            }
        }
        left = TypeRegistry.register(new TypeSpec("optest_left").representation(Left.class)
                .binary(Slot.ADD, (a, b) -> b instanceof Left ? "left+left" : PyNotImplemented.NotImplemented));
        right = TypeRegistry.register(new TypeSpec("optest_right").representation(Right.class)
                .binary(Slot.RADD, (a, b) -> "right.__radd__"));
        rightSub = TypeRegistry.register(new TypeSpec("optest_sub").base("optest_left")
                .binary(Slot.RADD, (a, b) -> "sub.__radd__"));
    }

    @Test
    void typeOfAJavaObjectComesFromItsRepresentationClass() {
        assertThat(PyType.of(new Left())).isSameAs(left);
        assertThat(PyType.of(new RightSub(rightSub))).isSameAs(rightSub);
    }

    @Test
    void leftOperandFirst() {
        assertThat(Op.binary(Slot.ADD, new Left(), new Left())).isEqualTo("left+left");
    }

    @Test
    void reflectedWhenLeftDeclines() {
        assertThat(Op.binary(Slot.ADD, new Left(), new Right())).isEqualTo("right.__radd__");
    }

    @Test
    void subclassOverridingTheReflectedMethodGoesFirst() {
        assertThat(Op.binary(Slot.ADD, new Left(), new RightSub(rightSub))).isEqualTo("sub.__radd__");
    }

    @Test
    void nothingAppliesGivesCPythonsTypeError() {
        assertThatThrownBy(() -> Op.binary(Slot.SUB, new Left(), new Right()))
                .isInstanceOf(PyException.class)
                .hasMessage("TypeError: unsupported operand type(s) for -: 'optest_left' and 'optest_right'");
    }

    @Test
    void equalityFallsBackToIdentity() {
        Left a = new Left();
        assertThat(Op.compare(Slot.EQ, a, a)).isEqualTo(true);
        assertThat(Op.compare(Slot.EQ, a, new Left())).isEqualTo(false);
        assertThat(Op.compare(Slot.NE, a, new Left())).isEqualTo(true);
    }

    @Test
    void orderingWithoutSlotsIsATypeError() {
        assertThatThrownBy(() -> Op.compare(Slot.LT, new Left(), new Right()))
                .hasMessage("TypeError: '<' not supported between instances of 'optest_left' and 'optest_right'");
    }

    @Test
    void callingANonCallable() {
        assertThatThrownBy(() -> Op.call(new Left()))
                .hasMessage("TypeError: 'optest_left' object is not callable");
    }
}
