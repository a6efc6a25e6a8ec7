# more SyntaxErrors CPython's symbol table and compiler raise, with their positions
cases = [
    "class C:\n    from os import *\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n    global x\n    nonlocal x\n",
    "def f(a):\n    nonlocal a\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    print(x)\n    x = 1\n    global x\n",
    "def f():\n    del x\n    global x\n",
    "[(yield) for x in y]\n",
    "def f():\n    [(yield) for x in y]\n",
    "def f():\n    ((yield) for x in y)\n",
    "def f():\n    {x: (yield) for x in y}\n",
    "def f():\n    {(yield) for x in y}\n",
    "def f():\n    lambda: await x\n",
    "def f():\n    def g(a, *, a): pass\n",
    "lambda a, a: 1\n",
    "class A(x=1, x=2): pass\n",
    "def f():\n    async for x in y: pass\n",
    "async with x: pass\n",
    "def f():\n    for x in y: pass\n    else: break\n",
    "while x:\n    def f():\n        continue\n",
    "for x in y:\n    class C:\n        break\n",
    "class C:\n    return 1\n",
    "class C:\n    yield 1\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        for z in w:\n            break\n        else:\n            continue\n",
    "try:\n    pass\nexcept* E:\n    break\n",
    "def f():\n    try:\n        pass\n    except* E:\n        def g():\n            return 1\n        return 2\n",
    "f(**a, x=1, x=2)\n",
    "x = 1 if y else (yield)\n",
    "def f():\n    global a, a\n    a = 1\n",
    "async def f():\n    [x async for x in y]\n    return [await z for z in y]\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    def g():\n        yield 1\n    return 2\n",
    "async def f():\n    yield 1\n    return\n",
    "[x async for x in y]\n",
    "def f():\n    return {await z for z in y}\n",
    "def f():\n    return (await z for z in y)\n",
    "async def f():\n    return [[w async for w in z] for z in y]\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src.splitlines()[-1].strip()), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
