#!/usr/bin/env bash
# Every message ipasn raises is in PostgreSQL's error style
# (https://www.postgresql.org/docs/current/error-style-guide.html): the test
# lists every errmsg/errdetail/errhint/elog of src/*.c and every RAISE of the
# SQL parts (src/sql/[0-9]*.sql and the update parts; the released scripts
# are kept as shipped), and fails on one out of form:
#   primary message (errmsg, elog, RAISE's text or MESSAGE): starts in lower
#     case (an acronym such as JP, IP ASN or SKP may start it), no final
#     period, no "name: " prefix; a trigger function misused says
#     'function "<name>" was not called by trigger manager' or
#     'function "<name>" must be fired ...';
#   detail and hint: a full sentence, capital first, final period;
#   all: no schema written into the text ("ipasn.", "%s.<name>" or
#     @extschema@): functions, tables and types are named without it.
# A message passed through "%s" is checked where its text is written when
# that is a string returned by a function of the same file (parse_hint,
# score.c's hints): those literals are listed as hints too.
# Exceptions, by file and text, each with its reason (a new message out of
# form fails; the same text moved to another part of the install script
# stays excepted; an exception no longer used is reported, not failed):
EXEMPT='
src/sql/75_target.sql|ringkasan of ipasn.buat_ringkasan_target must not be NULL|body shipped in 0.2.0 (buat_ringkasan_target)
src/sql/75_target.sql|A JP summary table has the columns pegawai, tahun, jp, jumlah_catatan and jp_state (ipasn.buat_ringkasan makes one).|body shipped in 0.2.0 (buat_ringkasan_target)
'
set -eu
cd "$(dirname "$0")/../.."
EXEMPT=$EXEMPT python3 - "$@" <<'PY'
import glob, os, re, sys

msgs = []   # (file, line, kind, text)

def c_strings(src, pos):
    """The adjacent C string literals starting at pos (after blanks); None if none."""
    out, i, n = [], pos, len(src)
    while True:
        while i < n and src[i] in ' \t\n':
            i += 1
        if i < n and src[i] == '"':
            j, buf = i + 1, []
            while src[j] != '"':
                if src[j] == '\\':
                    buf.append(src[j:j + 2]); j += 2
                else:
                    buf.append(src[j]); j += 1
            out.append(''.join(buf).replace('\\"', '"'))
            i = j + 1
            continue
        m = re.match(r'(INT64_FORMAT|UINT64_FORMAT)', src[i:])
        if m:
            out.append('%lld'); i += len(m.group(0)); continue
        break
    return ''.join(out) if out else None

for f in sorted(glob.glob('src/*.c')):
    src = open(f).read()
    for m in re.finditer(r'\b(errmsg|errmsg_internal|errdetail|errhint|elog)\s*\(', src):
        pos = m.end()
        if m.group(1) == 'elog':
            lv = re.match(r'\s*\w+\s*,', src[pos:])
            if not lv:
                continue
            pos += lv.end()
        text = c_strings(src, pos)
        line = src.count('\n', 0, m.start()) + 1
        if text is None:
            continue          # a message built elsewhere: see below
        kind = {'errmsg': 'primary', 'errmsg_internal': 'primary', 'elog': 'primary'}.get(m.group(1), m.group(1)[3:])
        if text == '%s':
            continue          # passed through
        if kind == 'hint' and text.startswith('%s '):
            text = text[3:]   # a hint built from a checked sentence and more
        msgs.append((f, line, kind, text))
    # hints written as returned strings (parse_hint) or assigned (score.c)
    for m in re.finditer(r'(?:return|hint\s*=)\s*"', src):
        text = c_strings(src, m.end() - 1)
        line = src.count('\n', 0, m.start()) + 1
        fn = src.rfind('\n', 0, m.start())
        # only within functions that build hints
        head = src[:m.start()]
        fname = re.findall(r'\n(\w+)\s*\([^;{]*\)\s*\n\{', head)
        if fname and 'hint' in fname[-1] or re.match(r'hint\s*=', src[m.start():]):
            msgs.append((f, line, 'hint', text))

# SQL: RAISE <level> 'text' ... USING MESSAGE/DETAIL/HINT = 'text' | format('text', ...)
def sql_lit(s):
    m = re.match(r"\s*(?:(?:pg_catalog\.)?format\(\s*)?'((?:[^']|'')*)'", s)
    return m.group(1).replace("''", "'") if m else None

parts = sorted(glob.glob('src/sql/[0-9]*.sql')) + sorted(
    p for p in glob.glob('src/sql/*--*/*.sql') if not os.path.islink(p))
for f in parts:
    src = open(f).read()
    for m in re.finditer(r'\bRAISE\s+(EXCEPTION|WARNING|NOTICE|INFO|LOG)\b([^;]*);', src, re.S):
        body, line = m.group(2), src.count('\n', 0, m.start()) + 1
        t = sql_lit(body)
        if t is not None:
            msgs.append((f, line, 'primary', t))
        for k, kind in (('MESSAGE', 'primary'), ('DETAIL', 'detail'), ('HINT', 'hint')):
            for u in re.finditer(r'\b' + k + r'\s*=\s*', body):
                t = sql_lit(body[u.end():])
                if t is not None:
                    msgs.append((f, line, kind, t))

exempt = {}
for l in os.environ['EXEMPT'].strip().split('\n'):
    f, text, why = l.split('|', 2)
    exempt[text] = (f, why)

schema = re.compile(r'\bipasn\.(?!aturan\b)|@extschema@|%s\.[A-Za-z_%]')
bad, used = [], set()
for f, line, kind, text in msgs:
    why = []
    if schema.search(text):
        why.append('names a schema')
    if kind == 'primary':
        if re.match(r'[A-Z][a-z]', text):
            why.append('primary message starts with a capital')
        if text.rstrip().endswith('.') and not text.endswith('...'):
            why.append('primary message ends with a period')
        if re.match(r'[\w.]+(\(\))?: ', text):
            why.append('primary message starts with "name: "')
        if 'trigger manager' in text and not re.fullmatch(r'function "[a-z_]+" was not called by (event )?trigger manager', text):
            why.append('not \'function "<name>" was not called by trigger manager\'')
        if 'must be fired' in text and not re.match(r'function "[a-z_]+" must be fired ', text):
            why.append('not \'function "<name>" must be fired ...\'')
    else:
        if not re.match(r'["(A-Z0-9]', text):
            why.append('%s does not start with a capital' % kind)
        if not text.rstrip().endswith('.'):
            why.append('%s does not end with a period' % kind)
    if why:
        if text in exempt:
            used.add(text)
            continue
        bad.append('%s:%d: %s: %s: "%s"' % (f, line, kind, '; '.join(why), text[:120]))
for b in bad:
    print(b)
for k, (f, why) in exempt.items():
    if k not in used:
        print('note: %s: exception no longer needed (remove it from test/sh/messages.sh): "%s"' % (f, k))
print('%d messages checked (%d of them exempt, each with its reason), %d out of form'
      % (len(msgs), len(used), len(bad)))
sys.exit(1 if bad else 0)
PY
