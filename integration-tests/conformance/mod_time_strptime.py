# time.strptime goes through the standard library's _strptime, as CPython's does.
import time

print(time.strptime('2000-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Sun Sep  9 01:46:40 2001'))
print(tuple(time.strptime('31/12/1999', '%d/%m/%Y')))
try:
    time.strptime('2000', '%d')
except ValueError as e:
    print('ValueError:', e)
