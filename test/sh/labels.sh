#!/usr/bin/env bash
# The labels of ipasn's enum types are written once, in the install parts
# (CREATE TYPE ... AS ENUM; the core types in src/sql/00_types.sql); the
# other places that name them must say the same, in the same order, and
# this test fails when one drifts:
#   src/enum.c    the C label arrays (<type>_labels[]) that map enum OIDs to
#                 the dense indexes the C code switches on (every type of
#                 00_types.sql has one);
#   README.md     the Types table of the reference (every type of
#                 00_types.sql is there);
#   the catalog   enum_range() of every type in a fresh database with ipasn
#                 installed (the update path is compared with a fresh
#                 install by test/pgtap/upgrade.sql).
# Run by `make test`; by hand: bash test/run.sh shell 'bash test/sh/labels.sh'
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
db=ipasn_labels_$$
trap 'dropdb --if-exists $db >/dev/null 2>&1 || true' EXIT
createdb $db
psql -X -q -At -v ON_ERROR_STOP=1 -d $db -c 'CREATE EXTENSION ipasn' \
	-c "SELECT t.typname || '=' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
	    FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
	    WHERE t.typnamespace = 'ipasn'::regnamespace GROUP BY t.typname ORDER BY 1" >/tmp/labels.$$.cat
rc=0
python3 - /tmp/labels.$$.cat <<'PY' || rc=$?
import re, sys
import glob
def sql_labels(files):
    out = {}
    for f in files:
        s = open(f).read()
        for m in re.finditer(r"CREATE TYPE @extschema@\.(\w+) AS ENUM \((.*?)\);", s, re.S):
            out[m.group(1)] = re.findall(r"'([^']*)'", m.group(2))
    return out
def c_labels():
    s = open('src/enum.c').read()
    out = {}
    for m in re.finditer(r"static const char \*const (\w+)_labels\[\] = \{(.*?)\};", s, re.S):
        out[m.group(1)] = re.findall(r'"([^"]*)"', m.group(2))
    # the order of enum_info must name each array under its own type
    for m in re.finditer(r'\{"(\w+)", (\w+)_labels, ', s):
        if m.group(1) != m.group(2):
            out.setdefault('enum_info', []).append('%s uses %s_labels' % m.groups())
    return out
def readme_labels():
    s = open('README.md').read()
    sec = s[s.index('### Types'):]
    sec = sec[:sec.index('\n###', 1)]
    out = {}
    for line in sec.split('\n'):
        m = re.match(r"\| `(\w+)` \| (.*) \|$", line)
        if m and not m.group(2).startswith('`('):
            labels = re.findall(r"`(\w+)`", m.group(2))
            if labels:
                out[m.group(1)] = labels
    return out
def catalog_labels(path):
    out = {}
    for line in open(path).read().split('\n'):
        if '=' in line:
            t, l = line.split('=', 1)
            out[t] = l.split(',')
    return out
core = sql_labels(['src/sql/00_types.sql'])
src = sql_labels(sorted(glob.glob('src/sql/[0-9]*.sql')))
bad = []
if not core:
    bad.append('no CREATE TYPE ... AS ENUM in src/sql/00_types.sql')
for where, got in (('src/enum.c', c_labels()), ('README.md', readme_labels()),
                   ('the catalog', catalog_labels(sys.argv[1]))):
    must = src if where == 'the catalog' else core
    for t in must:
        if t not in got:
            bad.append('%s: type %s missing' % (where, t))
    for t, labels in got.items():
        if t not in src:
            bad.append('%s: type %s is not created by the install parts' % (where, t))
        elif labels != src[t]:
            bad.append('%s: type %s has %s, the install script %s' % (where, t, labels, src[t]))
for b in bad:
    print('FAIL:', b)
print('%d enum types, %d labels: src/enum.c, README.md and the catalog %s the install script'
      % (len(src), sum(map(len, src.values())), 'differ from' if bad else 'agree with'))
sys.exit(1 if bad else 0)
PY
rm -f /tmp/labels.$$.cat
exit $rc
