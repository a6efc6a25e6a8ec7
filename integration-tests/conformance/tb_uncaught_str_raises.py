# an uncaught exception whose __str__ raises: the traceback prints the exception with <exception str() failed>
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")
raise Weird("payload")
