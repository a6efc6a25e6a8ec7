# an uncaught SyntaxError from exec() of a string: printed with File "<string>", the line and a caret, no program frame lines after it
def load(src):
    exec(src)
load("x = 1\ny = (2 +\n")
