# Uncaught AttributeError from a chained attribute access and a TypeError from a call, with a
# deep recursion of a few frames shown in full.
class Node:
    def __init__(self, child=None):
        self.child = child


def depth(node, n):
    if n == 0:
        return node.child.child.value
    return depth(node, n - 1)


try:
    depth(Node(Node()), 2)
except AttributeError as e:
    print("caught", e)
depth(Node(), 3)
