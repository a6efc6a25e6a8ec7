# "%s" % obj calls str(obj) even when obj is a str subclass with its own __str__ (also for bytes %b-free paths)
class S(str):
    def __str__(self):
        return "S-str"
s = S("val")
print("%s" % s, "%s|%s" % (s, s), "%(k)s" % {"k": s}, "%r" % s, "%5s|" % s)
