#!/usr/bin/env python3
"""Writes the libFuzzer seed corpus of fuzz_ipasn into DIR/corpus-<target>:
one file per input, first byte = target (see fuzz_ipasn.c).  Sources, all in the
tree: test/fuzz/corpus/jp_state.txt (target 4), jp_state_binary.txt
(target 5), text.txt, and the quoted inputs of sql/parse.sql (targets 0, 1)."""
import hashlib
import os
import re
import sys

top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
n = 0


def put(b):
    global n
    d = os.path.join(out, "corpus-%d" % b[0])
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(b).hexdigest()), "wb") as f:
        f.write(b)
    n += 1


def lines(name):
    for l in open(os.path.join(top, "test", "fuzz", "corpus", name), encoding="utf-8"):
        l = l.rstrip("\n")
        if l and not l.startswith("#"):
            yield l


for l in lines("jp_state.txt"):
    put(b"\x04" + l.encode())
for l in lines("jp_state_binary.txt"):
    try:
        put(b"\x05" + bytes.fromhex(l.strip()))
    except ValueError:
        pass
texts = []
for l in lines("text.txt"):
    t, _, s = l.partition("\t")
    s = s.encode().decode("unicode_escape").encode("latin-1")
    if t == "jumlah":
        put(b"\x02" + s)
    elif t == "siasn":
        put(b"\x03" + s)
    else:
        texts.append(s)
for m in re.finditer(r"\('((?:[^']|'')*)'", open(os.path.join(top, "sql", "parse.sql"), encoding="utf-8").read()):
    texts.append(m.group(1).replace("''", "'").encode())
for s in sorted(set(texts)):
    for kind in range(7):
        put(b"\x00" + bytes([kind]) + s)
    put(b"\x01" + bytes([len(s) % 7]) + s)
print("%d seeds in %s" % (n, out))
