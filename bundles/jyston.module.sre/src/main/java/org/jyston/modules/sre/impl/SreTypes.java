package org.jyston.modules.sre.impl;

import java.util.List;
import org.jyston.api.BuiltinType;
import org.jyston.api.object.BuiltinMethods;
import org.jyston.api.object.GetSetDescriptor;
import org.jyston.api.object.Op;
import org.jyston.api.object.PyGenericAlias;
import org.jyston.api.object.PyMappingProxy;
import org.jyston.api.object.PyNone;
import org.jyston.api.object.PyNotImplemented;
import org.jyston.api.object.Slot;
import org.jyston.api.object.TypeSpec;
import org.osgi.service.component.annotations.Component;

/**
 * The types of {@code _sre}'s objects, named as CPython names them: {@code re.Pattern},
 * {@code re.Match} and {@code _sre.SRE_Scanner}. None is a builtin name and none can be made by
 * calling it.
 */
@Component(service = BuiltinType.class)
public class SreTypes implements BuiltinType {
    static final String PATTERN = "Pattern";
    static final String MATCH = "Match";
    static final String SCANNER = "SRE_Scanner";

    @Override
    public List<TypeSpec> specs() {
        return List.of(pattern(), match(), scanner());
    }

    private static TypeSpec base(String name, String module, Class<?> rep) {
        // no instances from Python code; the message names the type as CPython's tp_name does
        String full = module + "." + name;
        return new TypeSpec(name).flag(TypeSpec.Flag.HIDDEN).attribute("__module__", module).representation(rep)
                .call(Slot.NEW, (type, args, kw) -> {
                    throw org.jyston.api.object.Errors.typeError("cannot create '" + full + "' instances");
                });
    }

    private static GetSetDescriptor attr(String name, String owner, GetSetDescriptor.Getter g, String doc) {
        return new GetSetDescriptor(name, owner, g, null, doc);
    }

    static TypeSpec pattern() {
        TypeSpec s = base(PATTERN, "re", PatternObject.class)
                .doc("Compiled regular expression object.");
        String t = "re.Pattern";
        Class<?> c = PatternObject.class;
        s.attribute("match", BuiltinMethods.method(t, c, "match", (self, a, k) -> ((PatternObject) self).find("match", a, k, 0)));
        s.attribute("fullmatch", BuiltinMethods.method(t, c, "fullmatch",
                (self, a, k) -> ((PatternObject) self).find("fullmatch", a, k, 1)));
        s.attribute("search", BuiltinMethods.method(t, c, "search", (self, a, k) -> ((PatternObject) self).find("search", a, k, 2)));
        s.attribute("sub", BuiltinMethods.method(t, c, "sub", (self, a, k) -> ((PatternObject) self).subx("sub", a, k, false)));
        s.attribute("subn", BuiltinMethods.method(t, c, "subn", (self, a, k) -> ((PatternObject) self).subx("subn", a, k, true)));
        s.attribute("split", BuiltinMethods.method(t, c, "split", (self, a, k) -> ((PatternObject) self).split(a, k)));
        s.attribute("findall", BuiltinMethods.method(t, c, "findall", (self, a, k) -> ((PatternObject) self).findall(a, k)));
        s.attribute("finditer", BuiltinMethods.method(t, c, "finditer", (self, a, k) -> finditer((PatternObject) self, a, k)));
        s.attribute("scanner", BuiltinMethods.method(t, c, "scanner", (self, a, k) -> scanner((PatternObject) self, "scanner", a, k)));
        s.attribute("__copy__", BuiltinMethods.method(t, c, "__copy__", (self, a, k) -> {
            BuiltinMethods.none("Pattern.__copy__", a, k);
            return self;
        }));
        s.attribute("__deepcopy__", BuiltinMethods.method(t, c, "__deepcopy__", (self, a, k) -> {
            BuiltinMethods.one("Pattern.__deepcopy__", a, k);
            return self;
        }));
        s.attribute("__class_getitem__", PyGenericAlias.classGetItem());
        s.attribute("pattern", attr("pattern", PATTERN, o -> ((PatternObject) o).pattern,
                "The pattern string from which the RE object was compiled."));
        s.attribute("flags", attr("flags", PATTERN, o -> (long) ((PatternObject) o).flags, "The regex matching flags."));
        s.attribute("groups", attr("groups", PATTERN, o -> (long) ((PatternObject) o).groups,
                "The number of capturing groups in the pattern."));
        s.attribute("groupindex", attr("groupindex", PATTERN, o -> {
            PatternObject p = (PatternObject) o;
            return p.groupindex == null ? new org.jyston.api.object.PyDict() : new PyMappingProxy(p.groupindex);
        }, "A dictionary mapping group names to group numbers."));
        s.unary(Slot.REPR, self -> ((PatternObject) self).repr());
        s.unary(Slot.HASH, self -> ((PatternObject) self).hash());
        s.binary(Slot.EQ, (a, b) -> b instanceof PatternObject p ? (Object) ((PatternObject) a).sameAs(p)
                : PyNotImplemented.NotImplemented);
        s.binary(Slot.NE, (a, b) -> b instanceof PatternObject p ? (Object) !((PatternObject) a).sameAs(p)
                : PyNotImplemented.NotImplemented);
        return s;
    }

