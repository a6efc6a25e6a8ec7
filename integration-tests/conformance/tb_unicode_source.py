def grüße(name):
    return "Hallo " + name + 1


grüße("Jürgen")
