# break, continue and return inside an except* block are SyntaxErrors
for src in ["for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
