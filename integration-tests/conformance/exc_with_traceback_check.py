# with_traceback validates its argument like __traceback__ assignment does
for bad in ["x", 5, object()]:
    try:
        ValueError().with_traceback(bad)
    except TypeError as ex:
        print(type(ex).__name__, ex)
