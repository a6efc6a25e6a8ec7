class Größe:
    wert = None


g = Größe()
print(g.wert.länge)
