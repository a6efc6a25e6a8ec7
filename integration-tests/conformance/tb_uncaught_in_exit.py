# an exception raised by __exit__ while another propagates: both printed, linked by "During handling"
class Closer:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise OSError("close failed")
with Closer():
    raise ValueError("work failed")
