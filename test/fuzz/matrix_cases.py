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


# ---------------------------------------------------------------- aggregates
AGG = area("aggregates", """
Bad-input matrix: the aggregates ipasn.jp_total, jp_state_agg, jp_merge,
profil_bangkom, profil_state_agg, hukuman_terberat and their support
functions (jp_state_add, jp_state_combine, jp_state_compact, jp_value,
jp_kegiatan, profil, profil_add, hukuman_add, hukuman_max).  Like sum():
NULL over no rows or rows that all give NULL; a bad row raises the error of
ipasn.jp (22023) rather than being skipped (Peraturan LAN 10/2018; caps
across records: coaching 2 a month, e_learning 3 JP a day).
""")


def rows(*rs):
    """VALUES list of (jalur, lingkup, jumlah, mulai, selesai)"""
    return "(VALUES %s) AS r(j, l, n, m, s)" % ", ".join(
        "(%s::ipasn.jalur, %s::ipasn.lingkup, %s::numeric, %s::date, %s::date)" % tuple(q(x) for x in r) for r in rs)


def total(*rs):
    return "SELECT ipasn.jp_total(j, l, n, m, s) FROM " + rows(*rs)


GOOD = ("pelatihan_teknis", "nasional", "10", "2024-01-01", "2024-01-02")
sec = "ipasn.jp_total"
add(AGG, "jp_total: no rows", total(GOOD) + " WHERE false", section=sec)
add(AGG, "jp_total: one NULL jalur row", total((None, "nasional", "10", None, None)))
add(AGG, "jp_total: NULL lingkup row", total(("seminar", None, "1", None, None)))
add(AGG, "jp_total: all rows incomplete", total(("pelatihan_teknis", "nasional", None, None, None), ("pendidikan", "nasional", None, None, None)))
add(AGG, "jp_total: NULL rows skipped, 10 + 4", total((None, None, None, None, None), GOOD, ("seminar", "nasional", "1", None, None)))
add(AGG, "jp_total: all-NULL row", total((None, None, None, None, None)))
for desc, n in [("negative", "-1"), ("2000.01 JP", "2000.01"), ("three decimals", "1.001"), ("NaN", "NaN"),
                ("Infinity", "Infinity"), ("int64 max", "9223372036854775807"), ("1e1000", "1e1000")]:
    add(AGG, "jp_total: a bad row (%s) among good ones raises" % desc,
        total(GOOD, ("pelatihan_teknis", "nasional", n, None, None), GOOD))
add(AGG, "jp_total: selesai before mulai raises", total(GOOD, ("seminar", "nasional", None, "2024-02-02", "2024-02-01")))
add(AGG, "jp_total: infinite date raises", total(GOOD, ("coaching", "nasional", "1", "infinity", None)))
add(AGG, "jp_total: -infinity selesai raises", total(("e_learning", "nasional", "1", None, "-infinity")))
add(AGG, "jp_total: span over 366 days raises", total(("e_learning", "nasional", "10", "2024-01-01", "2025-01-01")))
add(AGG, "jp_total: 101 activities raises", total(("coaching", "nasional", "101", "2024-01-01", None)))
add(AGG, "jp_total: 1.5 activities raises", total(("coaching", "nasional", "1.5", "2024-01-01", None)))
add(AGG, "jp_total: e_learning on both ends of the date range: 3 + 3",
    total(("e_learning", "nasional", "10", "4713-11-24 BC", None), ("e_learning", "nasional", "10", "5874897-12-31", None)))
add(AGG, "jp_total: e_learning 4 + 4 on 5874897-12-31 shares the day: 3",
    total(("e_learning", "nasional", "2", "5874897-12-31", None), ("e_learning", "nasional", "2", "5874897-12-31", "5874897-12-31")))
add(AGG, "jp_total: coaching 3 + 3 in December 5874897: 2 counted = 4",
    total(("coaching", "nasional", "3", "5874897-12-01", None), ("coaching", "nasional", "3", "5874897-12-31", None)))
add(AGG, "jp_total: coaching in January 4713 BC and December 5874897: 4 + 4",
    total(("coaching", "nasional", "2", "4713-11-24 BC", None), ("coaching", "nasional", "2", None, "5874897-12-31")))
add(AGG, "jp_total: coaching nasional + internasional in one month: the 2 worth most (4 + 4)",
    total(("coaching", "nasional", "2", "2024-01-05", None), ("coaching", "internasional", "2", "2024-01-20", None)))
add(AGG, "jp_total: 2000 JP x 1000 rows = 2,000,000",
    "SELECT ipasn.jp_total('pelatihan_teknis', 'nasional', 2000, NULL, NULL) FROM generate_series(1, 1000)")
add(AGG, "jp_total: 366 days of e_learning 2000 JP internasional, 1000 times: one shared cap 366 x 4",
    "SELECT ipasn.jp_total('e_learning', 'internasional', 2000, '2024-01-01', '2024-12-31') FROM generate_series(1, 1000)")
add(AGG, "jp_total: undated e_learning records are each a day of their own: 1000 x 3",
    "SELECT ipasn.jp_total('e_learning', 'nasional', 10, NULL, NULL) FROM generate_series(1, 1000)")
add(AGG, "jp_total: DISTINCT", "SELECT ipasn.jp_total(DISTINCT j, l, n, m, s) FROM " + rows(GOOD, GOOD))
add(AGG, "jp_total: ORDER BY inside (same value)", "SELECT ipasn.jp_total(j, l, n, m, s ORDER BY m DESC) FROM " + rows(GOOD, ("seminar", "nasional", "1", None, None)))
add(AGG, "jp_total: FILTER excludes the bad row", "SELECT ipasn.jp_total(j, l, n, m, s) FILTER (WHERE ipasn.masalah(j, l, n, m, s) IS NULL) FROM " + rows(GOOD, ("seminar", "nasional", "-1", None, None)))
add(AGG, "jp_total: as a window aggregate", "SELECT string_agg(t::text, ',' ORDER BY i) FROM (SELECT i, ipasn.jp_total('coaching', 'nasional', 1, '2024-01-01', NULL) OVER (ORDER BY i) AS t FROM generate_series(1, 4) AS i) AS w")

sec = "ipasn.jp_state_agg, jp_value, jp_kegiatan, jp_merge"
st = "SELECT ipasn.jp_state_agg(j, l, n, m, s) FROM "
add(AGG, "jp_state_agg: no rows", st + rows(GOOD) + " WHERE false", section=sec)
add(AGG, "jp_state_agg: only NULL rows: a state counting nothing", st + rows((None, None, None, None, None)))
add(AGG, "jp_value: of a state of only NULL rows", "SELECT ipasn.jp_value(x) FROM (" + st + rows((None, None, None, None, None)) + ") AS t(x)")
add(AGG, "jp_state_agg: a bad row raises", st + rows(GOOD, ("seminar", "nasional", "-1", None, None)))
add(AGG, "jp_value: NULL", "SELECT ipasn.jp_value(NULL)")
add(AGG, "jp_kegiatan: NULL", "SELECT ipasn.jp_kegiatan(NULL)")
add(AGG, "jp_kegiatan: incomplete records do not count", "SELECT ipasn.jp_kegiatan(x) FROM (" + st + rows(GOOD, ("pendidikan", "nasional", None, None, None)) + ") AS t(x)")
add(AGG, "jp_merge: no rows", "SELECT ipasn.jp_merge(x) FROM (SELECT NULL::ipasn.jp_state) AS t(x) WHERE false")
add(AGG, "jp_merge: only NULL states", "SELECT ipasn.jp_merge(x) FROM (VALUES (NULL::ipasn.jp_state), (NULL)) AS t(x)")
add(AGG, "jp_merge: NULL and a state", "SELECT ipasn.jp_value(ipasn.jp_merge(x)) FROM (VALUES (NULL::ipasn.jp_state), ('1|1000|1|1000|0')) AS t(x)")
add(AGG, "jp_merge: two states whose totals overflow", "SELECT ipasn.jp_merge(x) FROM (VALUES ('1|2305843009213693951|1|0|0'::ipasn.jp_state), ('1|2305843009213693951|1|0|0')) AS t(x)")
add(AGG, "jp_merge: four states at the total limit", "SELECT ipasn.jp_value(ipasn.jp_merge(x)) FROM (VALUES ('1|2305843009213693951|1|0|0'::ipasn.jp_state), ('1|2305843009213693951|1|0|0'), ('1|2305843009213693951|1|0|0'), ('1|2305843009213693951|1|0|0')) AS t(x)")

sec = "support functions called directly"
add(AGG, "jp_state_add: NULL state starts one", "SELECT ipasn.jp_value(ipasn.jp_state_add(NULL, 'seminar', 'nasional', 2, NULL, NULL))", section=sec)
add(AGG, "jp_state_add: all NULL", "SELECT ipasn.jp_state_add(NULL, NULL, NULL, NULL, NULL, NULL)")
add(AGG, "jp_state_add: NULL jalur leaves the state", "SELECT ipasn.jp_state_add('1|100|1|0|0', NULL, 'nasional', 2, NULL, NULL)::text")
add(AGG, "jp_state_add: bad record raises", "SELECT ipasn.jp_state_add(NULL, 'seminar', 'nasional', -2, NULL, NULL)")
add(AGG, "jp_state_add: infinite date raises", "SELECT ipasn.jp_state_add(NULL, 'seminar', 'nasional', NULL, 'infinity', NULL)")
add(AGG, "jp_state_add: adding to a state at the total limit", "SELECT ipasn.jp_value(ipasn.jp_state_add('1|2305843009213693951|1|0|0', 'pelatihan_teknis', 'nasional', 2000, NULL, NULL))")
add(AGG, "jp_state_combine: NULL, NULL", "SELECT ipasn.jp_state_combine(NULL, NULL)")
add(AGG, "jp_state_combine: NULL, state", "SELECT ipasn.jp_state_combine(NULL, '1|100|1|0|0')::text")
add(AGG, "jp_state_combine: state, NULL", "SELECT ipasn.jp_state_combine('1|100|1|0|0', NULL)::text")
add(AGG, "jp_state_combine: totals overflow", "SELECT ipasn.jp_state_combine('1|2305843009213693951|1|0|0', '1|2305843009213693951|1|2305843009213693951|0')")
add(AGG, "jp_state_combine: kegiatan overflow", "SELECT ipasn.jp_state_combine('1|0|2305843009213693951|0|0', '1|0|2305843009213693951|0|0')")
add(AGG, "jp_state_compact: NULL", "SELECT ipasn.jp_state_compact(NULL)")
add(AGG, "jp_state_compact: a state", "SELECT ipasn.jp_state_compact('1|100|2|0|0|M,coaching,nasional,0,24288,1,2,0,200')::text")
add(AGG, "jp_value: monthly entry, 3 activities on one month: 2 counted", "SELECT ipasn.jp_value('1|0|2|0|0|M,coaching,nasional,0,24288,3,2,0,200|M,coaching,nasional,0,24288,3,2,0,200')")
add(AGG, "jp_value: total at the limit", "SELECT ipasn.jp_value('1|2305843009213693951|1|0|0')")

