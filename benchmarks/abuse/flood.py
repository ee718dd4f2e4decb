"""Floods a running app (127.0.0.1:PORT, default 11701) as one address: 1,000 new web chat sessions, 300 long
messages into one session, 50 volunteer requests in new sessions; prints what was answered.

Usage: python3 flood.py [PORT]   (docs/benchmarks.md, "Abuse probes")
"""
import http.client, json, sys, time, collections
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 11701
from concurrent.futures import ThreadPoolExecutor
def post(path, body=b"", fwd="203.0.113.7"):
    c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    c.request("POST", path, body, {"Content-Type": "application/json", "X-Forwarded-For": fwd})
    r = c.getresponse(); data = r.read(); c.close()
    return r.status, data
start = time.time()
with ThreadPoolExecutor(8) as pool:
    codes = collections.Counter(s for s, _ in pool.map(lambda i: post("/api/webchat/sessions"), range(1000)))
print(f"1,000 session creations from one address in {time.time()-start:.1f}s: {dict(codes)}")
s, d = post("/api/webchat/sessions", fwd="198.51.100.9"); sid = json.loads(d)["sessionId"]
print("neighbour at another address:", s)
text = json.dumps({"text": "x" * 1990}).encode()
start = time.time()
codes = collections.Counter(post(f"/api/webchat/sessions/{sid}/messages", text, fwd="198.51.100.9")[0] for i in range(300))
print(f"300 messages of 1,990 characters into one session in {time.time()-start:.1f}s: {dict(codes)}")
tickets = collections.Counter()
for i in range(50):
    s, d = post("/api/webchat/sessions", fwd="192.0.2.50")
    if s != 201: tickets[f"session {s}"] += 1; continue
    sid = json.loads(d)["sessionId"]
    s, d = post(f"/api/webchat/sessions/{sid}/messages", json.dumps({"text": "gặp tình nguyện viên"}).encode(), fwd="192.0.2.50")
    tickets["refused" if "nhiều yêu cầu gặp tình nguyện viên" in d.decode() else f"queued {s}"] += 1
print("50 volunteer requests from one address, each in a new session:", dict(tickets))
