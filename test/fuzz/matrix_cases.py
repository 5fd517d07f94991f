"""Cases of the pgTAP bad-input matrix (test/pgtap/matrix_*.sql), one list
per area; see matrix_gen.py.  A case: desc, sql (one value, or dml=True),
optional section, optional expect (the right result where today's is
wrong: ["OK", text-or-None] or ["ERR", sqlstate, message]) and todo."""

AREAS = []


def area(name, header, setup=""):
    a = {"name": name, "header": header, "setup": setup, "cases": []}
    AREAS.append(a)
    return a


def add(a, desc, sql, section=None, **kw):
    c = {"desc": desc, "sql": sql}
    if section:
        c["section"] = section
    c.update(kw)
    a["cases"].append(c)


def q(v):
    """SQL literal of a Python value (None -> NULL)"""
    if v is None:
        return "NULL"
    return "'" + str(v).replace("'", "''") + "'"


# ---------------------------------------------------------------- jp
JP = area("jp", """
Bad-input matrix: ipasn.jp, ipasn.jp_explain, ipasn.masalah, ipasn.satuan
(Peraturan LAN 10/2018, Lampiran; the bounds and checks of the README's
"The JP rules").  Every record below goes through the three per-record
functions: jp gives the value or raises 22023; masalah never raises and
names the problem (NULL when jp gives a value); jp_explain never raises and
shows jp and masalah.
""")

