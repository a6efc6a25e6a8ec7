# assignment and deletion errors of the getset/member descriptors of property, classmethod, super, function, generator, memoryview
import types
def f(): yield
g = f()
objs = {'property': property(), 'classmethod': classmethod(len), 'staticmethod': staticmethod(len), 'super': super(int, 1), 'function': f, 'generator': g, 'memoryview': memoryview(b'ab')}
names = {'property': ['fget','fset','fdel','__isabstractmethod__'], 'classmethod': ['__dict__','__func__','__isabstractmethod__','__wrapped__'],
 'staticmethod': ['__dict__','__func__','__isabstractmethod__','__wrapped__'], 'super': ['__self__','__self_class__','__thisclass__'],
 'function': ['__module__'], 'generator': ['__name__','__qualname__','gi_code','gi_frame','gi_running','gi_suspended','gi_yieldfrom'],
 'memoryview': ['c_contiguous', 'contiguous', 'f_contiguous', 'format', 'itemsize', 'nbytes', 'ndim', 'obj', 'readonly', 'shape', 'strides', 'suboffsets']}
for k, o in objs.items():
    for n in names[k]:
        d = type(o).__dict__[n]
        try:
            setattr(o, n, 1); r = 'set ok'
        except Exception as e: r = type(e).__name__ + ': ' + str(e)
        try:
            delattr(o, n); r2 = 'del ok'
        except Exception as e: r2 = type(e).__name__ + ': ' + str(e)
        print(k, n, type(d).__name__, repr(d.__doc__), '|', r, '|', r2)
