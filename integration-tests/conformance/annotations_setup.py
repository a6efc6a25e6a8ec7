# Module and class bodies with annotations start with an empty __annotations__ (SETUP_ANNOTATIONS); complex targets evaluate theirs.
print('__annotations__' in globals())
__annotations__[1] = 2
x: int = 3
class C:
    print('__annotations__' in locals())
    a.b if False else None
    y: str
    if True:
        z: 'q' = 1
class D:
    pass
print(__annotations__, C.__annotations__, '__annotations__' in D.__dict__)
class E:
    import types
    ns = types.SimpleNamespace()
    ns.attr: print('evaluated') = 5
print(E.__annotations__, E.ns.attr)
