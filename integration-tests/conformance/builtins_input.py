# input() at end of input: the prompt goes to stdout, then EOFError. The suite runs programs with
# an empty standard input (regenerate with: bash regenerate.sh builtins_input.py < /dev/null).


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


show(input, 'name? ')
show(input)
show(input, 1, 2)
show(input, x=1)
print('after')
input(42)
