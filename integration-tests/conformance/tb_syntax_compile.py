source = "for x in range(3)\n    print(x)\n"
compile(source, "<generated>", "exec")
