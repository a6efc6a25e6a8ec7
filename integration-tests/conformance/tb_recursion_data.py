def depth(node):
    return 1 + depth(node["child"])


tree = {"child": {"child": {}}}
depth(tree)
