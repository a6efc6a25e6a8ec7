# decimal (the pure-Python _pydecimal, whose context lives in a contextvars.ContextVar): arithmetic,
# rounding, quantize, local contexts, traps and signals.
import decimal
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN

print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7), Decimal('10') ** 20)
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), ROUND_HALF_UP))
print(Decimal(0.1), Decimal('-0'), Decimal('NaN'), Decimal('-Infinity'), Decimal('1E+3').normalize())
print(Decimal('7.5').to_integral_value(), round(Decimal('2.5')), int(Decimal('-3.9')), float(Decimal('1.25')))
print(Decimal('1.000').as_tuple(), Decimal('12.5').as_integer_ratio(), Decimal(2).sqrt())
print(sorted([Decimal('3'), Decimal('1.5'), Decimal('-2')]), Decimal('1.50') == Decimal('1.5'), hash(Decimal(2)) == hash(2))
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), getcontext().prec)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(Decimal(1) / Decimal(3), getcontext().prec)
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print('DivisionByZero', type(e).__mro__[1].__name__)
try:
    Decimal('abc')
except decimal.InvalidOperation as e:
    print('InvalidOperation', isinstance(e, ArithmeticError))  # (the message differs: C _decimal vs _pydecimal)
with localcontext() as ctx:
    ctx.traps[decimal.DivisionByZero] = False
    print(Decimal(1) / Decimal(0), bool(ctx.flags[decimal.DivisionByZero]))
print('{:.3f} {:>10} {:e}'.format(Decimal('3.14159'), Decimal('1.5'), Decimal('12345')))
print(decimal.Context(prec=3).add(Decimal('1.2345'), Decimal('1')), Decimal('1.23E+5').to_eng_string())
