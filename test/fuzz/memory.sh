#!/usr/bin/env bash
# make memory: does one backend's memory stay flat?  Measured, in one
# session (parallel query off, so that all the work is in that backend),
# on a throwaway cluster with ipasn installed into a private copy of
# PostgreSQL (test/privatepg.sh):
#   A. jp_total over 10 million rows (100,000 groups, capped and uncapped
#      jalur), run twice;
#   B. 1,000 single-row INSERT statements into a table with isi_jp and the
#      ringkas_jp summary triggers, then 1,000 more;
#   C. 1,000 aggregate queries (jp_total, profil_bangkom, jp_merge of stored
#      states), then 1,000 more.
# After each step it prints the backend's memory contexts total
# (pg_backend_memory_contexts) and VmRSS / VmHWM (/proc/<pid>/status).
# Flat means: the second round of each step ends where the first ended
# (contexts total within 64 kB, RSS within 2 MB); exit 1 otherwise.
#   MEMORY_ROWS (default 10000000)  MEMORY_N (default 1000)
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/test/privatepg.sh"
rows=${MEMORY_ROWS:-10000000}
n=${MEMORY_N:-1000}

priv_setup || exit 2
src=$(mktemp -d /tmp/ipasn-mem-src.XXXXXX)
trap 'priv_stop; rm -rf "$src"; rm -rf "${work:-/nonexistent}"' EXIT
tar -C "$top" --exclude=.git --exclude=results --exclude='*.o' --exclude='*.so' --exclude='*.bc' -cf - . | tar -C "$src" -xf -
priv_install "$src" || exit 2
priv_start || exit 2
psql -X -q -v ON_ERROR_STOP=1 <<'SQL' || exit 1
CREATE EXTENSION ipasn;
CREATE TABLE latihan (id bigserial PRIMARY KEY, nip text, jenis text, lingkup text, jam text,
	mulai date, selesai date, jp numeric);
CREATE INDEX ON latihan (nip);
CREATE TRIGGER isi_jp BEFORE INSERT OR UPDATE ON latihan
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jenis, lingkup, jam, mulai, selesai, jp, 'satuan');
SELECT ipasn.buat_ringkasan('latihan', 'latihan_jp', 'nip', 'jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'satuan') \g /dev/null
INSERT INTO latihan (nip, jenis, lingkup, jam, mulai)
SELECT (i % 500)::text, (ARRAY['Bimtek', 'Coaching', 'E-Learning', 'Seminar'])[1 + i % 4], 'Nasional',
	   (ARRAY['8', '1', '5', ''])[1 + i % 4], date '2024-01-01' + i % 366
  FROM generate_series(1, 20000) AS i;
ANALYZE;
SQL

# the session's script: steps, each followed by a measurement line
script=$work/memory.sql
{
	echo '\set ON_ERROR_STOP 1'
	echo 'SET max_parallel_workers_per_gather = 0;'
	echo 'SET client_min_messages = warning;'
	echo 'SELECT pg_backend_pid() AS pid \gset'
	echo '\setenv IPASN_MEM_PID :pid'
	echo "\\set mem 'SELECT sum(total_bytes) AS ctx FROM pg_backend_memory_contexts'"
	measure() {
		echo ":mem \\gset"
		echo "\\echo MEASURE $1 :ctx"
		echo "\\! grep -E '^(VmRSS|VmHWM)' /proc/\$IPASN_MEM_PID/status | tr -s ' \\t' ' ' | tr '\\n' ' ' | sed 's/^/RSS $1 /'; echo"
	}
	measure "start"
	for round in 1 2; do
		echo "SELECT count(*), sum(t) FROM (SELECT i % 100000 AS g, ipasn.jp_total(
			(ARRAY['pelatihan_teknis', 'e_learning', 'coaching', 'seminar', 'belajar_mandiri']::ipasn.jalur[])[1 + i % 5],
			'nasional', (i % 7)::numeric, date '2024-01-01' + i % 366, NULL) AS t
			FROM generate_series(1, $rows) AS i GROUP BY 1) AS x \\g /dev/null"
		measure "A.jp_total_${rows}_rows_round_$round"
	done
	for round in 1 2; do
		for i in $(seq 1 "$n"); do
			echo "INSERT INTO latihan (nip, jenis, lingkup, jam, mulai) VALUES ('$((i % 700))', 'Coaching', 'Nasional', '1', date '2024-03-01' + $((i % 30)));"
		done
		measure "B.${n}_trigger_inserts_round_$round"
	done
	for round in 1 2; do
		for i in $(seq 1 "$n"); do
			case $((i % 3)) in
			0) echo "SELECT count(*) FROM (SELECT nip, ipasn.jp_total(ipasn.teks_jalur(jenis), ipasn.teks_lingkup(lingkup), ipasn.teks_jumlah(jam), mulai, selesai) FROM latihan WHERE nip < '$((i % 10))' GROUP BY nip) AS x \\g /dev/null" ;;
			1) echo "SELECT count(*) FROM (SELECT nip, ipasn.profil_bangkom(ipasn.teks_jalur(jenis), ipasn.teks_lingkup(lingkup), ipasn.teks_jumlah(jam), mulai, selesai, date '2024-12-31') FROM latihan WHERE nip < '$((i % 10))' GROUP BY nip) AS x \\g /dev/null" ;;
			2) echo "SELECT ipasn.jp_value(ipasn.jp_merge(jp_state)) FROM latihan_jp \\g /dev/null" ;;
			esac
		done
		measure "C.${n}_aggregate_queries_round_$round"
	done
} >"$script"

echo "== one session: jp_total over $rows rows (x2), $n trigger-firing inserts (x2), $n aggregate queries (x2)"
start=$(date +%s)
psql -X -q -f "$script" >"$work/memory.out" 2>&1 || { tail -20 "$work/memory.out"; exit 1; }
echo "   ($(($(date +%s) - start)) s)"
python3 - "$work/memory.out" <<'PY'
import re, sys
ctx, rss = {}, {}
order = []
for l in open(sys.argv[1]):
    m = re.match(r"MEASURE (\S+) (\d+)", l)
    if m:
        ctx[m.group(1)] = int(m.group(2)); order.append(m.group(1))
    m = re.match(r"RSS (\S+) VmHWM: (\d+) kB VmRSS: (\d+) kB", l.strip())
    if m:
        rss[m.group(1)] = (int(m.group(3)), int(m.group(2)))
print("%-44s %14s %12s %12s" % ("after", "contexts (kB)", "VmRSS (kB)", "VmHWM (kB)"))
for k in order:
    r = rss.get(k, (0, 0))
    print("%-44s %14d %12d %12d" % (k, ctx[k] // 1024, r[0], r[1]))
bad = []
for step in ("A", "B", "C"):
    ks = [k for k in order if k.startswith(step + ".")]
    if len(ks) == 2:
        d_ctx = ctx[ks[1]] - ctx[ks[0]]
        d_rss = rss.get(ks[1], (0, 0))[0] - rss.get(ks[0], (0, 0))[0]
        print("step %s: second round minus first: contexts %+d bytes, VmRSS %+d kB" % (step, d_ctx, d_rss))
        if d_ctx > 64 * 1024 or d_rss > 2048:
            bad.append(step)
print("memory: " + ("NOT flat in step " + ", ".join(bad) if bad else "flat"))
sys.exit(1 if bad else 0)
PY