# (description, jalur, lingkup, jumlah, mulai, selesai)
R = [
    # NULL in each position
    ("NULL jalur", None, "nasional", "10", None, None),
    ("NULL lingkup", "pelatihan_teknis", None, "10", None, None),
    ("NULL jalur and lingkup", None, None, "10", "2024-01-01", "2024-01-01"),
    ("NULL jumlah, JP unit, no dates: incomplete", "pelatihan_teknis", "nasional", None, None, None),
    ("NULL jumlah, JP unit, 3 days: 8 JP a day = 24", "pelatihan_teknis", "nasional", None, "2024-01-01", "2024-01-03"),
    ("NULL jumlah, JP unit, 7 days: 56", "pelatihan_teknis", "nasional", None, "2024-01-01", "2024-01-07"),
    ("NULL jumlah, JP unit, 8 days: incomplete", "pelatihan_teknis", "nasional", None, "2024-01-01", "2024-01-08"),
    ("NULL jumlah, JP unit, internasional 3 days: 24 + 20% = 28.80", "pelatihan_teknis", "internasional", None, "2024-01-01", "2024-01-03"),
    ("NULL jumlah, only selesai: one day = 8", "pelatihan_teknis", "nasional", None, None, "2024-01-01"),
    ("NULL jumlah, only mulai: one day = 8", "pelatihan_teknis", "nasional", None, "2024-01-01", None),
    ("NULL jumlah, day unit, no dates: incomplete", "seminar", "nasional", None, None, None),
    ("NULL jumlah, day unit, 2 days: 2 x 4 = 8", "seminar", "nasional", None, "2024-01-01", "2024-01-02"),
    ("NULL jumlah, activity unit: 1 activity = 10", "patok_banding", "nasional", None, None, None),
    ("NULL jumlah, pendidikan: incomplete", "pendidikan", "nasional", None, "2024-01-01", "2024-06-30"),
    ("NULL jumlah, e_learning 1 day: 8 capped to 3", "e_learning", "nasional", None, "2024-01-01", "2024-01-01"),
    ("NULL jumlah, JP unit, 367 days: span over 366", "pelatihan_teknis", "nasional", None, "2024-01-01", "2025-01-01"),
    # negatives
    ("jumlah -1, JP unit", "pelatihan_teknis", "nasional", "-1", None, None),
    ("jumlah -0.01, JP unit", "pelatihan_teknis", "nasional", "-0.01", None, None),
    ("jumlah -1, day unit", "seminar", "nasional", "-1", None, None),
    ("jumlah -1, activity unit", "coaching", "nasional", "-1", "2024-01-01", None),
    ("jumlah -1, semester unit", "pendidikan", "nasional", "-1", None, None),
    ("jumlah -1, e_learning", "e_learning", "nasional", "-1", "2024-01-01", None),
    ("jumlah -0 is 0", "pelatihan_teknis", "nasional", "-0", None, None),
    # zero
    ("jumlah 0, JP unit: 0 JP", "pelatihan_teknis", "internasional", "0", None, None),
    ("jumlah 0, day unit: 0 JP", "seminar", "nasional", "0", "2024-01-01", "2024-01-05"),
    ("jumlah 0, activity unit: 0 JP", "coaching", "nasional", "0", "2024-01-01", None),
    ("jumlah 0, semester: 0 JP", "pendidikan", "nasional", "0", None, None),
    ("jumlah 0, e_learning: 0 JP", "e_learning", "nasional", "0", "2024-01-01", None),
    # at and beyond the bounds of the unit
    ("jumlah 2000 JP: at the bound", "pelatihan_teknis", "nasional", "2000", None, None),
    ("jumlah 2000 JP internasional: 2400", "pelatihan_teknis", "internasional", "2000", None, None),
    ("jumlah 2000.01 JP: beyond", "pelatihan_teknis", "nasional", "2000.01", None, None),
    ("jumlah 366 days: 366 x 4 = 1464", "seminar", "nasional", "366", None, None),
    ("jumlah 366 days internasional: 366 x 6 = 2196", "seminar", "internasional", "366", None, None),
    ("jumlah 366.01 days: beyond", "seminar", "nasional", "366.01", None, None),
    ("jumlah 0.5 day: half a seminar day = 2", "seminar", "nasional", "0.5", None, None),
    ("jumlah 100 activities: 100 x 10 = 1000", "patok_banding", "nasional", "100", None, None),
    ("jumlah 101 activities: beyond", "patok_banding", "nasional", "101", None, None),
    ("jumlah 100 coaching: capped to 2 a month alone = 4", "coaching", "nasional", "100", "2024-01-01", None),
    ("jumlah 1.5 activities: not whole", "coaching", "nasional", "1.5", None, None),
    ("jumlah 20 semesters: 400", "pendidikan", "nasional", "20", None, None),
    ("jumlah 21 semesters: beyond", "pendidikan", "nasional", "21", None, None),
    ("jumlah 1.5 semesters: not whole", "pendidikan", "nasional", "1.5", None, None),
    ("e_learning 2000 JP over 366 days: cap 3 a day", "e_learning", "nasional", "2000", "2024-01-01", "2024-12-31"),
    ("e_learning 10 JP over 367 days: span over 366", "e_learning", "nasional", "10", "2024-01-01", "2025-01-01"),
    # numeric and int64 limits
    ("jumlah int64 max", "pelatihan_teknis", "nasional", "9223372036854775807", None, None),
    ("jumlah int64 max + 1", "pelatihan_teknis", "nasional", "9223372036854775808", None, None),
    ("jumlah int64 max in hundredths", "pelatihan_teknis", "nasional", "92233720368547758.07", None, None),
    ("jumlah int64 min", "pelatihan_teknis", "nasional", "-9223372036854775808", None, None),
    ("jumlah 1e1000", "pelatihan_teknis", "nasional", "1e1000", None, None),
    ("jumlah -1e1000", "pelatihan_teknis", "nasional", "-1e1000", None, None),
    ("jumlah 1e-1000 (more than two decimals)", "pelatihan_teknis", "nasional", "1e-1000", None, None),
    ("jumlah NaN", "pelatihan_teknis", "nasional", "NaN", None, None),
    ("jumlah Infinity", "pelatihan_teknis", "nasional", "Infinity", None, None),
    ("jumlah -Infinity", "seminar", "nasional", "-Infinity", None, None),
    ("jumlah NaN, activity unit", "coaching", "nasional", "NaN", "2024-01-01", None),
    # decimals
    ("jumlah 0.001", "pelatihan_teknis", "nasional", "0.001", None, None),
    ("jumlah 1.001", "pelatihan_teknis", "nasional", "1.001", None, None),
    ("jumlah 1999.999", "pelatihan_teknis", "nasional", "1999.999", None, None),
    ("jumlah 1.500 is 1.5 (judged by value)", "pelatihan_teknis", "nasional", "1.500", None, None),
    ("jumlah 1.01 internasional: 1.212 rounds to 1.21", "pelatihan_teknis", "internasional", "1.01", None, None),
    ("jumlah 17 internasional: 20.40", "pelatihan_teknis", "internasional", "17", None, None),
    ("jumlah 0.01 internasional: 0.012 rounds to 0.01", "pelatihan_teknis", "internasional", "0.01", None, None),
    ("jumlah 0.05 internasional: 0.06", "pelatihan_teknis", "internasional", "0.05", None, None),
    ("jumlah 2.000000000000000000001 seminar days", "seminar", "nasional", "2.000000000000000000001", None, None),
    # dates
    ("selesai before mulai", "pelatihan_teknis", "nasional", "10", "2024-01-02", "2024-01-01"),
    ("selesai before mulai, NULL jumlah", "seminar", "nasional", None, "2024-01-02", "2024-01-01"),
    ("selesai one day before mulai, activity unit", "coaching", "nasional", "1", "2024-01-02", "2024-01-01"),
    ("JP-unit jumlah given: dates 6 years apart not used", "pelatihan_teknis", "nasional", "10", "2024-01-01", "2030-01-01"),
    ("day-unit jumlah given: long span not used", "seminar", "nasional", "2", "2024-01-01", "2030-01-01"),
    ("seminar 4713-11-24 BC, one day: 4", "seminar", "nasional", None, "4713-11-24 BC", "4713-11-24 BC"),
    ("seminar 5874897-12-31, one day: 4", "seminar", "nasional", None, "5874897-12-31", "5874897-12-31"),
    ("seminar from 4713 BC to 5874897: span", "seminar", "nasional", None, "4713-11-24 BC", "5874897-12-31"),
    ("e_learning 10 JP on 4713-11-24 BC: 3", "e_learning", "nasional", "10", "4713-11-24 BC", None),
    ("e_learning 10 JP on 5874897-12-31: 3", "e_learning", "nasional", "10", "5874897-12-31", None),
    ("e_learning 10 JP 5874897-12-30 .. 31: 6", "e_learning", "nasional", "10", "5874897-12-30", "5874897-12-31"),
    ("coaching 3 on 4713-11-24 BC: 2 counted = 4", "coaching", "nasional", "3", "4713-11-24 BC", None),
    ("coaching 3 on 5874897-12-31: 2 counted = 4", "coaching", "nasional", "3", None, "5874897-12-31"),
    ("pelatihan_teknis 10 JP from 4713 BC to 5874897", "pelatihan_teknis", "nasional", "10", "4713-11-24 BC", "5874897-12-31"),
    ("mulai infinity", "pelatihan_teknis", "nasional", "10", "infinity", None),
    ("mulai -infinity", "pelatihan_teknis", "nasional", "10", "-infinity", "2024-01-01"),
    ("selesai infinity", "seminar", "nasional", None, "2024-01-01", "infinity"),
    ("selesai -infinity", "coaching", "nasional", "1", None, "-infinity"),
    ("mulai -infinity, selesai infinity", "e_learning", "nasional", "1", "-infinity", "infinity"),
    ("mulai = selesai = infinity", "patok_banding", "nasional", "1", "infinity", "infinity"),
]


