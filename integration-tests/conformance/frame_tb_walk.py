# Walking __traceback__: tb_frame.f_code.co_name, the locals of each frame, through methods and lambdas.
class Service:
    def handle(self, value):
        check = lambda v: 10 // v
        return check(value)


def dispatch(value):
    local_marker = "dispatch"
    return Service().handle(value)


try:
    dispatch(0)
except ZeroDivisionError as exc:
    tb = exc.__traceback__
    frames = []
    while tb:
        f = tb.tb_frame
        frames.append(f.f_code.co_name)
        if f.f_code.co_name == "dispatch":
            print("dispatch locals:", sorted(f.f_locals))
        if f.f_code.co_name == "handle":
            print("handle self:", type(f.f_locals["self"]).__name__)
        tb = tb.tb_next
    print(" -> ".join(frames))
    print(frames[-1], "in", exc.__traceback__.tb_next.tb_frame.f_code.co_filename.endswith("frame_tb_walk.py"))
