# gi_frame/gi_code/gi_yieldfrom of generators and cr_running/cr_code/cr_frame/cr_await of coroutines
def gstate():
    yield 1
gs = gstate()
print(gs.gi_frame is not None, gs.gi_code.co_name, gs.gi_yieldfrom, gs.gi_suspended if hasattr(gs, "gi_suspended") else "-")
next(gs); next(gs, None)
print(gs.gi_frame)
def deleg():
    yield from gstate()
d = deleg(); next(d)
print(type(d.gi_yieldfrom).__name__)
async def simple():
    return 42
cc = simple()
print(cc.cr_running, cc.cr_code.co_name, cc.cr_frame is not None, cc.cr_await, cc.cr_origin)
cc.close()
print(cc.cr_frame)
