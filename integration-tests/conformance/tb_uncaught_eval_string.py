# an uncaught exception from code run by eval/exec shows File "<string>" frames
def run(src):
    exec(src)
run("x = 1\ny = x / 0\n")
