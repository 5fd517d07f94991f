#!/usr/bin/env python3
"""Binary-input fuzzer of ipasn.jp_state (its receive function), for
test/sh/fuzz.sh.

    mutate_binary.py BASE.bin SEED COUNT OUTDIR BATCH [CORPUS.txt]

BASE.bin is `COPY (SELECT s FROM ...) TO ... WITH (FORMAT binary)` of valid
jp_state values.  Writes COUNT files OUTDIR/NNNNN.bin, each a one-row binary
COPY file whose jp_state field is a mutant of one base value (85%: the COPY
framing stays valid, so the bytes reach jp_state_recv; 15%: the framing
itself is broken), preceded by one file per payload of CORPUS.txt (hex, one
a line, '#' comments) unmutated, and OUTDIR/batchK.sql psql scripts of BATCH \\copy commands
each.  Deterministic for a given SEED.

The wire form of a jp_state (jp_state_send): byte version, int64 fixed_h,
int64 kegiatan, int64 fixed_teknis_h, byte flags, int32 n, then n entries
of 28 bytes: byte tag, jalur, lingkup, teknis, int32 key, n, limit, persen,
int64 value_h (network byte order).
"""
import os
import random
import struct
import sys

SIG = b"PGCOPY\n\xff\r\n\x00"
HEAD = 1 + 8 + 8 + 8 + 1 + 4
ENTRY = 28
# offsets of the header fields: (offset, size)
HEAD_FIELDS = [(0, 1), (1, 8), (9, 8), (17, 8), (25, 1), (26, 4)]
# entry fields: (offset in entry, size)
ENTRY_FIELDS = [(0, 1), (1, 1), (2, 1), (3, 1), (4, 4), (8, 4), (12, 4), (16, 4), (20, 8)]

EXTREME = {
    1: [0, 1, 2, 0x7F, 0x80, 0xFF, ord("D"), ord("M"), 25, 26, 27, 3, 4],
    4: [0, 1, -1, 2, 366, 367, 100, 101, 1000, 1001, 0x7FFFFFFF, -0x80000000,
        2147483000, -2147483000, 2147482600, 2147482601, 100000000, 100000001,
        10000000, 10000001],
    8: [0, 1, -1, 1000000000, 1000000001, 2**63 - 1, -2**63, 2**61 - 1, 2**61,
        2**62, 2**31, -2**31],
}


def read_copy(path):
    data = open(path, "rb").read()
    assert data[:11] == SIG, "not a binary COPY file"
    ext = struct.unpack(">i", data[15:19])[0]
    pos = 19 + ext
    rows = []
    while True:
        (nf,) = struct.unpack(">h", data[pos:pos + 2])
        pos += 2
        if nf == -1:
            break
        (ln,) = struct.unpack(">i", data[pos:pos + 4])
        pos += 4
        rows.append(data[pos:pos + ln])
        pos += ln
    return rows


def pack(size, v):
    fmt = {1: ">B", 4: ">i", 8: ">q"}[size]
    if size == 1:
        v &= 0xFF
    elif size == 4:
        v = ((v + 2**31) % 2**32) - 2**31
    else:
        v = ((v + 2**63) % 2**64) - 2**63
    return struct.pack(fmt, v)


def field_at(p, rnd):
    """a random structured field of payload p: (offset, size)"""
    n = (len(p) - HEAD) // ENTRY if len(p) >= HEAD else 0
    if n <= 0 or rnd.random() < 0.4:
        return rnd.choice(HEAD_FIELDS)
    e = rnd.randrange(n)
    off, size = rnd.choice(ENTRY_FIELDS)
    return HEAD + e * ENTRY + off, size