    private static final String[] STRING_POS_ENDPOS = {"string", "pos", "endpos"};

    private static ScannerObject scanner(PatternObject p, String fname, Object[] a, String[] k) {
        Object[] v = Args.parse(fname, a, k, STRING_POS_ENDPOS, 1);
        return new ScannerObject(p, v[0], Args.ssize(v[1], 0), Args.ssize(v[2], Long.MAX_VALUE));
    }

    /** {@code iter(scanner.search, None)}, as CPython builds it (a {@code callable_iterator}). */
    private static Object finditer(PatternObject p, Object[] a, String[] k) {
        ScannerObject sc = scanner(p, "finditer", a, k);
        Object search = Op.getattr(sc, "search");
        org.jyston.api.object.FrameView f = org.jyston.api.object.PyThreadState.current().frame;
        Object iter = f == null ? null : f.builtins().get("iter");
        if (iter != null) {
            return Op.call(iter, search, PyNone.None);
        }
        // no Python frame (Java callers): the matches, found now
        java.util.List<Object> all = new java.util.ArrayList<>();
        for (Object m = sc.step(true); m != PyNone.None; m = sc.step(true)) {
            all.add(m);
        }
        return Op.iter(new org.jyston.api.object.PyList(all.toArray()));
    }

    static TypeSpec match() {
        TypeSpec s = base(MATCH, "re", MatchObject.class)
                .doc("The result of re.match() and re.search().\nMatch objects always have a boolean value of True.");
        String t = "re.Match";
        Class<?> c = MatchObject.class;
        s.attribute("group", BuiltinMethods.method(t, c, "group", (self, a, k) -> {
            BuiltinMethods.noKw("Match.group", k);
            return ((MatchObject) self).group(a);
        }));
        s.attribute("groups", BuiltinMethods.method(t, c, "groups", (self, a, k) -> {
            Object[] v = Args.parse("groups", a, k, new String[] {"default"}, 0);
            return ((MatchObject) self).groups(v[0] == null ? PyNone.None : v[0]);
        }));
        s.attribute("groupdict", BuiltinMethods.method(t, c, "groupdict", (self, a, k) -> {
            Object[] v = Args.parse("groupdict", a, k, new String[] {"default"}, 0);
            return ((MatchObject) self).groupdict(v[0] == null ? PyNone.None : v[0]);
        }));
        s.attribute("start", BuiltinMethods.method(t, c, "start", (self, a, k) -> (long) bound((MatchObject) self, "start", a, k)[0]));
        s.attribute("end", BuiltinMethods.method(t, c, "end", (self, a, k) -> (long) bound((MatchObject) self, "end", a, k)[1]));
        s.attribute("span", BuiltinMethods.method(t, c, "span", (self, a, k) -> {
            int[] b = bound((MatchObject) self, "span", a, k);
            return org.jyston.api.object.PyTuple.of((long) b[0], (long) b[1]);
        }));
        s.attribute("expand", BuiltinMethods.method(t, c, "expand", (self, a, k) -> {
            Object[] v = Args.parse("expand", a, k, new String[] {"template"}, 1);
            MatchObject m = (MatchObject) self;
            return Op.call(PatternObject.reModuleAttr("_expand"), m.pattern, m, v[0]);
        }));
        s.attribute("__copy__", BuiltinMethods.method(t, c, "__copy__", (self, a, k) -> {
            BuiltinMethods.none("Match.__copy__", a, k);
            return self;
        }));
        s.attribute("__deepcopy__", BuiltinMethods.method(t, c, "__deepcopy__", (self, a, k) -> {
            BuiltinMethods.one("Match.__deepcopy__", a, k);
            return self;
        }));
        s.attribute("__class_getitem__", PyGenericAlias.classGetItem());
        s.attribute("string", attr("string", MATCH, o -> ((MatchObject) o).string, "The string passed to match() or search()."));
        s.attribute("re", attr("re", MATCH, o -> ((MatchObject) o).pattern,
                "The regular expression object whose match() or search() method produced this match instance."));
        s.attribute("pos", attr("pos", MATCH, o -> (long) ((MatchObject) o).pos,
                "The index into the string at which the RE engine started looking for a match."));
        s.attribute("endpos", attr("endpos", MATCH, o -> (long) ((MatchObject) o).endpos,
                "The index into the string beyond which the RE engine will not go."));
        s.attribute("lastindex", attr("lastindex", MATCH, o -> {
            int i = ((MatchObject) o).lastIndex;
            return i < 0 ? PyNone.None : (Object) (long) i;
        }, "The integer index of the last matched capturing group."));
        s.attribute("lastgroup", attr("lastgroup", MATCH, o -> ((MatchObject) o).lastgroup(),
                "The name of the last matched capturing group."));
        s.attribute("regs", attr("regs", MATCH, o -> ((MatchObject) o).regsTuple(), null));
        s.unary(Slot.REPR, self -> ((MatchObject) self).repr());
        s.binary(Slot.GETITEM, (self, g) -> {
            MatchObject m = (MatchObject) self;
            return m.group(m.index(g), PyNone.None);
        });
        return s;
    }

