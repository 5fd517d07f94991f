#!/usr/bin/env python3
"""Writes the libFuzzer seed corpus of fuzz_ipasn into DIR/corpus-<target>:
one file per input, first byte = target (see fuzz_ipasn.c).  Sources, all in the
tree: test/fuzz/corpus/jp_state.txt (target 4), jp_state_binary.txt
(target 5), text.txt, and the quoted inputs of sql/parse.sql (targets 0, 1);
BKN figures and SIASN answers (targets 6, 7) and training records (target 8)
written below."""
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
# target 6: BKN figures as written
for f in ["36,5", "36.50", " 25 ", "-", "", "0", "100", "12,345", "1.2.3", "\u00a036,5\u00a0", "007,00",
          "999999999999,99", "9999999999999", ",5", "5,", "+5", "-5", "1e2", "25\t"]:
    put(b"\x06" + f.encode())
# target 7: fields key byte, kind byte (0 null 1 string 2 number 3 true 4 false 5 object/array;
# 0x80 = inside "data"), value; separated by 0x1F
US = b"\x1f"
KEY = {k: i for i, k in enumerate(["success", "message", "data", "kualifikasi", "kompetensi", "kinerja",
                                  "disiplin", "subtotal", "total", "created_at", "nip", ""])}


def answer(members, shape=2):
    return b"\x07" + bytes([shape]) + US.join(bytes([KEY[k], kind]) + v.encode() for k, kind, v in members)


full = [("kualifikasi", 0x81, "25"), ("kompetensi", 0x82, "16.5"), ("kinerja", 0x81, "30,00"),
        ("disiplin", 0x82, "5"), ("subtotal", 0x81, "76,5"), ("created_at", 0x81, "2024-03-05 10:11:12")]
put(answer([("success", 3, "")] + full))
put(answer(full))
put(answer([("success", 4, ""), ("message", 1, "NIP tidak ditemukan")]))
put(answer([("data", 0, "")]))
put(answer([(k, kind & 0x7f, v) for k, kind, v in full]))
put(answer([(k, kind & 0x7f, v) for k, kind, v in full[:4]] + [("total", 2, "76.5"), ("created_at", 1, "2024-02-29T03:11:12.000000Z")]))
put(answer([("kualifikasi", 0, ""), ("kompetensi", 1, "-"), ("kinerja", 1, " "), ("disiplin", 2, "5"), ("subtotal", 0, ""),
            ("created_at", 1, "0001-01-01")]))
put(answer([("kualifikasi", 5, "x")] + full[1:]))
put(answer(full, 0))
put(answer(full, 1))
# target 8: flags (1 jalur NULL, 2 lingkup NULL, 4 jumlah NULL, 8 hours, 16 mulai NULL,
# 32 selesai NULL, 64 rules end 2024-12-31), mulai, selesai (int16 LE, days from 2024-07-01),
# then jalur 0x1F lingkup 0x1F jumlah
import struct


def record(flags, mulai, selesai, jalur, lingkup, jumlah):
    return b"\x08" + bytes([flags]) + struct.pack("<hh", mulai, selesai) + US.join(
        [jalur.encode(), lingkup.encode(), jumlah.encode()])


for flags, m, e, j, l, a in [
        (0, 0, 2, "Pelatihan Teknis", "nasional", "24"), (0, 0, 0, "seminar", "", ""),
        (4, 0, 4, "E-Learning", "", ""), (8, 0, 0, "e_learning", "", "7,5"), (8, 0, 0, "seminar", "", "6"),
        (0, 0, 0, "Webinar Internasional", "", "2 JP"), (0, 0, 0, "coaching", "", "2 hari"),
        (0, 0, 0, "diklat", "", "1.500"), (0, 3, 1, "kursus", "", "10"), (48, 0, 0, "pendidikan", "", ""),
        (0, 0x7FFF, 0x7FFF, "bimtek", "", "8"), (64, 200, 201, "workshop", "", ""), (0, 0, 400, "e-learning", "", ""),
        (0, 0, 0, "-", "", "1"), (0, 0, 0, "rapat", "nasional", "n/a"), (8, 0, 0, "kursus", "", "-1"),
        (8, 0, 0, "kursus", "", "1,005"), (0, 0, 0, "kursus", "luar negeri", "12,5 jam pelajaran"),
        (0, 400, 400, "seminar", "", ""), (4, 0, 40, "PKP", "", ""), (0, 0, 40, "PKP Angkatan XII", "", ""),
        (20, 0, 40, "Pelatihan Kepemimpinan Pengawas", "", "-")]:
    put(record(flags, m, e, j, l, a))
print("%d seeds in %s" % (n, out))
