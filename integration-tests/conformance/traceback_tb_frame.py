# traceback objects expose tb_frame (f_code.co_name, f_lineno, f_globals) and tb_lasti
def fail():
    raise ValueError("boom")
def call():
    fail()
try:
    call()
except ValueError as e:
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_code.co_filename.endswith("traceback_tb_frame.py")))
        tb = tb.tb_next
    print(out, type(e.__traceback__.tb_lasti).__name__, e.__traceback__.tb_frame.f_globals is globals())