sec = "ipasn.profil_bangkom, profil_state_agg, profil, profil_add"


def prof(as_of, *rs, agg="profil_bangkom"):
    return "SELECT ipasn.%s(j, l, n, m, s, %s::date)::text FROM %s" % (agg, q(as_of), rows(*rs))


add(AGG, "profil_bangkom: no rows", prof("2024-12-31", GOOD) + " WHERE false", section=sec)
add(AGG, "profil_bangkom: as_of NULL", prof(None, GOOD))
add(AGG, "profil_bangkom: as_of NULL over no rows", prof(None, GOOD) + " WHERE false")
add(AGG, "profil_bangkom: as_of infinity", prof("infinity", GOOD))
add(AGG, "profil_bangkom: as_of -infinity", prof("-infinity", GOOD))
add(AGG, "profil_bangkom: as_of 4713-11-24 BC (window starts before the date range)", prof("4713-11-24 BC", ("seminar", "nasional", "1", "4713-11-24 BC", None)))
add(AGG, "profil_bangkom: as_of 4712-11-24 BC", prof("4712-11-24 BC", ("seminar", "nasional", "1", "4713-11-25 BC", None)))
add(AGG, "profil_bangkom: as_of 5874897-12-31", prof("5874897-12-31", ("pelatihan_teknis", "nasional", "20", "5874897-06-01", None), ("seminar", "nasional", "1", "5874896-01-01", None)))
add(AGG, "profil_bangkom: a bad row raises", prof("2024-12-31", GOOD, ("seminar", "nasional", "-1", "2024-05-01", None)))
add(AGG, "profil_bangkom: a bad row outside the windows raises too", prof("2024-12-31", GOOD, ("seminar", "nasional", "-1", "2010-05-01", None)))
add(AGG, "profil_bangkom: NULL jalur row ignored", prof("2024-12-31", GOOD, (None, "nasional", "5", "2024-05-01", None)))
add(AGG, "profil_bangkom: undated pelatihan_fungsional counts for fungsional only", prof("2024-12-31", ("pelatihan_fungsional", "nasional", "10", None, None)))
add(AGG, "profil_bangkom: record after as_of is in no window", prof("2024-12-31", ("pelatihan_teknis", "nasional", "30", "2025-01-01", None)))
add(AGG, "profil_bangkom: record on as_of - 1 year is outside, the day after inside", prof("2024-12-31", ("pelatihan_teknis", "nasional", "30", "2023-12-31", None), ("pelatihan_teknis", "nasional", "5", "2024-01-01", None)))
add(AGG, "profil_state_agg: as_of NULL", prof(None, GOOD, agg="profil_state_agg"))
add(AGG, "profil_state_agg: no rows", prof("2024-12-31", GOOD, agg="profil_state_agg") + " WHERE false")
add(AGG, "profil: NULL", "SELECT ipasn.profil(NULL)")
add(AGG, "profil: a jp_state made by jp_state_agg", "SELECT ipasn.profil(ipasn.jp_state_agg(j, l, n, m, s))::text FROM " + rows(GOOD))
add(AGG, "profil_add: NULL state, NULL as_of", "SELECT ipasn.profil_add(NULL, 'seminar', 'nasional', 1, '2024-01-01', NULL, NULL)")
add(AGG, "profil_add: NULL everything", "SELECT ipasn.profil_add(NULL, NULL, NULL, NULL, NULL, NULL, NULL)")
add(AGG, "profil_add: infinite as_of", "SELECT ipasn.profil_add(NULL, 'seminar', 'nasional', 1, '2024-01-01', NULL, 'infinity')")
add(AGG, "profil_add: one seminar record", "SELECT ipasn.profil(ipasn.profil_add(NULL, 'seminar', 'nasional', 1, '2024-01-01', NULL, '2024-12-31'))::text")

sec = "ipasn.hukuman_terberat, hukuman_add, hukuman_max"


def huk(as_of, *rs):
    return ("SELECT ipasn.hukuman_terberat(h, t, %s::date)::text FROM (VALUES %s) AS r(h, t)"
            % (q(as_of), ", ".join("(%s::ipasn.hukuman, %s::date)" % (q(h), q(t)) for h, t in rs)))


add(AGG, "hukuman_terberat: no rows", huk("2024-12-31", ("berat", "2024-01-01")) + " WHERE false", section=sec)
add(AGG, "hukuman_terberat: as_of NULL", huk(None, ("berat", "2024-01-01")))
add(AGG, "hukuman_terberat: as_of infinity", huk("infinity", ("berat", "2024-01-01")))
add(AGG, "hukuman_terberat: as_of -infinity", huk("-infinity", ("berat", "2024-01-01")))
add(AGG, "hukuman_terberat: NULL hukuman ignored", huk("2024-12-31", (None, "2024-01-01"), ("ringan", "2024-01-01")))
add(AGG, "hukuman_terberat: NULL tanggal is in no window", huk("2024-12-31", ("berat", None), ("ringan", "2024-01-01")))
add(AGG, "hukuman_terberat: tanggal infinity", huk("2024-12-31", ("berat", "infinity"), ("ringan", "2024-01-01")))
add(AGG, "hukuman_terberat: tanggal -infinity", huk("2024-12-31", ("berat", "-infinity")))
add(AGG, "hukuman_terberat: after as_of is outside", huk("2024-12-31", ("berat", "2025-01-01")))
add(AGG, "hukuman_terberat: exactly 5 years before as_of is outside", huk("2024-12-31", ("berat", "2019-12-31"), ("sedang", "2020-01-01")))
add(AGG, "hukuman_terberat: as_of 4713-11-24 BC", huk("4713-11-24 BC", ("sedang", "4713-11-24 BC")))
add(AGG, "hukuman_terberat: as_of 5874897-12-31", huk("5874897-12-31", ("sedang", "5874897-12-31"), ("berat", "5874892-12-31")))
add(AGG, "hukuman_add: all NULL", "SELECT ipasn.hukuman_add(NULL, NULL, NULL, NULL)")
add(AGG, "hukuman_add: as_of NULL", "SELECT ipasn.hukuman_add(NULL, 'berat', '2024-01-01', NULL)")
add(AGG, "hukuman_add: heavier wins", "SELECT ipasn.hukuman_add('ringan', 'berat', '2024-01-01', '2024-12-31')")
add(AGG, "hukuman_max: NULL, NULL", "SELECT ipasn.hukuman_max(NULL, NULL)")
add(AGG, "hukuman_max: NULL, sedang", "SELECT ipasn.hukuman_max(NULL, 'sedang')")
add(AGG, "hukuman_max: berat, ringan", "SELECT ipasn.hukuman_max('berat', 'ringan')")

# states beyond what jp_state_in reads back (fixed_h > INT64_MAX / 4)
sec = "limits of a state's totals"
add(AGG, "jp_merge: five states at the total limit overflow int64", "SELECT ipasn.jp_value(ipasn.jp_merge(x)) FROM (SELECT '1|2305843009213693951|1|0|0'::ipasn.jp_state FROM generate_series(1, 5)) AS t(x)", section=sec)
add(AGG, "jp_state_combine: result must stay readable by jp_state_in",
    "SELECT ipasn.jp_state_combine('1|2305843009213693951|1|0|0', '1|1|1|0|0')::text::ipasn.jp_state::text",
    expect=["ERR", "22003", "jp_state total out of range"])
add(AGG, "jp_state_add: result must stay readable by jp_state_in",
    "SELECT ipasn.jp_state_add('1|2305843009213693951|1|0|0', 'pelatihan_teknis', 'nasional', 1, NULL, NULL)::text::ipasn.jp_state::text",
    expect=["ERR", "22003", "jp_state total out of range"])
add(AGG, "jp_state_combine: kegiatan must stay readable by jp_state_in",
    "SELECT ipasn.jp_state_combine('1|0|2305843009213693951|0|0', '1|0|1|0|0')::text::ipasn.jp_state::text",
    expect=["ERR", "22003", "jp_state total out of range"])
add(AGG, "jp_state_combine: a total exactly at the limit is kept and reads back",
    "SELECT ipasn.jp_state_combine('1|2305843009213693950|1|0|0', '1|1|1|0|0')::text::ipasn.jp_state::text")
add(AGG, "jp_state_add: a capped record beyond the limit of kegiatan",
    "SELECT ipasn.jp_state_add('1|0|2305843009213693951|0|0', 'coaching', 'nasional', 1, '2024-01-01', NULL)::text",
    expect=["ERR", "22003", "jp_state total out of range"])


# ---------------------------------------------------------------- scores
SC = area("scores", """
Bad-input matrix: the IP ASN scores (PermenPANRB 38/2018, Peraturan BKN
8/2019): skor_kualifikasi, skor_kompetensi, skor_kinerja (numeric and
text), skor_disiplin, kategori, ip_asn (both), saran (both),
fungsional_dikecualikan, and the ipasn.aturan setting.  Scores and
categories are 0-100 (22023 outside, NaN, infinity); predicates unknown to
the rule set raise 22P02; a NULL dimension input gives a NULL dimension.
""")

sec = "skor_kualifikasi"
add(SC, "skor_kualifikasi: NULL", "SELECT ipasn.skor_kualifikasi(NULL)", section=sec)
add(SC, "skor_kualifikasi: tidak_sekolah = 1", "SELECT ipasn.skor_kualifikasi('tidak_sekolah')")
add(SC, "skor_kualifikasi: s3 = 25", "SELECT ipasn.skor_kualifikasi('s3')")
add(SC, "skor_kualifikasi: unknown label", "SELECT ipasn.skor_kualifikasi('sma')")
add(SC, "skor_kualifikasi: empty label", "SELECT ipasn.skor_kualifikasi('')")

sec = "skor_kompetensi"


def komp(j, d, f, t, s):
    return "SELECT ipasn.skor_kompetensi(%s, %s, %s, %s::numeric, %s)" % (q(j), q(d), f, q(t), s)


