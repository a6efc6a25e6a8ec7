# scope-related SyntaxErrors raised by compile(): global/nonlocal misuse, return/yield/await outside function, break outside loop
cases = [
    "def f():\n    x = 1\n    global x\n",
    "def f(a):\n    global a\n",
    "nonlocal x\n",
    "def f():\n    nonlocal y\n",
    "return 5\n",
    "yield 1\n",
    "break\n",
    "continue\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "class C:\n    nonlocal q\n",
    "def f(a, a):\n    pass\n",
    "f(x=1, x=2)\n",
    "def f():\n    yield from\n",
    "x = 1\nglobal x\n",
    "await x\n",
    "def f():\n    from os import *\n",
    "async def f():\n    yield from x\n",
    "[x for x in (yield)]\n",
    "del f()\n",
    "f() = 1\n",
    "(a, b) += 1\n",
    "None = 1\n",
    "def f(*, **k): pass\n",
    "lambda: (yield)\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src.splitlines()[-1].strip()), "->", e.msg, e.lineno)
