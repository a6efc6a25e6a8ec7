"""Support package for imports_* and traceback_* conformance programs (not a program itself)."""
loaded = []