add(SC, "skor_kompetensi: NULL jabatan", komp(None, "pkp", "true", "20", "true"), section=sec)
add(SC, "skor_kompetensi: all NULL", komp(None, None, "NULL", None, "NULL"))
add(SC, "skor_kompetensi: pengawas, NULL diklatpim = none: 15 + 10", komp("pengawas", None, "true", "20", "true"))
add(SC, "skor_kompetensi: fungsional, NULL fungsional = not attended: 15 + 10", komp("fungsional", None, "NULL", "20", "true"))
add(SC, "skor_kompetensi: pelaksana, NULL jp_teknis = 0, NULL seminar: 0", komp("pelaksana", None, "NULL", None, "NULL"))
add(SC, "skor_kompetensi: jp_teknis 19.99 below the 20 JP target: 0 + 17.5", komp("pelaksana", None, "NULL", "19.99", "true"))
add(SC, "skor_kompetensi: jp_teknis 20 meets it: 22.5", komp("pelaksana", None, "NULL", "20", "false"))
add(SC, "skor_kompetensi: jp_teknis 0", komp("pelaksana", None, "NULL", "0", "false"))
add(SC, "skor_kompetensi: jp_teknis -0.01", komp("pelaksana", None, "NULL", "-0.01", "false"))
add(SC, "skor_kompetensi: jp_teknis -1 with NULL jabatan still raises", komp(None, None, "NULL", "-1", "false"))
add(SC, "skor_kompetensi: jp_teknis 20.001", komp("pelaksana", None, "NULL", "20.001", "false"))
add(SC, "skor_kompetensi: jp_teknis NaN", komp("pelaksana", None, "NULL", "NaN", "false"))
add(SC, "skor_kompetensi: jp_teknis Infinity", komp("pelaksana", None, "NULL", "Infinity", "false"))
add(SC, "skor_kompetensi: jp_teknis -Infinity", komp("pelaksana", None, "NULL", "-Infinity", "false"))
add(SC, "skor_kompetensi: jp_teknis int64 max", komp("pelaksana", None, "NULL", "9223372036854775807", "false"))
add(SC, "skor_kompetensi: jp_teknis 1e1000", komp("pelaksana", None, "NULL", "1e1000", "false"))
add(SC, "skor_kompetensi: jp_teknis 1e-1000", komp("pelaksana", None, "NULL", "1e-1000", "false"))
add(SC, "skor_kompetensi: unknown jabatan label", komp("eselon_1", None, "NULL", "0", "false"))

