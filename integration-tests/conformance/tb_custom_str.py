class Weird(Exception):
    def __str__(self):
        return "custom str output"


raise Weird()