EXPLAIN_SQL = ("SELECT CASE WHEN e IS NOT NULL THEN coalesce(e->>'jp', '-') || ' | ' || coalesce(e->>'masalah', '-') END"
               " FROM ipasn.jp_explain(%s) AS e")


def jp_args(r):
    _, j, l, n, m, s = r
    return "%s, %s, %s::numeric, %s::date, %s::date" % (q(j), q(l), q(n), q(m), q(s))


for r in R:
    add(JP, "jp: " + r[0], "SELECT ipasn.jp(%s)" % jp_args(r), section="ipasn.jp")
for r in R:
    add(JP, "masalah: " + r[0], "SELECT ipasn.masalah(%s)" % jp_args(r), section="ipasn.masalah (never raises)")
for r in R:
    add(JP, "jp_explain: " + r[0],
        EXPLAIN_SQL % jp_args(r),
        section="ipasn.jp_explain (never raises): jp | masalah")

# default arguments and named notation
add(JP, "jp: defaults for mulai and selesai", "SELECT ipasn.jp('seminar', 'nasional', 2)", section="defaults and named notation")
add(JP, "jp: named notation, NULL jumlah with dates", "SELECT ipasn.jp(jalur => 'workshop', lingkup => 'internasional', jumlah => NULL, mulai => '2024-03-01', selesai => '2024-03-02')")
add(JP, "masalah: defaults", "SELECT ipasn.masalah('seminar', 'nasional', -2)")
add(JP, "jp: unknown jalur label", "SELECT ipasn.jp('webinar', 'nasional', 2)")
add(JP, "jp: unknown lingkup label", "SELECT ipasn.jp('seminar', 'regional', 2)")
add(JP, "jp: empty jalur label", "SELECT ipasn.jp('', 'nasional', 2)")

