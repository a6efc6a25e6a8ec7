# A module loaded from a .py file has a __loader__ that gives its source, so linecache finds the
# lines of a module through its globals (lazycache/updatecache), as traceback.FrameSummary does.
import json
import linecache
import traceback

loader = json.__loader__
print(type(loader).__name__, type(loader).__module__, loader.name)
print(loader.get_filename() == json.__file__, loader.get_filename("json") == json.__file__)
print(loader.is_package("json"))
print(loader.get_source("json").splitlines()[0])
try:
    loader.get_source("other")
except ImportError as e:
    print("ImportError:", e)

linecache.clearcache()
print(linecache.lazycache("no-such-file", vars(json)))
print(repr(linecache.getline("no-such-file", 1)))
linecache.clearcache()
f = traceback.FrameSummary("no-such-file", 1, "dummy", lookup_line=False)
linecache.lazycache("no-such-file", vars(json))
print(repr(f.line))
