"""Posts a 400 MB body (declared length, streamed) to PATH on the app at 127.0.0.1:PORT and times the answer.

Usage: python3 big_body.py PATH [PORT]   (docs/benchmarks.md, "Abuse probes")
"""
import socket, time, sys, threading
port = int(sys.argv[2]) if len(sys.argv) > 2 else 11701
path = sys.argv[1]
size = 400 * 1024 * 1024
s = socket.create_connection(("127.0.0.1", port))
start = time.time()
s.sendall(f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-ZEvent-Signature: mac=bogus\r\nContent-Length: {size}\r\n\r\n".encode())
sent = [0]
def write():
    chunk = b"\0" * 65536
    try:
        while sent[0] < size:
            s.sendall(chunk); sent[0] += len(chunk)
    except OSError:
        pass
t = threading.Thread(target=write, daemon=True); t.start()
head = b""
while b"\r\n\r\n" not in head:
    d = s.recv(4096)
    if not d: break
    head += d
print(f"{path}: {head.split(b' ')[1].decode()} after {time.time()-start:.3f}s, {sent[0]/1048576:.1f} MB sent of 400")