# satuan
add(JP, "satuan: NULL", "SELECT ipasn.satuan(NULL)", section="ipasn.satuan")
add(JP, "satuan: pelatihan_teknis", "SELECT ipasn.satuan('pelatihan_teknis')")
add(JP, "satuan: seminar", "SELECT ipasn.satuan('seminar')")
add(JP, "satuan: coaching", "SELECT ipasn.satuan('coaching')")
add(JP, "satuan: pendidikan", "SELECT ipasn.satuan('pendidikan')")
add(JP, "satuan: unknown label", "SELECT ipasn.satuan('webinar')")

# no rule in force
add(JP, "no rule in force: remove the magang rows", "DELETE FROM ipasn.aturan_jp WHERE jalur = 'magang'", dml=True, section="no rule in force")
add(JP, "jp: no rule for magang", "SELECT ipasn.jp('magang', 'nasional', 1, '2024-01-01')")
add(JP, "jp: no rule for magang, undated", "SELECT ipasn.jp('magang', 'nasional', 1)")
add(JP, "masalah: no rule for magang", "SELECT ipasn.masalah('magang', 'nasional', 1, '2024-01-01')")
add(JP, "jp_explain: no rule for magang", EXPLAIN_SQL % "'magang', 'nasional', 1, '2024-01-01'")
add(JP, "satuan: no rule for magang", "SELECT ipasn.satuan('magang')")
add(JP, "agency rule only from 2025 for magang", "INSERT INTO ipasn.aturan_jp (jalur, lingkup, berlaku_mulai, satuan, jp_per_satuan) VALUES ('magang', 'nasional', '2025-01-01', 'kegiatan', 30)", dml=True)
add(JP, "jp: magang 2024 before the rule", "SELECT ipasn.jp('magang', 'nasional', 1, '2024-12-31')")
add(JP, "jp: magang 2025 under the agency rule = 30", "SELECT ipasn.jp('magang', 'nasional', 1, '2025-01-01')")
add(JP, "jp: magang on 4713 BC before the rule", "SELECT ipasn.jp('magang', 'nasional', 1, '4713-11-24 BC')")
add(JP, "jp: magang internasional has no rule", "SELECT ipasn.jp('magang', 'internasional', 1, '2025-01-01')")
