def connect(host, port=80):
    return (host, port)


connect("localhost", prot=8080)