sec = "skor_kinerja(numeric)"
for desc, v in [("NULL", None), ("0 = 1", "0"), ("50 = 1", "50"), ("50.0000001 = 5", "50.0000001"), ("90 = 25", "90"),
                ("90.001 = 30", "90.001"), ("100 = 30", "100"), ("-0.01", "-0.01"), ("-0", "-0"), ("100.01", "100.01"),
                ("100.0000000001", "100.0000000001"), ("NaN", "NaN"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity"),
                ("int64 max", "9223372036854775807"), ("1e1000", "1e1000"), ("-1e1000", "-1e1000")]:
    add(SC, "skor_kinerja(numeric): " + desc, "SELECT ipasn.skor_kinerja(%s::numeric)" % q(v), section=sec)
    sec = None

sec = "skor_kinerja(text)"
for desc, v in [("NULL", None), ("empty", ""), ("spaces", "   "), ("tab and newline", "\t\n"),
                ("punctuation only", "-/.,"), ("unknown predicate", "istimewa"), ("SIASN code as text", "1"),
                ("'Sangat-Baik' = 30", "Sangat-Baik"), ("' sangat  baik. ' = 30", " sangat  baik. "),
                ("'Kurang / Misconduct' = 5", "Kurang / Misconduct"), ("'baik baik'", "baik baik"),
                ("10000 letters", "x" * 10000), ("non-ASCII 'sangat baïk'", "sangat baïk")]:
    add(SC, "skor_kinerja(text): " + desc, "SELECT ipasn.skor_kinerja(%s::text)" % q(v), section=sec)
    sec = None

sec = "skor_disiplin"
add(SC, "skor_disiplin: NULL = no penalty = 5", "SELECT ipasn.skor_disiplin(NULL)", section=sec)
add(SC, "skor_disiplin: berat = 1", "SELECT ipasn.skor_disiplin('berat')")
add(SC, "skor_disiplin: unknown label", "SELECT ipasn.skor_disiplin('pemberhentian')")

sec = "kategori"
for desc, v in [("NULL", None), ("0", "0"), ("60 sangat_rendah", "60"), ("60.001 rendah", "60.001"),
                ("90 tinggi", "90"), ("90.5 sangat_tinggi", "90.5"), ("100", "100"), ("-0.01", "-0.01"),
                ("100.01", "100.01"), ("NaN", "NaN"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity"),
                ("1e1000", "1e1000"), ("1e-1000", "1e-1000")]:
    add(SC, "kategori: " + desc, "SELECT ipasn.kategori(%s::numeric)" % q(v), section=sec)
    sec = None

sec = "ip_asn"
BASE = ["'s1'", "'fungsional'", "NULL", "true", "24", "true", "85", "NULL"]
NAMES = ["pendidikan", "jabatan", "diklatpim", "fungsional", "jp_teknis", "seminar", "kinerja", "hukuman"]
add(SC, "ip_asn(numeric): a complete employee", "SELECT ipasn.ip_asn(%s)::text" % ", ".join(BASE), section=sec)
for i, n in enumerate(NAMES):
    a = list(BASE)
    a[i] = "NULL"
    if n == "kinerja":
        a[i] = "NULL::numeric"
    add(SC, "ip_asn(numeric): NULL %s" % n, "SELECT ipasn.ip_asn(%s)::text" % ", ".join(a))
for desc, i, v in [("kinerja 100.5", 6, "100.5"), ("kinerja -1", 6, "-1"), ("kinerja NaN", 6, "'NaN'::numeric"),
                   ("jp_teknis -1", 4, "-1"), ("jp_teknis 1.001", 4, "1.001"), ("jp_teknis Infinity", 4, "'Infinity'::numeric"),
                   ("jp_teknis -1 with NULL jabatan", None, None)]:
    a = list(BASE)
    if i is None:
        a[1] = "NULL"
        a[4] = "-1"
    else:
        a[i] = v
    add(SC, "ip_asn(numeric): " + desc, "SELECT ipasn.ip_asn(%s)::text" % ", ".join(a))
TB = list(BASE)
TB[6] = "'baik'"
add(SC, "ip_asn(text): a complete employee", "SELECT ipasn.ip_asn(%s)::text" % ", ".join(TB))
for desc, v in [("NULL kinerja", "NULL::text"), ("empty predicate", "''::text"), ("unknown predicate", "'istimewa'::text"),
                ("code '2'", "'2'::text")]:
    a = list(TB)
    a[6] = v
    add(SC, "ip_asn(text): " + desc, "SELECT ipasn.ip_asn(%s)::text" % ", ".join(a))
add(SC, "ip_asn: named notation with an unknown predicate",
    "SELECT ipasn.ip_asn(pendidikan => 's1', jabatan => 'fungsional', diklatpim => NULL, fungsional => true, jp_teknis => 24, seminar => true, kinerja => 'luar biasa', hukuman => NULL)::text")

sec = "saran"


def saran(args):
    return "SELECT string_agg(komponen || ':' || coalesce(tambahan::text, '-'), ', ') FROM ipasn.saran(%s)" % ", ".join(args)


add(SC, "saran(numeric): a complete employee", saran(BASE), section=sec)
for i, n in enumerate(NAMES):
    a = list(BASE)
    a[i] = "NULL::numeric" if n == "kinerja" else "NULL"
    add(SC, "saran(numeric): NULL %s" % n, saran(a))
for desc, i, v in [("kinerja 100.5", 6, "100.5"), ("kinerja NaN", 6, "'NaN'::numeric"), ("jp_teknis -1", 4, "-1"),
                   ("jp_teknis 1.001", 4, "1.001")]:
    a = list(BASE)
    a[i] = v
    add(SC, "saran(numeric): " + desc, saran(a))
for desc, v in [("NULL kinerja", "NULL::text"), ("empty predicate", "''::text"), ("unknown predicate", "'istimewa'::text")]:
    a = list(TB)
    a[6] = v
    add(SC, "saran(text): " + desc, saran(a))
add(SC, "saran: everyone at 100 gets no row", saran(["'s3'", "'pelaksana'", "NULL", "NULL", "20", "true", "95", "NULL"]))

sec = "fungsional_dikecualikan"
for desc, v in [("NULL", None), ("empty", ""), ("spaces", "   "), ("'Dokter Ahli Muda'", "Dokter Ahli Muda"),
                ("'Teknisi Perawatan'", "Teknisi Perawatan"), ("'(Guru)'", "(Guru)"), ("10000 letters", "g" * 10000)]:
    add(SC, "fungsional_dikecualikan: " + desc, "SELECT ipasn.fungsional_dikecualikan(%s)" % q(v), section=sec)
    sec = None

sec = "the ipasn.aturan setting"
add(SC, "unknown rule set", "SET LOCAL ipasn.aturan = 'tidak_ada'", dml=True, section=sec)
add(SC, "skor_kompetensi under an unknown rule set", komp("pelaksana", None, "NULL", "20", "true"))
add(SC, "skor_kinerja(text) under an unknown rule set", "SELECT ipasn.skor_kinerja('baik'::text)")
add(SC, "ip_asn under an unknown rule set", "SELECT ipasn.ip_asn(%s)::text" % ", ".join(BASE))
add(SC, "profil_bangkom under an unknown rule set", "SELECT ipasn.profil_bangkom('seminar', 'nasional', 1, '2024-01-01', NULL, '2024-12-31')::text")
add(SC, "empty rule set name", "SET LOCAL ipasn.aturan = ''", dml=True)
add(SC, "skor_kompetensi under an empty rule set name", komp("pelaksana", None, "NULL", "20", "true"))
add(SC, "skor_kualifikasi does not read the setting", "SELECT ipasn.skor_kualifikasi('s2')")
add(SC, "back to the default rule set", "SET LOCAL ipasn.aturan = 'permenpanrb_38_2018'", dml=True)
add(SC, "an agency rule set whose induk names no set", "INSERT INTO ipasn.aturan_ipasn (aturan, induk) VALUES ('yatim', 'tidak_ada')", dml=True)
add(SC, "use it", "SET LOCAL ipasn.aturan = 'yatim'", dml=True)
add(SC, "skor_kinerja(text) under a set whose induk is unknown", "SELECT ipasn.skor_kinerja('baik'::text)")
add(SC, "skor_kompetensi under a set whose induk is unknown", komp("pelaksana", None, "NULL", "20", "true"))
add(SC, "back to the default rule set again", "SET LOCAL ipasn.aturan = 'permenpanrb_38_2018'", dml=True)


# ---------------------------------------------------------------- parsers
PA = area("parsers", """
Bad-input matrix: the parsers of free HR text (parse_* and their _or_null
twins), the SIASN code functions (jalur_siasn, diklatpim_siasn,
hukuman_siasn, predikat_siasn, pendidikan_siasn) and the triggers' text
readers (teks_jalur, teks_lingkup, teks_jumlah).  Unknown text raises
22P02 naming the value (22023 for an unknown jenis_diklat_id); the _or_null
twins return NULL; the text readers read blank text as NULL.
""")

BAD_TEXT = [("empty", ""), ("spaces", "   "), ("tab and newline", "\t\n"), ("punctuation only", "-./,()"),
            ("unknown word", "xyz"), ("10000 letters", "q" * 10000), ("non-ASCII", "pélatihan"),
            ("emoji", "\U0001F600"), ("SQL", "'; DROP TABLE x; --"), ("digits", "12345678901234567890"),
            ("two jalur in one", "Seminar/Pelatihan Teknis")]
for kind, good in [("jalur", "Bimtek"), ("pendidikan", "S-1"), ("jabatan", "JPT Pratama"),
                   ("diklatpim", "Diklatpim Tk. III"), ("hukuman", "Teguran tertulis")]:
    sec = "parse_%s and parse_%s_or_null" % (kind, kind)
    add(PA, "parse_%s: NULL" % kind, "SELECT ipasn.parse_%s(NULL)" % kind, section=sec)
    add(PA, "parse_%s: %s" % (kind, good), "SELECT ipasn.parse_%s(%s)" % (kind, q(good)))
    add(PA, "parse_%s_or_null: NULL" % kind, "SELECT ipasn.parse_%s_or_null(NULL)" % kind)
    for desc, t in BAD_TEXT:
        if kind != "jalur" and desc == "two jalur in one":
            continue
        add(PA, "parse_%s: %s" % (kind, desc), "SELECT ipasn.parse_%s(%s)" % (kind, q(t)))
        add(PA, "parse_%s_or_null: %s" % (kind, desc), "SELECT ipasn.parse_%s_or_null(%s)" % (kind, q(t)))

sec = "jalur_siasn"
for v in [None, "0", "-1", "1", "25", "26", "2147483647", "-2147483648"]:
    add(PA, "jalur_siasn: %s" % (v or "NULL"), "SELECT ipasn.jalur_siasn(%s)" % (v or "NULL"), section=sec)
    sec = None
add(PA, "jalur_siasn: 2147483648 is not an integer", "SELECT ipasn.jalur_siasn(2147483648)")
sec = "diklatpim_siasn"
for v in [None, "0", "1", "2", "5", "6", "-1", "2147483647", "-2147483648"]:
    add(PA, "diklatpim_siasn: %s" % (v or "NULL"), "SELECT ipasn.diklatpim_siasn(%s)" % (v or "NULL"), section=sec)
    sec = None
sec = "predikat_siasn"
for v in [None, "0", "1", "5", "6", "-1", "2147483647", "-2147483648"]:
    add(PA, "predikat_siasn: %s" % (v or "NULL"), "SELECT ipasn.predikat_siasn(%s)" % (v or "NULL::integer"), section=sec)
    sec = None
sec = "hukuman_siasn"
for desc, v in [("NULL", None), ("r", "r"), (" B. ", " B. "), ("empty", ""), ("spaces", "  "), ("X", "X"),
                ("RS", "RS"), ("ringan", "ringan"), ("10000 letters", "R" * 10000)]:
    add(PA, "hukuman_siasn: " + desc, "SELECT ipasn.hukuman_siasn(%s)" % q(v), section=sec)
    sec = None
sec = "pendidikan_siasn"
for desc, v in [("NULL", None), ("05", "05"), ("5", "5"), (" 005 ", " 005 "), ("50", "50"), ("empty", ""),
                ("spaces", "   "), ("00", "00"), ("0", "0"), ("-5", "-5"), ("+5", "+5"), ("05.0", "05.0"), ("ab", "ab"),
                ("99999999999999999999", "99999999999999999999"), ("1e1", "1e1"), ("51", "51")]:
    add(PA, "pendidikan_siasn: " + desc, "SELECT ipasn.pendidikan_siasn(%s)" % q(v), section=sec)
    sec = None

for fn, good, bad in [("teks_jalur", "KL10", "webinar zoom"), ("teks_lingkup", "Luar Negeri", "provinsi")]:
    sec = fn
    for desc, v in [("NULL", None), ("empty = NULL", ""), ("spaces = NULL", "   "), ("tab and newline = NULL", "\t\n"),
                    (good, good), (bad, bad), ("punctuation only", "-./"), ("10000 letters", "z" * 10000)]:
        add(PA, "%s: %s" % (fn, desc), "SELECT ipasn.%s(%s)" % (fn, q(v)), section=sec)
        sec = None
sec = "teks_jumlah"
for desc, v in [("NULL", None), ("empty = NULL", ""), ("spaces = NULL", "  "), ("12", "12"), ("12,5", "12,5"),
                ("' 12.5 '", " 12.5 "), ("1.500 ambiguous", "1.500"), ("1,500 ambiguous", "1,500"), ("1.5000", "1.5000"),
                ("0.001", "0.001"), ("8 jam", "8 jam"), ("1.000.000", "1.000.000"), ("1,2,3", "1,2,3"), ("-1", "-1"),
                ("+1", "+1"), ("1e5", "1e5"), ("NaN", "NaN"), ("Infinity", "Infinity"), (".5", ".5"), ("5.", "5."),
                ("99999999999999999999999999999", "99999999999999999999999999999"), ("1000 digits", "9" * 1000),
                ("0x10", "0x10"), ("letters", "dua belas")]:
    add(PA, "teks_jumlah: " + desc, "SELECT ipasn.teks_jumlah(%s)" % q(v), section=sec)
    sec = None


# ---------------------------------------------------------------- jp_state I/O
import struct  # noqa: E402

ST = area("jp_state_io", """
Bad-input matrix: ipasn.jp_state text input and output (jp_state_in,
jp_state_out) and binary input and output (jp_state_recv, jp_state_send),
the latter reached from SQL through COPY ... (FORMAT binary) of a file
written with lo_export (the test must run as a superuser).  A malformed
state raises 22P02 ("malformed jp_state"); a binary message too
short or too long raises 08P01 (PostgreSQL's own message checks).
Text form: 1|fixed_h|kegiatan|fixed_teknis_h|flags then
|D,jalur,lingkup,teknis,day,days,cap,bonus,value or |M,... entries.
""", setup=r"""
CREATE TEMP TABLE matrix_bin (s ipasn.jp_state);
-- reads one jp_state through jp_state_recv: a binary COPY file holding one
-- row of one field whose bytes are the payload
CREATE FUNCTION pg_temp.recv_state(payload bytea) RETURNS text
LANGUAGE plpgsql AS $f$
DECLARE
	f text := '/tmp/ipasn_matrix_' || pg_backend_pid() || '.bin';
	lo oid;
	r text;
BEGIN
	lo := lo_from_bytea(0, '\x5047434f50590aff0d0a00'::bytea || int4send(0) || int4send(0)
		|| int2send(1::int2) || int4send(length(payload)) || payload || int2send(-1::int2));
	PERFORM lo_export(lo, f);
	PERFORM lo_unlink(lo);
	TRUNCATE matrix_bin;
	EXECUTE format('COPY matrix_bin FROM %L WITH (FORMAT binary)', f);
	SELECT s::text INTO r FROM matrix_bin;
	RETURN r;
END
$f$;
""")

sec = "text input"
for desc, t in [
        ("empty", ""), ("spaces", "   "), ("version only", "1"), ("version and separator", "1|"),
        ("version 0", "0|0|0|0|0"), ("version 2", "2|0|0|0|0"), ("version 256", "256|0|0|0|0"),
        ("version -1", "-1|0|0|0|0"), ("no fields after the version", "1|||||"),
        ("a valid empty state", "1|0|0|0|0"), ("leading space", " 1|0|0|0|0"), ("trailing space", "1|0|0|0|0 "),
        ("trailing separator", "1|0|0|0|0|"), ("letters for a number", "1|x|0|0|0"),
        ("negative total", "1|-1|0|0|0"), ("total at the limit INT64_MAX/4", "1|2305843009213693951|1|0|0"),
        ("total beyond INT64_MAX/4", "1|2305843009213693952|1|0|0"), ("total int64 max", "1|9223372036854775807|1|0|0"),
        ("total beyond int64", "1|99999999999999999999|1|0|0"), ("negative kegiatan", "1|0|-1|0|0"),
        ("teknis above total", "1|100|1|101|0"), ("flags 3", "1|0|0|0|3"), ("flags 4", "1|0|0|0|4"),
        ("flags -1", "1|0|0|0|-1"), ("decimal total", "1|1.5|1|0|0"), ("plus sign", "1|+1|1|0|0"),
        ("valid monthly entry", "1|0|1|0|0|M,coaching,nasional,0,24288,1,2,0,200"),
        ("valid daily entry", "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,500"),
        ("valid undated daily entry", "1|0|1|0|0|D,e_learning,internasional,1,-,1,400,0,500"),
        ("entry kind X", "1|0|1|0|0|X,coaching,nasional,0,24288,1,2,0,200"),
        ("lower-case entry kind", "1|0|1|0|0|m,coaching,nasional,0,24288,1,2,0,200"),
        ("unknown jalur", "1|0|1|0|0|M,webinar,nasional,0,24288,1,2,0,200"),
        ("unknown lingkup", "1|0|1|0|0|M,coaching,regional,0,24288,1,2,0,200"),
        ("teknis 2", "1|0|1|0|0|M,coaching,nasional,2,24288,1,2,0,200"),
        ("monthly entry with a bonus", "1|0|1|0|0|M,coaching,nasional,0,24288,1,2,20,200"),
        ("monthly entry of 101 activities", "1|0|1|0|0|M,coaching,nasional,0,24288,101,2,0,200"),
        ("monthly entry of 0 activities", "1|0|1|0|0|M,coaching,nasional,0,24288,0,2,0,200"),
        ("monthly cap 0", "1|0|1|0|0|M,coaching,nasional,0,24288,1,0,0,200"),
        ("monthly cap 100000001", "1|0|1|0|0|M,coaching,nasional,0,24288,1,100000001,0,200"),
        ("month before 4713 BC", "1|0|1|0|0|M,coaching,nasional,0,-56557,1,2,0,200"),
        ("first month, 4713 BC", "1|0|1|0|0|M,coaching,nasional,0,-56556,1,2,0,200"),
        ("month after 5874897", "1|0|1|0|0|M,coaching,nasional,0,70498777,1,2,0,200"),
        ("daily entry of 0 days", "1|0|1|0|0|D,e_learning,nasional,0,8766,0,300,0,500"),
        ("daily entry of 367 days", "1|0|1|0|0|D,e_learning,nasional,0,8766,367,300,0,500"),
        ("daily bonus 1001", "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,1001,500"),
        ("daily day beyond 5874897-12-31", "1|0|1|0|0|D,e_learning,nasional,0,2147483000,1,300,0,500"),
        ("daily day before 4713-11-24 BC", "1|0|1|0|0|D,e_learning,nasional,0,-2451546,1,300,0,500"),
        ("daily day 4713-11-24 BC", "1|0|1|0|0|D,e_learning,nasional,0,-2451545,1,300,0,500"),
        ("daily days running past 5874897-12-31", "1|0|1|0|0|D,e_learning,nasional,0,2145031948,2,300,0,500"),
        ("daily day 5874897-12-31", "1|0|1|0|0|D,e_learning,nasional,0,2145031948,1,300,0,500"),
        ("negative value", "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,-1"),
        ("value 1000000001", "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,1000000001"),
        ("value int64 max", "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,9223372036854775807"),
        ("fewer records than entries", "1|0|0|0|0|D,e_learning,nasional,0,8766,1,300,0,500"),
        ("missing field", "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0"),
        ("extra field", "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,500,7"),
        ("'-' key followed by digits", "1|0|1|0|0|D,e_learning,nasional,0,-5x,1,300,0,500"),
        ("space inside", "1|0|1|0|0|D, e_learning,nasional,0,8766,1,300,0,500"),
        ("garbage after an entry", "1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,500xyz"),
        ("200 characters of garbage", "1|" + "9" * 200),
]:
    add(ST, "jp_state_in: " + desc, "SELECT %s::ipasn.jp_state::text" % q(t), section=sec)
    sec = None
add(ST, "jp_state_in: NULL", "SELECT NULL::ipasn.jp_state::text")
add(ST, "jp_state_in: called directly with NULL", "SELECT ipasn.jp_state_in(NULL)")
add(ST, "jp_state_out: called directly with NULL", "SELECT ipasn.jp_state_out(NULL)")
add(ST, "jp_state_send: NULL", "SELECT ipasn.jp_state_send(NULL)")
add(ST, "jp_state_recv cannot be called from SQL", "SELECT ipasn.jp_state_recv(NULL)")
add(ST, "jp_value of the daily entry: 3 JP cap, 5 JP spread = 3", "SELECT ipasn.jp_value('1|0|1|0|0|D,e_learning,nasional,0,8766,1,300,0,500')")
add(ST, "jp_value of two entries on one day", "SELECT ipasn.jp_value('1|0|2|0|0|D,e_learning,nasional,0,8766,1,300,0,200|D,e_learning,nasional,0,8766,1,300,0,200')")
add(ST, "round trip of an aggregate's state",
    "SELECT s::text = s::text::ipasn.jp_state::text FROM (SELECT ipasn.jp_state_agg(j, l, n, m, NULL) AS s FROM "
    "(VALUES ('e_learning'::ipasn.jalur, 'nasional'::ipasn.lingkup, 5::numeric, '2024-01-01'::date), ('coaching', 'internasional', 3, '2024-02-01'), "
    "('seminar', 'nasional', 2, NULL)) AS r(j, l, n, m)) AS t")

# the text (and binary) output is canonical: equal states, equal text
sec = "canonical output"
ORDERED = ("(VALUES (1, 'e_learning'::ipasn.jalur, 'nasional'::ipasn.lingkup, 5::numeric, '2024-01-01'::date), "
           "(2, 'coaching', 'internasional', 3, '2024-02-01'), (3, 'seminar', 'nasional', 2, NULL), "
           "(4, 'coaching', 'nasional', 1, '2024-01-15'), (5, 'e_learning', 'nasional', 2, '2023-12-31')) AS r(k, j, l, n, m)")
add(ST, "jp_state_out: per-day entries before per-month ones, whatever the order of the text",
    "SELECT '1|0|2|0|0|M,coaching,nasional,0,24288,1,2,0,200|D,e_learning,nasional,0,8766,1,300,0,500'::ipasn.jp_state::text",
    section=sec)
add(ST, "jp_state_in: entries out of the canonical order (as 0.1.0 wrote them) are read: coaching 2 + e_learning 3 (capped) = 5.00",
    "SELECT ipasn.jp_value('1|0|2|0|0|M,coaching,nasional,0,24288,1,2,0,200|D,e_learning,nasional,0,8766,1,300,0,500')")
add(ST, "jp_state_agg: five records in one order",
    "SELECT ipasn.jp_state_agg(j, l, n, m, NULL ORDER BY k)::text FROM " + ORDERED)
add(ST, "jp_state_agg: the same five records in the reverse order print the same text",
    "SELECT ipasn.jp_state_agg(j, l, n, m, NULL ORDER BY k DESC)::text FROM " + ORDERED)
add(ST, "jp_total of the five records: e_learning 3 (of 5, capped at 3 a day) + coaching internasional 2 x 4 (of 3, at most 2 a month) + seminar 2 x 4 + coaching 2 + e_learning 2 = 23.00",
    "SELECT ipasn.jp_total(j, l, n, m, NULL) FROM " + ORDERED)
add(ST, "jp_merge: two states merged in either order print the same text",
    "SELECT ipasn.jp_merge(s ORDER BY k)::text = ipasn.jp_merge(s ORDER BY k DESC)::text FROM "
    "(SELECT k, ipasn.jp_state_agg(j, l, n, m, NULL) AS s FROM " + ORDERED + " GROUP BY k) AS t")
add(ST, "jp_state_send: the same records in two orders send the same bytes",
    "SELECT ipasn.jp_state_send(ipasn.jp_state_agg(j, l, n, m, NULL ORDER BY k)) = "
    "ipasn.jp_state_send(ipasn.jp_state_agg(j, l, n, m, NULL ORDER BY k DESC)) FROM " + ORDERED)


def wire(version=1, fixed=0, keg=0, tek=0, flags=0, n=None, entries=(), extra=b""):
    b = struct.pack(">BqqqB", version, fixed, keg, tek, flags)
    b += struct.pack(">i", len(entries) if n is None else n)
    for (tag, j, l, t, key, days, limit, persen, value) in entries:
        b += struct.pack(">BBBBiiiiq", ord(tag), j, l, t, key, days, limit, persen, value)
    return b + extra


def recv(b):
    return "SELECT pg_temp.recv_state('\\x%s'::bytea)" % b.hex()


E_M = ("M", 13, 0, 0, 24288, 1, 2, 0, 200)        # coaching nasional, one activity
E_D = ("D", 15, 0, 0, 8766, 1, 300, 0, 500)        # e_learning nasional, 5 JP on 2024-01-01


def e(base, **kw):
    names = ["tag", "j", "l", "t", "key", "days", "limit", "persen", "value"]
    v = list(base)
    for k, x in kw.items():
        v[names.index(k)] = x
    return tuple(v)


sec = "binary input (COPY ... FORMAT binary)"
add(ST, "jp_state_send of a valid state", "SELECT ipasn.jp_state_send('1|100|2|0|0|M,coaching,nasional,0,24288,1,2,0,200')", section=sec)
add(ST, "recv: send's bytes read back", "SELECT pg_temp.recv_state(ipasn.jp_state_send('1|100|2|0|0|M,coaching,nasional,0,24288,1,2,0,200'))")
for desc, b in [
        ("empty state", wire()),
        ("monthly entry", wire(keg=1, entries=[E_M])),
        ("daily entry", wire(keg=1, entries=[E_D])),
        ("undated daily entry", wire(keg=1, entries=[e(E_D, key=-2147483648)])),
        ("no bytes", b""),
        ("version only", b"\x01"),
        ("version 2", wire(version=2)),
        ("version 0", wire(version=0)),
        ("truncated header", wire()[:20]),
        ("one byte too many", wire(extra=b"\x00")),
        ("count 1 without the entry", wire(keg=1, n=1)),
        ("count -1", wire(n=-1)),
        ("count int32 max", wire(n=2147483647)),
        ("count 0 with an entry's bytes", wire(keg=1, n=0, entries=[E_M])),
        ("entry cut short", wire(keg=1, entries=[E_M])[:-1]),
        ("negative total", wire(fixed=-1)),
        ("total beyond INT64_MAX/4", wire(fixed=2305843009213693952, keg=1)),
        ("total int64 max", wire(fixed=9223372036854775807, keg=1)),
        ("negative kegiatan", wire(keg=-1)),
        ("kegiatan int64 max", wire(keg=9223372036854775807)),
        ("teknis above total", wire(fixed=100, keg=1, tek=101)),
        ("negative teknis", wire(fixed=100, keg=1, tek=-1)),
        ("flags 4", wire(flags=4)),
        ("flags 255", wire(flags=255)),
        ("fewer records than entries", wire(keg=0, entries=[E_M])),
        ("entry kind X", wire(keg=1, entries=[e(E_M, tag="X")])),
        ("entry kind NUL", wire(keg=1, entries=[("\x00", 13, 0, 0, 24288, 1, 2, 0, 200)])),
        ("jalur 26", wire(keg=1, entries=[e(E_M, j=26)])),
        ("jalur 255", wire(keg=1, entries=[e(E_M, j=255)])),
        ("lingkup 2", wire(keg=1, entries=[e(E_M, l=2)])),
        ("teknis 2", wire(keg=1, entries=[e(E_M, t=2)])),
        ("monthly 101 activities", wire(keg=1, entries=[e(E_M, days=101)])),
        ("monthly -1 activities", wire(keg=1, entries=[e(E_M, days=-1)])),
        ("monthly with a bonus", wire(keg=1, entries=[e(E_M, persen=20)])),
        ("monthly cap 0", wire(keg=1, entries=[e(E_M, limit=0)])),
        ("monthly cap -1", wire(keg=1, entries=[e(E_M, limit=-1)])),
        ("month before 4713 BC", wire(keg=1, entries=[e(E_M, key=-56557)])),
        ("month after 5874897", wire(keg=1, entries=[e(E_M, key=70498777)])),
        ("month int32 max", wire(keg=1, entries=[e(E_M, key=2147483647)])),
        ("daily 0 days", wire(keg=1, entries=[e(E_D, days=0)])),
        ("daily 367 days", wire(keg=1, entries=[e(E_D, days=367)])),
        ("daily 65536 days (wraps an int16)", wire(keg=1, entries=[e(E_D, days=65536)])),
        ("daily 65537 days (wraps to 1)", wire(keg=1, entries=[e(E_D, days=65537)])),
        ("daily bonus 1001", wire(keg=1, entries=[e(E_D, persen=1001)])),
        ("daily bonus 65556 (wraps an int16 to 20)", wire(keg=1, entries=[e(E_D, persen=65556)])),
        ("daily value -1", wire(keg=1, entries=[e(E_D, value=-1)])),
        ("daily value 1000000001", wire(keg=1, entries=[e(E_D, value=1000000001)])),
        ("daily value 2^32 + 500 (wraps an int32)", wire(keg=1, entries=[e(E_D, value=2**32 + 500)])),
        ("day int32 max", wire(keg=1, entries=[e(E_D, key=2147483647)])),
        ("day beyond 5874897-12-31", wire(keg=1, entries=[e(E_D, key=2145031949)])),
        ("days running past 5874897-12-31", wire(keg=1, entries=[e(E_D, key=2145031948, days=2)])),
        ("day before 4713-11-24 BC", wire(keg=1, entries=[e(E_D, key=-2451546)])),
        ("daily cap 0", wire(keg=1, entries=[e(E_D, limit=0)])),
        ("daily cap 100000001", wire(keg=1, entries=[e(E_D, limit=100000001)])),
]:
    add(ST, "jp_state_recv: " + desc, recv(b))


# ---------------------------------------------------------------- triggers
TR = area("triggers", """
Bad-input matrix: the triggers ipasn.isi_jp and ipasn.ringkas_jp used
wrongly (statement level, AFTER/BEFORE, wrong events, wrong argument count,
unknown columns, wrong column types, system and generated columns, missing
transition tables) and fed bad rows (the statement aborts with the error
of ipasn.jp and leaves the table unchanged); ipasn.aturan_berubah called
by hand; the setup functions buat_ringkasan, isi_ulang,
isi_ulang_ringkasan and the internal helpers given NULL and unknown names.
Misuse is reported at the first row, not at CREATE TRIGGER.
""", setup="""
CREATE TABLE mx_t (
	id serial PRIMARY KEY,
	nip text,
	jalur text, lingkup text, jumlah numeric, mulai date, selesai date,
	jp numeric,
	r real, i integer, ts timestamptz, tj text,
	"Jenis Diklat" text,
	g numeric GENERATED ALWAYS AS (jumlah * 2) STORED,
	e ipasn.jalur, l ipasn.lingkup,
	sempit numeric(4,2)
);
""")

COLS = ["jalur", "lingkup", "jumlah", "mulai", "selesai", "jp"]
INS = "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('1', 'Bimtek', 'nasional', 8, '2024-01-01', '2024-01-01')"


def trig(name, timing, events, level, args, jumlah_dalam="satuan"):
    """isi_jp with the column names args, then jumlah_dalam (None: left out)"""
    if jumlah_dalam is not None:
        args = list(args) + [jumlah_dalam]
    return ("CREATE TRIGGER %s %s %s ON mx_t FOR EACH %s EXECUTE FUNCTION ipasn.isi_jp(%s)"
            % (name, timing, events, level, ", ".join("'%s'" % a.replace("'", "''") for a in args)))


def misuse(desc, create, fire, drop="mx"):
    add(TR, "isi_jp %s: CREATE TRIGGER is accepted" % desc, create, dml=True)
    add(TR, "isi_jp %s: first row" % desc, fire, dml=True)
    add(TR, "isi_jp %s: drop it" % desc, "DROP TRIGGER %s ON mx_t" % drop, dml=True)


sec = "isi_jp called wrongly"
add(TR, "isi_jp called as a function", "SELECT ipasn.isi_jp()", section=sec)
add(TR, "ringkas_jp called as a function", "SELECT ipasn.ringkas_jp()")
add(TR, "aturan_berubah called as a function", "SELECT ipasn.aturan_berubah()")
misuse("as a statement trigger", trig("mx", "BEFORE", "INSERT", "STATEMENT", COLS), INS)
misuse("as an AFTER row trigger", trig("mx", "AFTER", "INSERT", "ROW", COLS), INS)
misuse("on DELETE", trig("mx", "BEFORE", "DELETE", "ROW", COLS), "DELETE FROM mx_t")
add(TR, "a row to delete and truncate", INS, dml=True)
misuse("on DELETE with a row", trig("mx", "BEFORE", "DELETE", "ROW", COLS), "DELETE FROM mx_t")
misuse("on TRUNCATE", trig("mx", "BEFORE", "TRUNCATE", "STATEMENT", COLS), "TRUNCATE mx_t")
add(TR, "the row is still there", "SELECT count(*) FROM mx_t")
add(TR, "empty the table", "DELETE FROM mx_t", dml=True)
misuse("with 5 arguments", trig("mx", "BEFORE", "INSERT", "ROW", COLS[:5], None), INS)
misuse("with 8 arguments", trig("mx", "BEFORE", "INSERT", "ROW", COLS + ["satuan"]), INS)
for desc, jd in [("'hours'", "hours"), ("''", ""), ("'JAM' (case counts)", "JAM"), ("' jam' (blanks count)", " jam"),
                 ("NULL (the text null)", "null")]:
    misuse("with jumlah_dalam %s" % desc, trig("mx", "BEFORE", "INSERT", "ROW", COLS, jd), INS)
misuse("with no argument", "CREATE TRIGGER mx BEFORE INSERT ON mx_t FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp()", INS)
for i, role in enumerate(COLS):
    a = list(COLS)
    a[i] = "tidak_ada"
    misuse("with an unknown %s column" % role, trig("mx", "BEFORE", "INSERT", "ROW", a), INS)
a = list(COLS)
a[0] = ""
misuse("with an empty column name", trig("mx", "BEFORE", "INSERT", "ROW", a), INS)
a = list(COLS)
a[0] = "JALUR"
misuse("with an upper-case name of a lower-case column", trig("mx", "BEFORE", "INSERT", "ROW", a), INS)
for role, col in [("jalur", "i"), ("jalur", "r"), ("lingkup", "i"), ("jumlah", "r"), ("jumlah", "ts"), ("mulai", "i"),
                  ("mulai", "tj"), ("selesai", "r"), ("jp", "tj"), ("jp", "i"), ("jp", "r"), ("jalur", "l"), ("lingkup", "e")]:
    a = list(COLS)
    a[COLS.index(role)] = col
    misuse("with %s column %s of the wrong type" % (role, col), trig("mx", "BEFORE", "INSERT", "ROW", a), INS)
for role, col in [("jalur", "ctid"), ("jp", "xmin"), ("jumlah", "tableoid")]:
    a = list(COLS)
    a[COLS.index(role)] = col
    misuse("with system column %s as %s" % (col, role), trig("mx", "BEFORE", "INSERT", "ROW", a), INS)
for role in ["jumlah", "jp"]:
    a = list(COLS)
    a[COLS.index(role)] = "g"
    misuse("with generated column g as %s" % role, trig("mx", "BEFORE", "INSERT", "ROW", a), INS)
add(TR, "no row was inserted by the misused triggers", "SELECT count(*) FROM mx_t")

sec = "isi_jp fed bad rows"
add(TR, "attach isi_jp properly", trig("mx", "BEFORE", "INSERT OR UPDATE", "ROW", COLS), dml=True, section=sec)
add(TR, "a good row", INS, dml=True)
add(TR, "its JP: Bimtek 8 JP", "SELECT jp FROM mx_t")


def bad_row(desc, vals):
    add(TR, "isi_jp: " + desc, "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES (%s)" % vals, dml=True)


bad_row("negative jumlah", "'1', 'Bimtek', 'nasional', -1, NULL, NULL")
bad_row("three decimals", "'1', 'Bimtek', 'nasional', 1.001, NULL, NULL")
bad_row("2000.01 JP", "'1', 'Bimtek', 'nasional', 2000.01, NULL, NULL")
bad_row("NaN", "'1', 'Bimtek', 'nasional', 'NaN', NULL, NULL")
bad_row("selesai before mulai", "'1', 'Seminar', 'nasional', NULL, '2024-01-02', '2024-01-01'")
bad_row("infinite mulai", "'1', 'Seminar', 'nasional', 1, 'infinity', NULL")
bad_row("unknown jalur text", "'1', 'Webinar Zoom', 'nasional', 1, NULL, NULL")
bad_row("unknown lingkup text", "'1', 'Bimtek', 'provinsi', 1, NULL, NULL")
bad_row("jalur text of 10000 letters", "'1', repeat('x', 10000), 'nasional', 1, NULL, NULL")
add(TR, "isi_jp: one bad row among good ones aborts the statement",
    "INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('2', 'Bimtek', 'nasional', 1), ('2', 'Bimtek', 'nasional', -1), ('2', 'Bimtek', 'nasional', 2)", dml=True)
add(TR, "isi_jp: the table holds only the good row", "SELECT count(*) FROM mx_t")
add(TR, "isi_jp: blank jalur text gives NULL JP", "INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('3', '  ', 'nasional', 1)", dml=True)
add(TR, "isi_jp: blank lingkup text gives NULL JP", "INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('3', 'Bimtek', '', 1)", dml=True)
add(TR, "isi_jp: a hand-written jp is overwritten", "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, jp) VALUES ('4', 'Bimtek', 'nasional', 3, 999)", dml=True)
add(TR, "isi_jp: the JP of nip 3 and 4", "SELECT string_agg(nip || '=' || coalesce(jp::text, 'NULL'), ',' ORDER BY id) FROM mx_t WHERE nip IN ('3', '4')")
add(TR, "isi_jp: extreme dates, seminar on 4713-11-24 BC and 5874897-12-31",
    "INSERT INTO mx_t (nip, jalur, lingkup, mulai, selesai) VALUES ('5', 'Seminar', 'nasional', '4713-11-24 BC', '4713-11-24 BC'), ('5', 'Seminar', 'nasional', '5874897-12-31', '5874897-12-31')", dml=True)
add(TR, "isi_jp: their JP", "SELECT string_agg(jp::text, ',' ORDER BY id) FROM mx_t WHERE nip = '5'")
add(TR, "isi_jp: an UPDATE to a bad value aborts", "UPDATE mx_t SET jumlah = -5 WHERE nip = '1'", dml=True)
add(TR, "isi_jp: the row keeps its values", "SELECT jumlah || '/' || jp FROM mx_t WHERE nip = '1'")
add(TR, "isi_jp: an UPDATE of another column recomputes", "UPDATE mx_t SET lingkup = 'luar negeri' WHERE nip = '1'", dml=True)
add(TR, "isi_jp: Bimtek 8 JP internasional = 9.60", "SELECT jp FROM mx_t WHERE nip = '1'")
add(TR, "drop isi_jp", "DROP TRIGGER mx ON mx_t", dml=True)
a = list(COLS)
a[5] = "sempit"
add(TR, "isi_jp into a numeric(4,2) jp column", trig("mx", "BEFORE", "INSERT", "ROW", a), dml=True)
add(TR, "isi_jp: 2000 JP do not fit numeric(4,2)", "INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('6', 'Bimtek', 'nasional', 2000)", dml=True)
add(TR, "isi_jp: 99.99 JP fit", "INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('6', 'Bimtek', 'nasional', 99.99)", dml=True)
add(TR, "drop the numeric(4,2) trigger", "DROP TRIGGER mx ON mx_t", dml=True)
a = list(COLS)
a[0] = "Jenis Diklat"
a[3] = "ts"
add(TR, "isi_jp on a mixed-case column and a timestamptz mulai", trig("mx", "BEFORE", "INSERT", "ROW", a), dml=True)
add(TR, "isi_jp: timestamptz infinity", "INSERT INTO mx_t (nip, \"Jenis Diklat\", lingkup, jumlah, ts) VALUES ('7', 'Bimtek', 'nasional', 1, 'infinity')", dml=True)
add(TR, "isi_jp: timestamptz at the end of its range", "INSERT INTO mx_t (nip, \"Jenis Diklat\", lingkup, ts) VALUES ('7', 'Seminar', 'nasional', '294276-12-31 23:59:59 UTC')", dml=True)
add(TR, "isi_jp: its JP", "SELECT jp FROM mx_t WHERE nip = '7'")
add(TR, "drop the mixed-case trigger", "DROP TRIGGER mx ON mx_t", dml=True)
add(TR, "isi_jp with the six arguments of ipasn 0.1.0", trig("mx", "BEFORE", "INSERT", "ROW", COLS, None), dml=True)
add(TR, "isi_jp 0.1.0 form: a seminar of 8 is read as 8 days ('satuan')",
    "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('10', 'Seminar', 'nasional', 8, '2024-05-06', '2024-05-06')", dml=True)
add(TR, "isi_jp 0.1.0 form: 8 days x 4 JP = 32.00", "SELECT jp FROM mx_t WHERE nip = '10'")
add(TR, "drop the 0.1.0 form", "DROP TRIGGER mx ON mx_t", dml=True)
add(TR, "isi_jp with jumlah_dalam 'jam'", trig("mx", "BEFORE", "INSERT", "ROW", COLS, "jam"), dml=True)
add(TR, "isi_jp 'jam': a seminar of 8 hours on one day",
    "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai, selesai) VALUES ('11', 'Seminar', 'nasional', 8, '2024-05-06', '2024-05-06')", dml=True)
add(TR, "isi_jp 'jam': 1 day x 4 JP = 4.00", "SELECT jp FROM mx_t WHERE nip = '11'")
for desc, v in [("negative jam", "-1"), ("jam with three decimals", "8.125"), ("jam NaN", "'NaN'"), ("jam Infinity", "'Infinity'")]:
    add(TR, "isi_jp 'jam': " + desc,
        "INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('12', 'Pelatihan Teknis', 'nasional', %s)" % v, dml=True)
add(TR, "isi_jp 'jam': jam 0 is not filled in (coaching: one activity)",
    "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('13', 'coaching', 'nasional', 0, '2024-06-03')", dml=True)
add(TR, "isi_jp 'jam': coaching of 0 hours = 2.00", "SELECT jp FROM mx_t WHERE nip = '13'")
add(TR, "isi_jp 'jam': 2001 hours of pelatihan teknis",
    "INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('12', 'Pelatihan Teknis', 'nasional', 2001)", dml=True)
add(TR, "drop the 'jam' trigger", "DROP TRIGGER mx ON mx_t", dml=True)

sec = "text jumlah through isi_jp"
add(TR, "a table with text columns", "CREATE TABLE mx_teks (jalur text, lingkup varchar(20), jam char(10), mulai date, selesai date, jp numeric)", dml=True, section=sec)
add(TR, "isi_jp on it", "CREATE TRIGGER mx BEFORE INSERT ON mx_teks FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jam, mulai, selesai, jp, satuan)", dml=True)
for desc, v in [("'1.500' ambiguous", "1.500"), ("'8 jam'", "8 jam"), ("'-1'", "-1"), ("'1,001'", "1,001"), ("'NaN'", "NaN"),
                ("'12,5' = 12.5", "12,5"), ("blank = NULL", "   ")]:
    add(TR, "isi_jp text jumlah " + desc, "INSERT INTO mx_teks VALUES ('Bimtek', 'Nasional', %s, NULL, NULL)" % q(v), dml=True)
add(TR, "isi_jp text jumlah: the rows kept", "SELECT string_agg(coalesce(jp::text, 'NULL'), ',') FROM mx_teks")

sec = "ringkas_jp called wrongly"


def rtrig(name, timing, event, level, args, ref=""):
    return ("CREATE TRIGGER %s %s %s ON mx_t %s FOR EACH %s EXECUTE FUNCTION ipasn.ringkas_jp(%s)"
            % (name, timing, event, ref, level, ", ".join("'%s'" % a for a in args)))


RARGS = ["mx_ringkas", "nip", "jalur", "lingkup", "jumlah", "mulai", "selesai", "satuan"]
add(TR, "a summary table", "CREATE TABLE mx_ringkas (pegawai text NOT NULL, tahun integer NOT NULL, jp numeric, jumlah_catatan bigint NOT NULL DEFAULT 0, jp_state ipasn.jp_state, PRIMARY KEY (pegawai, tahun))", dml=True, section=sec)
INS2 = "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('9', 'coaching', 'nasional', 1, '2024-03-01')"


def rmisuse(desc, create, fire):
    add(TR, "ringkas_jp %s: CREATE TRIGGER is accepted" % desc, create, dml=True)
    add(TR, "ringkas_jp %s: first statement" % desc, fire, dml=True)
    add(TR, "ringkas_jp %s: drop it" % desc, "DROP TRIGGER mr ON mx_t", dml=True)


rmisuse("as a row trigger", rtrig("mr", "AFTER", "INSERT", "ROW", RARGS), INS2)
rmisuse("as a BEFORE statement trigger", rtrig("mr", "BEFORE", "INSERT", "STATEMENT", RARGS), INS2)
rmisuse("without transition table", rtrig("mr", "AFTER", "INSERT", "STATEMENT", RARGS), INS2)
rmisuse("with the transition table named otherwise", rtrig("mr", "AFTER", "INSERT", "STATEMENT", RARGS, "REFERENCING NEW TABLE AS neu"), INS2)
rmisuse("with 6 arguments", rtrig("mr", "AFTER", "INSERT", "STATEMENT", RARGS[:6], "REFERENCING NEW TABLE AS baru"), INS2)
rmisuse("with 9 arguments", rtrig("mr", "AFTER", "INSERT", "STATEMENT", RARGS + ["x"], "REFERENCING NEW TABLE AS baru"), INS2)
for desc, jd in [("'hours'", "hours"), ("''", ""), ("'Satuan' (case counts)", "Satuan")]:
    rmisuse("with jumlah_dalam %s" % desc, rtrig("mr", "AFTER", "INSERT", "STATEMENT", RARGS[:7] + [jd], "REFERENCING NEW TABLE AS baru"), INS2)
for i, role in enumerate(["summary table", "pegawai", "jalur", "lingkup", "jumlah", "mulai", "selesai"]):
    a = list(RARGS)
    a[i] = "tidak_ada"
    rmisuse("with an unknown %s" % role, rtrig("mr", "AFTER", "INSERT", "STATEMENT", a, "REFERENCING NEW TABLE AS baru"), INS2)
a = list(RARGS)
a[0] = "mx_teks"
rmisuse("with a summary table of another shape", rtrig("mr", "AFTER", "INSERT", "STATEMENT", a, "REFERENCING NEW TABLE AS baru"), INS2)
a = list(RARGS)
a[4] = "r"
rmisuse("with a real jumlah column", rtrig("mr", "AFTER", "INSERT", "STATEMENT", a, "REFERENCING NEW TABLE AS baru"), INS2)
add(TR, "the summary is still empty", "SELECT count(*) FROM mx_ringkas")

sec = "ringkas_jp fed bad rows"
add(TR, "attach ringkas_jp for INSERT", rtrig("mr", "AFTER", "INSERT", "STATEMENT", RARGS, "REFERENCING NEW TABLE AS baru"), dml=True, section=sec)
add(TR, "attach ringkas_jp for UPDATE", rtrig("mu", "AFTER", "UPDATE", "STATEMENT", RARGS, "REFERENCING OLD TABLE AS lama NEW TABLE AS baru"), dml=True)
add(TR, "attach ringkas_jp for DELETE", rtrig("md", "AFTER", "DELETE", "STATEMENT", RARGS, "REFERENCING OLD TABLE AS lama"), dml=True)
add(TR, "a good coaching row", INS2, dml=True)
add(TR, "the summary of nip 9", "SELECT pegawai || '/' || tahun || '/' || jp || '/' || jumlah_catatan FROM mx_ringkas")
add(TR, "a bad row aborts the statement", "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('9', 'coaching', 'nasional', 1, '2024-03-02'), ('9', 'coaching', 'nasional', -1, '2024-03-03')", dml=True)
add(TR, "an infinite mulai aborts the INSERT with the error of ipasn.jp",
    "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('9', 'coaching', 'nasional', 1, 'infinity')", dml=True,
    expect=["ERR", "22023", 'dates of jalur "coaching" must be finite: mulai infinity, selesai NULL'])
add(TR, "an UPDATE to an infinite selesai aborts with the error of ipasn.jp",
    "UPDATE mx_t SET selesai = '-infinity' WHERE nip = '9'", dml=True,
    expect=["ERR", "22023", 'dates of jalur "coaching" must be finite: mulai 2024-03-01, selesai -infinity'])
add(TR, "an UPDATE to a bad jumlah aborts", "UPDATE mx_t SET jumlah = 101 WHERE nip = '9'", dml=True)
add(TR, "the summary is unchanged", "SELECT pegawai || '/' || tahun || '/' || jp || '/' || jumlah_catatan FROM mx_ringkas")
add(TR, "a NULL employee is not summarised", "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES (NULL, 'coaching', 'nasional', 1, '2024-03-01')", dml=True)
add(TR, "an undated record has no year and is not summarised", "INSERT INTO mx_t (nip, jalur, lingkup, jumlah) VALUES ('9', 'coaching', 'nasional', 1)", dml=True)
add(TR, "the summary still has one row", "SELECT count(*) FROM mx_ringkas")
add(TR, "records at both ends of the date range", "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('8', 'coaching', 'nasional', 3, '4713-11-24 BC'), ('8', 'coaching', 'nasional', 3, '5874897-12-31')", dml=True)
add(TR, "their summary rows, by extract(year): -4713 and 5874897",
    "SELECT string_agg(tahun || ':' || jp, ',' ORDER BY tahun) FROM mx_ringkas WHERE pegawai = '8'",
    expect=["OK", "-4713:4.00,5874897:4.00"])
add(TR, "delete the BC record", "DELETE FROM mx_t WHERE nip = '8' AND mulai < '0001-01-01'", dml=True)
add(TR, "its summary row is gone", "SELECT string_agg(tahun || ':' || jp, ',' ORDER BY tahun) FROM mx_ringkas WHERE pegawai = '8'",
    expect=["OK", "5874897:4.00"])
add(TR, "a NULL jalur with an infinite date is no record and has no year",
    "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('8', NULL, 'nasional', 3, 'infinity')", dml=True)
add(TR, "drop ringkas_jp", "DROP TRIGGER mr ON mx_t; DROP TRIGGER mu ON mx_t; DROP TRIGGER md ON mx_t", dml=True)
add(TR, "ringkas_jp with the seven arguments of ipasn 0.1.0", rtrig("mr", "AFTER", "INSERT", "STATEMENT", RARGS[:7], "REFERENCING NEW TABLE AS baru"), dml=True)
add(TR, "ringkas_jp 0.1.0 form: a seminar of 8",
    "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('14', 'seminar', 'nasional', 8, '2024-05-06')", dml=True)
add(TR, "ringkas_jp 0.1.0 form reads 'satuan': 8 days x 4 = 32.00", "SELECT jp FROM mx_ringkas WHERE pegawai = '14'")
add(TR, "drop the 0.1.0 form", "DROP TRIGGER mr ON mx_t", dml=True)
add(TR, "ringkas_jp with jumlah_dalam 'jam'", rtrig("mr", "AFTER", "INSERT", "STATEMENT", RARGS[:7] + ["jam"], "REFERENCING NEW TABLE AS baru"), dml=True)
add(TR, "ringkas_jp 'jam': a seminar of 8 hours on one day",
    "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('15', 'seminar', 'nasional', 8, '2024-05-06')", dml=True)
add(TR, "ringkas_jp 'jam': 1 day x 4 = 4.00", "SELECT jp FROM mx_ringkas WHERE pegawai = '15'")
add(TR, "ringkas_jp 'jam': negative jam aborts",
    "INSERT INTO mx_t (nip, jalur, lingkup, jumlah, mulai) VALUES ('15', 'bimtek', 'nasional', -2, '2024-05-06')", dml=True)
add(TR, "drop the 'jam' form", "DROP TRIGGER mr ON mx_t", dml=True)

sec = "buat_ringkasan, isi_ulang, isi_ulang_ringkasan and the internal helpers"
add(TR, "buat_ringkasan: NULL source", "SELECT ipasn.buat_ringkasan(NULL, 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai')", section=sec,
    expect=["ERR", "22004", "sumber of ipasn.buat_ringkasan must not be NULL"])
add(TR, "buat_ringkasan: NULL summary name", "SELECT ipasn.buat_ringkasan('mx_t', NULL, 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')",
    expect=["ERR", "22004", "ringkasan of ipasn.buat_ringkasan must not be NULL"])
add(TR, "buat_ringkasan: NULL column", "SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', NULL, 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')",
    expect=["ERR", "22004", "pegawai of ipasn.buat_ringkasan must not be NULL"])
add(TR, "buat_ringkasan: unknown column", "SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'tidak_ada', 'mulai', 'selesai', 'satuan')")
add(TR, "buat_ringkasan: real jumlah column", "SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'r', 'mulai', 'selesai', 'satuan')")
add(TR, "buat_ringkasan: the summary table exists already", "SELECT ipasn.buat_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')")
add(TR, "buat_ringkasan: unknown source table", "SELECT ipasn.buat_ringkasan('tidak_ada', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')")
add(TR, "buat_ringkasan: empty summary name", "SELECT ipasn.buat_ringkasan('mx_t', '', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')")
add(TR, "buat_ringkasan: three-part summary name", "SELECT ipasn.buat_ringkasan('mx_t', 'a.b.c', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')")
add(TR, "a table with a bad row and no isi_jp", "CREATE TABLE mx_mentah AS SELECT '1'::text AS nip, 'seminar'::ipasn.jalur AS jalur, 'nasional'::ipasn.lingkup AS lingkup, -1::numeric AS jumlah, '2024-01-01'::date AS mulai, NULL::date AS selesai", dml=True)
add(TR, "buat_ringkasan: a source with a bad row fails to fill", "SELECT ipasn.buat_ringkasan('mx_mentah', 'mx_r3', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')")
add(TR, "buat_ringkasan: and creates nothing", "SELECT to_regclass('mx_r3')")
add(TR, "isi_ulang: blok_per_batch 0", "CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan', blok_per_batch => 0)", dml=True)
add(TR, "isi_ulang: blok_per_batch NULL", "CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan', blok_per_batch => NULL)", dml=True)
add(TR, "isi_ulang: text jp column", "CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'tj', 'satuan')", dml=True)
add(TR, "isi_ulang: unknown jp column", "CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'tidak_ada', 'satuan')", dml=True)
add(TR, "isi_ulang: unknown jumlah column", "CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'tidak_ada', 'mulai', 'selesai', 'jp', 'satuan')", dml=True)
add(TR, "isi_ulang: NULL source", "CALL ipasn.isi_ulang(NULL, 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp')", dml=True,
    expect=["ERR", "22004", "sumber of ipasn.isi_ulang must not be NULL"])
add(TR, "isi_ulang: inside a transaction block it cannot COMMIT", "CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')", dml=True)
add(TR, "isi_ulang_ringkasan: pegawai_per_batch 0", "CALL ipasn.isi_ulang_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan', pegawai_per_batch => 0)", dml=True)
add(TR, "isi_ulang_ringkasan: unknown column", "CALL ipasn.isi_ulang_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'tidak_ada', 'mulai', 'selesai', 'satuan')", dml=True)
add(TR, "isi_ulang_ringkasan: NULL summary", "CALL ipasn.isi_ulang_ringkasan('mx_t', NULL, 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')", dml=True,
    expect=["ERR", "22004", "ringkasan of ipasn.isi_ulang_ringkasan must not be NULL"])
add(TR, "isi_ulang: NULL column", "CALL ipasn.isi_ulang('mx_t', 'jalur', NULL, 'jumlah', 'mulai', 'selesai', 'jp', 'satuan')", dml=True,
    expect=["ERR", "22004", "lingkup of ipasn.isi_ulang must not be NULL"])
add(TR, "isi_ulang_ringkasan: NULL source", "CALL ipasn.isi_ulang_ringkasan(NULL, 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan')", dml=True,
    expect=["ERR", "22004", "sumber of ipasn.isi_ulang_ringkasan must not be NULL"])
add(TR, "isi_ulang_ringkasan: NULL column", "CALL ipasn.isi_ulang_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', NULL, 'selesai', 'satuan')", dml=True,
    expect=["ERR", "22004", "mulai of ipasn.isi_ulang_ringkasan must not be NULL"])
for fn, call in [("buat_ringkasan", "SELECT ipasn.buat_ringkasan('mx_t', 'mx_r2', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai'%s)"),
                 ("isi_ulang", "CALL ipasn.isi_ulang('mx_t', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'jp'%s)"),
                 ("isi_ulang_ringkasan", "CALL ipasn.isi_ulang_ringkasan('mx_t', 'mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai'%s)")]:
    for desc, arg in [("no jumlah_dalam", ""), ("jumlah_dalam NULL", ", NULL"), ("jumlah_dalam 'hours'", ", 'hours'"),
                      ("jumlah_dalam ''", ", ''"), ("jumlah_dalam => 'Jam'", ", jumlah_dalam => 'Jam'")]:
        add(TR, "%s: %s" % (fn, desc), call % arg, dml=True,
            expect=["ERR", "22023", "jumlah_dalam must be 'jam' or 'satuan'"])
add(TR, "_jumlah_dalam: 'jam'", "SELECT ipasn._jumlah_dalam('jam', 'f')")
add(TR, "_jumlah_dalam: 'satuan'", "SELECT ipasn._jumlah_dalam('satuan', 'f')")
add(TR, "_jumlah_dalam: all NULL", "SELECT ipasn._jumlah_dalam(NULL, NULL)")
add(TR, "_kolom_sql: all NULL", "SELECT ipasn._kolom_sql(NULL, NULL, NULL)")
add(TR, "_kolom_sql: unknown column", "SELECT ipasn._kolom_sql('mx_t', 'tidak_ada', 'jalur')")
add(TR, "_kolom_sql: unknown role", "SELECT ipasn._kolom_sql('mx_t', 'jalur', 'tidak_ada')")
add(TR, "_sumber_sql: all NULL", "SELECT ipasn._sumber_sql(NULL, NULL)")
add(TR, "_sumber_sql: too few columns", "SELECT ipasn._sumber_sql('mx_t', ARRAY['nip'])")
add(TR, "_ringkasan_relid: all NULL", "SELECT ipasn._ringkasan_relid(NULL, NULL)")
add(TR, "_ringkasan_relid: unknown table", "SELECT ipasn._ringkasan_relid('tidak_ada', 'mx_t')")
add(TR, "_ringkasan_sql: all NULL gives two (useless) statements", "SELECT array_length(ipasn._ringkasan_sql(NULL, NULL, NULL, NULL), 1)")
add(TR, "_ringkas_jp_sql: all NULL", "SELECT ipasn._ringkas_jp_sql(NULL, NULL, NULL)::text")
add(TR, "_ringkas_jp_sql: unknown event", "SELECT ipasn._ringkas_jp_sql('mx_t', ARRAY['mx_ringkas', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan'], 'MERGE') IS NOT NULL")
add(TR, "_sumber_sql: unknown jumlah_dalam", "SELECT ipasn._sumber_sql('mx_t', ARRAY['nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'x'])")