def mutate_payload(p, rnd):
    p = bytearray(p)
    for _ in range(rnd.randint(1, 3)):
        op = rnd.randrange(12)
        if op == 0 and p:  # flip bits
            for _ in range(rnd.randint(1, 4)):
                i = rnd.randrange(len(p))
                p[i] ^= 1 << rnd.randrange(8)
        elif op == 1 and p:  # one byte to an odd value
            p[rnd.randrange(len(p))] = rnd.choice([0, 0xFF, 0x7F, 0x80, rnd.randrange(256)])
        elif op in (2, 3, 4):  # a structured field to an extreme value
            off, size = field_at(bytes(p), rnd)
            if off + size <= len(p):
                p[off:off + size] = pack(size, rnd.choice(EXTREME[size]))
        elif op == 5:  # truncate
            del p[rnd.randrange(len(p) + 1):]
        elif op == 6:  # append bytes
            p += bytes(rnd.randrange(256) for _ in range(rnd.choice([1, 3, 8, 27, 28, 29, 56])))
        elif op == 7 and len(p) > HEAD:  # duplicate entries, keep or fix n
            k = rnd.randint(1, 300)
            p += bytes(p[HEAD:HEAD + ENTRY]) * k
            if rnd.random() < 0.7:
                n = (len(p) - HEAD) // ENTRY
                p[26:30] = pack(4, n)
        elif op == 8 and len(p) >= HEAD:  # the count against the length
            n = (len(p) - HEAD) // ENTRY
            p[26:30] = pack(4, rnd.choice([n - 1, n + 1, 0, -1, 2**31 - 1, -2**31,
                                           10000000, 10000001, n * 2]))
        elif op == 9:  # insert or delete bytes in the middle
            i = rnd.randrange(len(p) + 1)
            if rnd.random() < 0.5:
                p[i:i] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 9)))
            else:
                del p[i:i + rnd.randint(1, 9)]
        elif op == 10:  # random bytes
            p = bytearray(rnd.randrange(256) for _ in range(rnd.choice([0, 1, 5, 29, 30, 31, 57, 58, 100])))
        else:  # a well-formed header with forged totals and no entries
            p = bytearray(pack(1, 1) + pack(8, rnd.choice(EXTREME[8])) +
                          pack(8, rnd.choice(EXTREME[8])) + pack(8, rnd.choice(EXTREME[8])) +
                          pack(1, rnd.choice([0, 1, 2, 3, 4, 0xFF])) + pack(4, 0))
    return bytes(p)


def copy_file(payload, rnd, break_framing):
    head = SIG + struct.pack(">ii", 0, 0)
    field = struct.pack(">i", len(payload)) + payload
    tup = struct.pack(">h", 1) + field
    trailer = struct.pack(">h", -1)
    if not break_framing:
        return head + tup + trailer
    op = rnd.randrange(9)
    if op == 0:  # field length too big / too small / odd
        ln = rnd.choice([len(payload) + 1, len(payload) - 1, -2, -1, 0, 2**31 - 1, 2**30])
        return head + struct.pack(">h", 1) + struct.pack(">i", ln) + payload + trailer
    if op == 1:  # field count
        return head + struct.pack(">h", rnd.choice([0, 2, -2, 32767])) + field + trailer
    if op == 2:  # signature
        h = bytearray(head)
        h[rnd.randrange(11)] ^= 0x20
        return bytes(h) + tup + trailer
    if op == 3:  # header flags (bit 16: OIDs)
        return SIG + struct.pack(">ii", rnd.choice([1 << 16, 1, -1]), 0) + tup + trailer
    if op == 4:  # header extension length
        return SIG + struct.pack(">ii", 0, rnd.choice([4, -1, 2**31 - 1])) + b"\0\0\0\0" + tup + trailer
    if op == 5:  # no trailer
        return head + tup
    if op == 6:  # garbage after the trailer
        return head + tup + trailer + b"garbage"
    if op == 7:  # truncated anywhere
        f = head + tup + trailer
        return f[:rnd.randrange(len(f))]
    return head + tup + tup + trailer  # two rows


def main():
    base, seed, count, outdir, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
    rnd = random.Random(seed)
    rows = read_copy(base)
    corpus = []
    if len(sys.argv) > 6:
        for line in open(sys.argv[6]):
            line = line.strip()
            if line and not line.startswith("#"):
                corpus.append(bytes.fromhex(line))
    os.makedirs(outdir, exist_ok=True)
    scripts = []
    for i in range(count + len(corpus)):
        path = os.path.join(outdir, "%05d.bin" % i)
        if i < len(corpus):
            data = copy_file(corpus[i], rnd, False)
        else:
            data = copy_file(mutate_payload(rnd.choice(rows), rnd), rnd, rnd.random() < 0.15)
        with open(path, "wb") as f:
            f.write(data)
        if i % batch == 0:
            scripts.append([])
        scripts[-1].append("\\copy fuzz.bin_in from '%s' with (format binary)" % path)
    for k, lines in enumerate(scripts):
        with open(os.path.join(outdir, "batch%d.sql" % k), "w") as f:
            f.write("\n".join(lines) + "\n")
    print(len(scripts))


if __name__ == "__main__":
    main()
