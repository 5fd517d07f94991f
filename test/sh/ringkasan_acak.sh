#!/usr/bin/env bash
# ringkasan_acak: 10,000 random statements on a training table carrying the
# summary of ipasn.buat_ringkasan (INSERT, multi-row upserts with ON
# CONFLICT DO UPDATE and DO NOTHING, UPDATE across employees and years,
# DELETE, MERGE with UPDATE/DELETE/INSERT, writable CTEs touching the table
# twice, COPY, now and then TRUNCATE); after each one the summary must equal
# a recomputation with ipasn.jp_total ... GROUP BY employee and year (year
# NULL for undated records), row for row, with jumlah_catatan and
# tidak_dihitung.  A partitioned table is refused by buat_ringkasan, so the
# statements go to a plain table (test/pgtap/ringkasan_tulis.sql checks the
# refusal).  The statements come from a fixed seed (RINGKASAN_ACAK_SEED),
# so a failure can be replayed; RINGKASAN_ACAK_N changes the count.
#
# Run by `make test` against its throwaway cluster (PGHOST/PGPORT/PGUSER set).
set -eu
db=ipasn_acak
n=${RINGKASAN_ACAK_N:-10000}
seed=${RINGKASAN_ACAK_SEED:-20241207}
work=$(mktemp -d /tmp/ipasn-acak.XXXXXX)
trap 'rm -rf "$work"; dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT

dropdb --if-exists "$db" >/dev/null 2>&1 || true
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION ipasn;
CREATE TABLE acak (id integer PRIMARY KEY, nip integer, jalur ipasn.jalur, lingkup ipasn.lingkup,
	jumlah numeric, mulai date, selesai date);
