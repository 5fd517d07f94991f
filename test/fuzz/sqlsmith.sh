#!/usr/bin/env bash
# make sqlsmith: a bounded sqlsmith run (Debian package sqlsmith) against a
# database with ipasn, the demo's SIMPEG tables (test/demo/schema.sql) with
# a small generated sample (test/demo/generate.sql, SQLSMITH_PEGAWAI
# employees, default 300), the report views (test/demo/reports.sql) and a
# training table with both ipasn triggers.  ipasn is built and installed
# into a private copy of PostgreSQL (test/privatepg.sh); with
# SQLSMITH_ASAN=1 the ASan/UBSan build of test/asan/check.sh is used.
#
# sqlsmith runs as an unprivileged role (no superuser-only functions, 2 s
# statement_timeout) for SQLSMITH_QUERIES queries (default 20000, seed
# SQLSMITH_SEED, default 42).  Passes when the server log has no
# "terminated by signal" (no backend crashed) and, for an ASan build, no
# sanitizer report.  Prints queries, errors by SQLSTATE class, and the
# errors raised inside ipasn (by message), which are expected (bad input).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
[ "${SQLSMITH_ASAN:-0}" = 1 ] && IPASN_PRIVATE_PG=${IPASN_PRIVATE_PG:-/tmp/ipasn-privpg-san}
. "$top/test/privatepg.sh"
command -v sqlsmith >/dev/null || { echo "sqlsmith is not installed: apt-get install sqlsmith"; exit 2; }
queries=${SQLSMITH_QUERIES:-20000}
seed=${SQLSMITH_SEED:-42}
pegawai=${SQLSMITH_PEGAWAI:-300}

priv_setup || exit 2
src=$(mktemp -d /tmp/ipasn-smith-src.XXXXXX)
trap 'priv_stop; rm -rf "$src"; [ "${SMITH_KEEP:-0}" = 1 ] || rm -rf "${work:-/nonexistent}"' EXIT
tar -C "$top" --exclude=.git --exclude=results --exclude='*.o' --exclude='*.so' --exclude='*.bc' -cf - . | tar -C "$src" -xf -
envs=()
if [ "${SQLSMITH_ASAN:-0}" = 1 ]; then
	rt=$(gcc -print-file-name=libasan.so)
	priv_install "$src" COPT="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize=alignment" || exit 2
	mkdir -p /tmp/ipasn-asan-logs && chmod 1777 /tmp/ipasn-asan-logs
	logs=$(mktemp -d /tmp/ipasn-asan-logs/smith.XXXXXX) && chmod 777 "$logs"
	envs=(LD_PRELOAD="$rt" ASAN_OPTIONS="detect_leaks=0:log_path=$logs/asan:detect_odr_violation=0"
		UBSAN_OPTIONS="print_stacktrace=1:log_path=$logs/ubsan")
else
	priv_install "$src" || exit 2
fi
priv_start "${envs[@]}" || exit 2

echo "== database ipasn_smith: demo schema, $pegawai employees, reports, triggers"
export PGOPTIONS="-c client_min_messages=warning"
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE DATABASE ipasn_smith' >/dev/null || exit 1
export PGDATABASE=ipasn_smith
(
	cd "$src" &&
	psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION ipasn' &&
	psql -X -q -v ON_ERROR_STOP=1 -f test/demo/schema.sql &&
	psql -X -q -v ON_ERROR_STOP=1 -v ukuran="$pegawai" -v datadir=test/demo/data -f test/demo/generate.sql &&
	psql -X -q -v ON_ERROR_STOP=1 -f test/demo/reports.sql
) >"$work/setup.log" 2>&1 || { tail -20 "$work/setup.log"; exit 1; }
psql -X -q -v ON_ERROR_STOP=1 <<'SQL' >>"$work/setup.log" 2>&1 || { tail -20 "$work/setup.log"; exit 1; }
CREATE TABLE public.latihan (
	id bigserial PRIMARY KEY, nip text, jenis text, lingkup text, jam text,
	mulai date, selesai date, jp numeric);
