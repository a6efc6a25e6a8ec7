"""Support package for imports_*.py conformance programs (not a program itself)."""
from .core import greet
__all__ = ["greet", "VERSION"]
VERSION = "1.0"
