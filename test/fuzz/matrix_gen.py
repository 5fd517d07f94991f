#!/usr/bin/env python3
"""Drafts test/pgtap/matrix_<area>.sql from the case lists in
test/fuzz/matrix_cases.py.

Each case is a SQL statement returning one value (or a DML statement).  The
generator runs every case once against a database where ipasn is installed
(PGHOST/PGPORT/PGUSER/PGDATABASE of the environment), inside one transaction
after the area's fixtures, and writes

  * throws_ok(sql, sqlstate, message, description) when it raised,
  * is((sql)::text, value, description) when it returned a value (NULL too),
  * lives_ok(sql, description) for a DML statement that succeeded.

A case may carry an expectation of its own (the RIGHT behaviour where the
current one is wrong): then the assertion is written from it, preceded by
pgTAP's todo(), and the observed behaviour is printed as a finding.

The output is a draft: every value and message was reviewed against the
README and the regulation before the files were committed; re-run only to
add cases, and review the diff.

  python3 test/fuzz/matrix_gen.py [area ...]
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import matrix_cases  # noqa: E402

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PROBE = r"""
CREATE FUNCTION pg_temp.probe(q text, dml boolean) RETURNS text LANGUAGE plpgsql AS $p$
DECLARE r text; st text; m text;
BEGIN
	BEGIN
		IF dml THEN
			EXECUTE q;
		ELSE
			EXECUTE q INTO r;
		END IF;
		RETURN json_build_array('OK', r)::text;
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, m = MESSAGE_TEXT;
		RETURN json_build_array('ERR', st, m)::text;
	END;
END $p$;
"""


def dq(s):
    """dollar-quote s"""
    tag = "$q$"
    n = 0
    while tag in s:
        n += 1
        tag = "$q%d$" % n
    return tag + s + tag


def lit(s):
    if s is None:
        return "NULL"
    return "'" + s.replace("'", "''") + "'"


def probe(area):
    setup = area.get("setup", "")
    lines = ["\\set ON_ERROR_STOP 1", "SET client_min_messages = warning;", "BEGIN;", "SET LOCAL lc_messages = 'C';", "SET LOCAL TimeZone = 'UTC';", "SET LOCAL DateStyle = 'ISO, YMD';", "SET LOCAL ipasn.aturan = 'permenpanrb_38_2018';", PROBE, setup]
    for c in area["cases"]:
        lines.append("SELECT pg_temp.probe(%s, %s);" % (dq(c["sql"]), "true" if c.get("dml") else "false"))
    lines.append("ROLLBACK;")
    out = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"],
                         input="\n".join(lines), capture_output=True, text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        raise SystemExit("probe of %s failed" % area["name"])
    res = [json.loads(l) for l in out.stdout.splitlines() if l.startswith("[")]
    if len(res) != len(area["cases"]):
        raise SystemExit("probe of %s: %d results for %d cases\n%s" %
                         (area["name"], len(res), len(area["cases"]), out.stderr))
    return res


def assertion(c, r):
    desc = c["desc"]
    exp = c.get("expect")
    todo = None
    if exp is not None:
        obs = r
        r = exp
        if (obs[0] != r[0]) or (obs[1:] != r[1:]):
            todo = c.get("todo", "wrong behaviour, see test/fuzz/MATRIX.md")
            print("FINDING %s: %s -> %s (expected %s)" % (desc, c["sql"], obs, exp))
    if r[0] == "ERR":
        a = "SELECT throws_ok(%s, %s, %s, %s);" % (dq(c["sql"]), lit(r[1]), lit(r[2]), lit(desc))
    elif c.get("dml"):
        a = "SELECT lives_ok(%s, %s);" % (dq(c["sql"]), lit(desc))
    else:
        a = "SELECT is((%s)::text, %s, %s);" % (c["sql"].rstrip(";"), lit(r[1]), lit(desc))
    if todo:
        a = "SELECT todo(%s, 1);\n%s" % (lit(todo), a)
    return a


def write(area, res):
    path = os.path.join(TOP, "test", "pgtap", "matrix_%s.sql" % area["name"])
    n = len(area["cases"])
    out = ["-- " + l if l else "--" for l in area["header"].strip("\n").split("\n")]
    out += ["-- (drafted by test/fuzz/matrix_gen.py from test/fuzz/matrix_cases.py,",
            "-- every value and message reviewed; see test/fuzz/MATRIX.md)",
            "\\set QUIET 1",
            "\\set ON_ERROR_STOP 1",
            "\\pset format unaligned",
            "\\pset tuples_only true",
            "SET client_min_messages = warning;",
            "BEGIN;",
            "CREATE EXTENSION IF NOT EXISTS pgtap;",
            "SET LOCAL search_path = public, pg_catalog;",
            "SET LOCAL lc_messages = 'C';",
            "SET LOCAL TimeZone = 'UTC';",
            "SET LOCAL DateStyle = 'ISO, YMD';",
            "SET LOCAL ipasn.aturan = 'permenpanrb_38_2018';"]
    if area.get("setup"):
        out.append(area["setup"].strip("\n"))
    out.append("SELECT plan(%d);" % n)
    section = None
    for c, r in zip(area["cases"], res):
        if c.get("section") and c["section"] != section:
            section = c["section"]
            out.append("")
            out.append("-- " + section)
        out.append(assertion(c, r))
    out.append("")
    out.append("SELECT * FROM finish();")
    out.append("ROLLBACK;")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    print("%s: %d assertions" % (path, n))


def main():
    want = sys.argv[1:]
    for area in matrix_cases.AREAS:
        if want and area["name"] not in want:
            continue
        res = probe(area)
        if os.environ.get("MATRIX_SHOW"):
            for c, r in zip(area["cases"], res):
                print("%-60s %s" % (c["desc"][:60], r))
        write(area, res)


if __name__ == "__main__":
    main()
