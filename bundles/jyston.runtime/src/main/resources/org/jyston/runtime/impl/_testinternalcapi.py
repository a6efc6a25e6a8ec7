"""The parts of CPython's internal test module that its test support reads of any Python."""
import sys


def get_config():
    # test.support.has_no_debug_ranges(): column positions are always kept (no -X no_debug_ranges)
    return {'code_debug_ranges': 1}


def get_recursion_depth():
    """The number of Python frames on the calling thread's stack, the caller's included."""
    depth = 0
    frame = sys._getframe(1)
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth
