# f-strings: the = specifier (self-documenting), nested replacement fields, format of nested f-strings.
x = 10
name = "Ada"
print(f"{x=}", f"{x = }", f"{x=:>5}", f"{name=!s}", f"{name=}", f"{x*2=}")
print(f"{f'{x}'}", f"{f'{name!r:>8}'}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}}]", f"[{name:{'^'}{width}}]")
items = {"a": 1}
print(f"{items['a']=}", f"{len(items)=}")
print(f"{ x = }", f"{x=!r}")
val = [1, 2]
print(f"{val=}", f"{val[0]+val[1]=}")