CREATE TRIGGER isi_jp BEFORE INSERT OR UPDATE ON public.latihan
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jenis, lingkup, jam, mulai, selesai, jp, 'satuan');
INSERT INTO public.latihan (nip, jenis, lingkup, jam, mulai, selesai)
SELECT (i % 50)::text, (ARRAY['Bimtek', 'Seminar', 'Coaching', 'E-Learning', 'KL03', 'Workshop'])[1 + i % 6],
	   (ARRAY['Nasional', 'luar negeri', ''])[1 + i % 3], (ARRAY['8', '12,5', '', '2'])[1 + i % 4],
	   date '2023-01-01' + (i * 7) % 700, NULL
  FROM generate_series(1, 1000) AS i;
SELECT ipasn.buat_ringkasan('public.latihan', 'latihan_jp', 'nip', 'jenis', 'lingkup', 'jam', 'mulai', 'selesai', 'satuan');
CREATE TABLE public.states AS
SELECT nip, ipasn.jp_state_agg(ipasn.teks_jalur(jenis), ipasn.teks_lingkup(lingkup), ipasn.teks_jumlah(jam), mulai, selesai) AS st
  FROM public.latihan GROUP BY nip;
CREATE ROLE smith LOGIN;
GRANT USAGE ON SCHEMA simpeg, laporan, referensi TO smith;
GRANT SELECT ON ALL TABLES IN SCHEMA simpeg, laporan, referensi TO smith;
GRANT ALL ON ALL TABLES IN SCHEMA public TO smith;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO smith;
ALTER ROLE smith SET statement_timeout = '2s';
ANALYZE;
SQL
psql -X -At -c "SELECT 'employees: ' || (SELECT count(*) FROM simpeg.pegawai) || ', training records: ' || (SELECT count(*) FROM simpeg.riwayat_diklat) || ', latihan: ' || (SELECT count(*) FROM public.latihan)"

echo "== sqlsmith --max-queries=$queries --seed=$seed (role smith)"
start=$(date +%s)
sqlsmith --target="host=$PGHOST port=$PGPORT dbname=ipasn_smith user=smith" --seed="$seed" \
	--max-queries="$queries" --exclude-catalog --verbose >"$work/sqlsmith.out" 2>"$work/sqlsmith.err"
rc=$?
echo "   sqlsmith exit $rc after $(($(date +%s) - start)) s"
tail -c 2000 "$work/sqlsmith.err" | tr '\r' '\n' | grep -E 'queries|error|Error|^[0-9]' | tail -15 | sed 's/^/   /'
priv_stop

echo "== server log"
sig=$(grep -c 'terminated by signal' "$work/server.log")
echo "   processes terminated by a signal: $sig"
grep -E 'ERROR:' "$work/server.log" | sed 's/.*ERROR: *//' | sed -E 's/"[^"]*"/"…"/g; s/[0-9]+/N/g' | sort | uniq -c | sort -rn |
	awk '{ $1 = $1; print }' | grep -iE 'ipasn|jp_state|jumlah|jalur|lingkup|selesai|SKP|as_of|malformed|SIASN|predicate|tingkat|pendidikan' |
	head -25 | sed 's/^/   ipasn: /'
echo "   errors in all: $(grep -c 'ERROR:' "$work/server.log")"
nsan=0
if [ "${SQLSMITH_ASAN:-0}" = 1 ]; then
	nsan=$(cat "$logs"/* 2>/dev/null | grep -cE 'ERROR: AddressSanitizer|runtime error:')
	echo "   sanitizer reports: $nsan"
	cat "$logs"/* 2>/dev/null | head -40
fi
if [ "$sig" != 0 ]; then
	grep -B2 -A8 'terminated by signal' "$work/server.log" | head -60
	SMITH_KEEP=1
	echo "sqlsmith: FAILED (kept $work)"
	exit 1
fi
[ "$nsan" = 0 ] || { SMITH_KEEP=1; echo "sqlsmith: FAILED (kept $work)"; exit 1; }
echo "sqlsmith: passed (no backend terminated by a signal)"
