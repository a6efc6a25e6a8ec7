"""Support package for multimodule_app.py: a small inventory application."""
from .inventory import Inventory
from .shapes import make_shape

__all__ = ["Inventory", "make_shape"]