    /** The span of the group named by the optional argument of start()/end()/span(). */
    private static int[] bound(MatchObject m, String name, Object[] a, String[] k) {
        BuiltinMethods.range(name, "Match." + name, 0, 1, a, k);
        int g = a.length == 0 ? 0 : m.index(a[0]);
        return new int[] {m.regs[2 * g], m.regs[2 * g + 1]};
    }

    /**
     * The scanner's methods take no positional arguments (Argument Clinic's message for them has no
     * count) and, as in CPython 3.11, ignore keyword arguments.
     */
    private static void noArgs(String name, Object[] a, String[] k) {
        if (a.length - BuiltinMethods.nkw(k) != 0) {
            throw org.jyston.api.object.Errors.typeError(name + "() takes no arguments");
        }
    }

    static TypeSpec scanner() {
        TypeSpec s = base(SCANNER, "_sre", ScannerObject.class);
        String t = "_sre.SRE_Scanner";
        Class<?> c = ScannerObject.class;
        s.attribute("match", BuiltinMethods.method(t, c, "match", (self, a, k) -> {
            noArgs("match", a, k);
            return ((ScannerObject) self).step(false);
        }));
        s.attribute("search", BuiltinMethods.method(t, c, "search", (self, a, k) -> {
            noArgs("search", a, k);
            return ((ScannerObject) self).step(true);
        }));
        s.attribute("pattern", attr("pattern", SCANNER, o -> ((ScannerObject) o).pattern, null));
        return s;
    }
}
