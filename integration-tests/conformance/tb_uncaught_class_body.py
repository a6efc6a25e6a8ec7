# an exception raised while executing a class body: the frame is named after the class
class Config:
    debug = True
    level = int("not a number")
