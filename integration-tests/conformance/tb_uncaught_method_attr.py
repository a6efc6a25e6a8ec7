# AttributeError on an instance inside a method call chain: traceback with method frames and carets under the attribute
class Node:
    def __init__(self, nxt=None):
        self.next = nxt
    def last_value(self):
        return self.next.next.value
Node(Node()).last_value()