CREATE INDEX ON acak (nip);
SELECT ipasn.buat_ringkasan('acak', 'acak_jp', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan');
-- the summary against a recomputation; raises with the first difference
CREATE FUNCTION cek(langkah integer) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
	d record;
BEGIN
	FOR d IN
		WITH hitung AS (
			SELECT nip AS pegawai, extract(year FROM coalesce(selesai, mulai))::integer AS tahun,
				   ipasn.jp_total(jalur, lingkup, jumlah, mulai, selesai) AS jp, count(*) AS jumlah_catatan,
				   count(*) FILTER (WHERE jalur IS NULL) AS tidak_dihitung
			  FROM acak WHERE nip IS NOT NULL GROUP BY 1, 2),
		ringkas AS (SELECT pegawai, tahun, jp, jumlah_catatan, tidak_dihitung FROM acak_jp)
		(SELECT 'summary only' AS apa, * FROM (SELECT * FROM ringkas EXCEPT ALL SELECT * FROM hitung) x)
		UNION ALL
		(SELECT 'table only', * FROM (SELECT * FROM hitung EXCEPT ALL SELECT * FROM ringkas) y)
		LIMIT 1
	LOOP
		RAISE EXCEPTION 'statement %: % row pegawai % tahun % jp % catatan % tidak_dihitung %',
			langkah, d.apa, d.pegawai, d.tahun, d.jp, d.jumlah_catatan, d.tidak_dihitung;
	END LOOP;
END
$f$;
SQL

# the statements: awk with a fixed seed.  Employees 1..12, years 2023..2025,
# ids 1..400 (COPY uses fresh ids from 100000 up).  Jalur: bimtek (JP, an
# amount), coaching (2 JP an activity, 2 a month), seminar (4 or 6 JP a day
# of its dates), or NULL (no record: counted in tidak_dihitung); some
# records undated (year NULL).
awk -v n="$n" -v seed="$seed" '
function r(k) { return int(rand() * k) }
function hari(   y, m, d) { y = 2023 + r(3); m = 1 + r(12); d = 1 + r(28); return sprintf("%04d-%02d-%02d", y, m, d) }
function tgl() { return "'\''" hari() "'\''::date" }
function tambah(t, k) { return sprintf("(%s + %d)", t, k) }
function nilai(id,   j, l, jm, m, s, p) {
	p = 1 + r(12)
	j = r(10)
	l = (r(4) == 0) ? "internasional" : "nasional"
	if (j < 4) {            # bimtek, sometimes undated
		jm = 1 + r(8)
		if (r(5) == 0) return sprintf("(%d, %d, %s, %s, %d, NULL::date, NULL::date)", id, p, "'\''bimtek'\''", "'\''" l "'\''", jm)
		m = tgl(); return sprintf("(%d, %d, %s, %s, %d, %s, %s)", id, p, "'\''bimtek'\''", "'\''" l "'\''", jm, m, tambah(m, r(3)))
	}
	if (j < 7) {            # coaching, one activity
		m = tgl(); return sprintf("(%d, %d, %s, %s, NULL, %s, NULL::date)", id, p, "'\''coaching'\''", "'\''nasional'\''", m)
	}
	if (j < 9) {            # seminar, 1 to 3 days
		m = tgl(); return sprintf("(%d, %d, %s, %s, NULL, %s, %s)", id, p, "'\''seminar'\''", "'\''" l "'\''", m, tambah(m, r(3)))
	}
	m = tgl(); return sprintf("(%d, %d, NULL, %s, 1, %s, NULL::date)", id, p, "'\''nasional'\''", m)
}
# k records with the distinct ids id, id + 1, ... (one statement may not
# touch a row twice)
function baris(k, id,   i, out) {
	out = nilai(id)
	for (i = 1; i < k; i++) out = out ", " nilai(1 + (id + i - 1) % 400)
	return out
}
BEGIN {
	srand(seed)
	copyid = 100000
	for (i = 1; i <= n; i++) {
		a = r(100)
		if (a < 25) {
			printf "INSERT INTO acak VALUES %s ON CONFLICT (id) DO UPDATE SET nip = excluded.nip, jalur = excluded.jalur, lingkup = excluded.lingkup, jumlah = excluded.jumlah, mulai = excluded.mulai, selesai = excluded.selesai;\n", baris(1 + r(4), 1 + r(400))
		} else if (a < 35) {
			printf "INSERT INTO acak VALUES %s ON CONFLICT DO NOTHING;\n", baris(1 + r(4), 1 + r(400))
		} else if (a < 47) {
			k = r(4)
			if (k == 0) printf "UPDATE acak SET nip = %d WHERE id %% 17 = %d;\n", 1 + r(12), r(17)
			else if (k == 1) { d = 200 - r(400); printf "UPDATE acak SET mulai = mulai + %d, selesai = selesai + %d WHERE nip = %d;\n", d, d, 1 + r(12) }
			else if (k == 2) printf "UPDATE acak SET jumlah = %d WHERE jalur = '\''bimtek'\'' AND id %% 7 = %d;\n", 1 + r(8), r(7)
			else printf "UPDATE acak SET mulai = NULL, selesai = NULL WHERE jalur = '\''bimtek'\'' AND id %% 29 = %d;\n", r(29)
		} else if (a < 57) {
			printf "DELETE FROM acak WHERE id %% 23 = %d AND nip = %d;\n", r(23), 1 + r(12)
		} else if (a < 72) {
			printf "MERGE INTO acak USING (VALUES %s) AS v(id, nip, jalur, lingkup, jumlah, mulai, selesai) ON acak.id = v.id WHEN MATCHED AND v.nip %% 3 = 0 THEN DELETE WHEN MATCHED THEN UPDATE SET nip = v.nip, jumlah = v.jumlah::numeric, mulai = v.mulai, selesai = v.selesai, jalur = v.jalur::ipasn.jalur, lingkup = v.lingkup::ipasn.lingkup WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.nip, v.jalur::ipasn.jalur, v.lingkup::ipasn.lingkup, v.jumlah::numeric, v.mulai, v.selesai);\n", baris(1 + r(4), 1 + r(400))
		} else if (a < 80) {
			printf "WITH d AS (DELETE FROM acak WHERE nip = %d AND id %% 5 = %d RETURNING *) INSERT INTO acak SELECT id + 1001, %d, jalur, lingkup, jumlah, mulai, selesai FROM d ON CONFLICT (id) DO UPDATE SET nip = excluded.nip;\n", 1 + r(12), r(5), 1 + r(12)
		} else if (a < 88) {
			printf "WITH u AS (UPDATE acak SET nip = %d WHERE id > 400 AND id %% 31 = %d RETURNING id) INSERT INTO acak VALUES %s ON CONFLICT (id) DO UPDATE SET jalur = excluded.jalur, lingkup = excluded.lingkup, jumlah = excluded.jumlah, mulai = excluded.mulai, selesai = excluded.selesai;\n", 1 + r(12), r(31), baris(1 + r(3), 1 + r(400))
		} else if (a < 95) {
			print "COPY acak FROM STDIN;"
			k = 1 + r(4)
			for (c = 0; c < k; c++) {
				copyid++
				if (r(2) == 0) { m = hari(); printf "%d\t%d\tbimtek\tnasional\t%d\t%s\t\\N\n", copyid, 1 + r(12), 1 + r(8), m }
				else { m = hari(); printf "%d\t%d\tcoaching\tnasional\t\\N\t%s\t\\N\n", copyid, 1 + r(12), m }
			}
			print "\\."
		} else if (a < 99) {
			printf "WITH a AS (UPDATE acak SET jumlah = jumlah + 1 WHERE nip = %d AND jalur = '\''bimtek'\'' RETURNING id), b AS (DELETE FROM acak WHERE nip = %d AND jalur = '\''coaching'\'' AND id %% 2 = 0 RETURNING id) INSERT INTO acak VALUES %s ON CONFLICT DO NOTHING;\n", 1 + r(12), 1 + r(12), baris(1, 1 + r(400))
		} else {
			print "TRUNCATE acak;"
		}
		printf "SELECT cek(%d);\n", i
	}
}' >"$work/acak.sql"

start=$(date +%s)
if ! psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$work/acak.sql" >"$work/out.log" 2>&1; then
	tail -20 "$work/out.log"
	echo "ringkasan_acak: the summary differs from jp_total (seed $seed)"
	exit 1
fi
psql -X -q -t -A -d "$db" -c "SELECT 'rows ' || count(*) || ', summary rows ' || (SELECT count(*) FROM acak_jp) || ', year NULL ' || (SELECT count(*) FROM acak_jp WHERE tahun IS NULL) || ', tidak_dihitung ' || (SELECT coalesce(sum(tidak_dihitung), 0) FROM acak_jp) FROM acak"
echo "ringkasan_acak: $n statements, summary equal to jp_total after each ($(( $(date +%s) - start )) s)"
