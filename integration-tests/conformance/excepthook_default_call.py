# Calling sys.__excepthook__ directly prints the report to sys.stderr; then exit normally.
import sys

try:
    {}["missing"]
except KeyError:
    sys.__excepthook__(*sys.exc_info())
print("after")
sys.excepthook = None
raise OSError("no hook")
