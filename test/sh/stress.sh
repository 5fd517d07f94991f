#!/usr/bin/env bash
# stress: 8 pgbench clients insert, update (moving records between employees
# and years) and delete training records of a few hundred employees while
# ipasn.isi_jp and the ipasn.ringkas_jp summary triggers run; then the
# summary must equal a full recomputation with ipasn.jp_total row for row,
# every jp column must equal ipasn.jp(), and no client may have failed
# (a deadlock or a serialization error aborts a pgbench client).
#
# Run by `make test` against its throwaway cluster (PGHOST/PGPORT/PGUSER set).
# STRESS_SECONDS (default 20) bounds the run.
set -eu
db=ipasn_stress
secs=${STRESS_SECONDS:-20}
work=$(mktemp -d /tmp/ipasn-stress.XXXXXX)
trap 'rm -rf "$work"; dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT

dropdb --if-exists "$db" >/dev/null 2>&1 || true
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION ipasn;
CREATE TABLE bangkom (
	id bigserial PRIMARY KEY,
	nip integer NOT NULL,
	jalur text,
	lingkup ipasn.lingkup,
	jumlah numeric,
	mulai date,
	selesai date,
	jp numeric(8,2)
);
CREATE INDEX ON bangkom (nip);
CREATE TRIGGER isi BEFORE INSERT OR UPDATE ON bangkom
	FOR EACH ROW EXECUTE FUNCTION ipasn.isi_jp(jalur, lingkup, jumlah, mulai, selesai, jp, 'satuan');
SELECT ipasn.buat_ringkasan('bangkom', 'ringkasan', 'nip', 'jalur', 'lingkup', 'jumlah', 'mulai', 'selesai', 'satuan');
-- the activities: capped by month (coaching, mentoring), by day
-- (e-learning, belajar mandiri), and plain ones, written as free text
CREATE TABLE kegiatan (k integer PRIMARY KEY, jalur text, jumlah numeric);
INSERT INTO kegiatan VALUES
	(0, 'Coaching', NULL), (1, 'mentoring', NULL), (2, 'E-Learning', 2),
	(3, 'belajar mandiri', 3), (4, 'Bimtek', 8), (5, 'seminar', NULL),
	(6, 'Pelatihan Teknis', 12.5), (7, 'coaching', 2);
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai)
SELECT 1 + (i % 300), k.jalur, CASE WHEN i % 7 = 0 THEN 'internasional' ELSE 'nasional' END::ipasn.lingkup,
	k.jumlah, '2023-01-01'::date + (i * 37) % 730, CASE WHEN i % 3 = 0 THEN '2023-01-01'::date + (i * 37) % 730 + i % 3 END
  FROM generate_series(1, 3000) i JOIN kegiatan k ON k.k = i % 8;
ANALYZE;
SQL

cat >"$work/tambah.sql" <<'EOF2'
\set a random(1, 300)
\set b random(1, 300)
\set k1 random(0, 7)
\set k2 random(0, 7)
\set d1 random(0, 729)
\set d2 random(0, 729)
\set n random(0, 2)
INSERT INTO bangkom (nip, jalur, lingkup, jumlah, mulai, selesai)
SELECT v.nip, k.jalur, v.l::ipasn.lingkup, k.jumlah, v.m, v.m + :n
  FROM (VALUES (:a, :k1, '2023-01-01'::date + :d1, 'nasional'),
			   (:b, :k2, '2023-01-01'::date + :d2, 'internasional'),
			   (:a, :k2, '2023-01-01'::date + :d2, 'nasional')) AS v(nip, k, m, l)
  JOIN kegiatan k ON k.k = v.k;
EOF2
cat >"$work/ubah.sql" <<'EOF2'
\set a random(1, 300)
\set b random(1, 300)
\set d random(-200, 200)
UPDATE bangkom SET nip = :b, mulai = mulai + :d, selesai = selesai + :d
 WHERE id = (SELECT id FROM bangkom WHERE nip = :a ORDER BY id DESC LIMIT 1);
EOF2
cat >"$work/ubah_jumlah.sql" <<'EOF2'
\set a random(1, 300)
\set j random(1, 20)
UPDATE bangkom SET jumlah = CASE WHEN jumlah IS NULL THEN NULL WHEN jalur ILIKE '%coaching%' THEN 1 ELSE :j END
 WHERE id = (SELECT id FROM bangkom WHERE nip = :a ORDER BY id LIMIT 1);
EOF2
cat >"$work/hapus.sql" <<'EOF2'
\set a random(1, 300)
DELETE FROM bangkom WHERE id = (SELECT id FROM bangkom WHERE nip = :a ORDER BY id LIMIT 1);
EOF2

echo "pgbench: 8 clients, ${secs}s"
if ! pgbench -n -c 8 -j 8 -T "$secs" -d "$db" \
	-f "$work/tambah.sql@4" -f "$work/ubah.sql@3" -f "$work/ubah_jumlah.sql@1" -f "$work/hapus.sql@2" \
	>"$work/pgbench.log" 2>&1; then
	cat "$work/pgbench.log"
	echo "pgbench failed (a client aborted: deadlock or error)"
	exit 1
fi
grep -E "number of (transactions actually processed|failed)|tps|aborted" "$work/pgbench.log" || true
if grep -qiE "deadlock|aborted in command|client [0-9]+ aborted" "$work/pgbench.log"; then
	cat "$work/pgbench.log"
	exit 1
fi

psql -X -q -v ON_ERROR_STOP=1 -d "$db" -At <<'SQL' >"$work/check.txt"
SELECT 'records ' || count(*) FROM bangkom;
SELECT 'summary rows ' || count(*) FROM ringkasan;
CREATE TEMP TABLE penuh AS
SELECT nip AS pegawai, extract(year FROM coalesce(selesai, mulai))::int AS tahun,
	ipasn.jp_total(ipasn.teks_jalur(jalur), lingkup, jumlah, mulai, selesai) AS jp, count(*) AS jumlah_catatan
  FROM bangkom WHERE coalesce(selesai, mulai) IS NOT NULL GROUP BY 1, 2;
SELECT 'summary rows differing ' || count(*) FROM (
	(SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan EXCEPT SELECT * FROM penuh)
	UNION ALL
	(SELECT * FROM penuh EXCEPT SELECT pegawai, tahun, jp, jumlah_catatan FROM ringkasan)) x;
SELECT 'stored states differing ' || count(*) FROM ringkasan r
 WHERE ipasn.jp_value(r.jp_state) IS DISTINCT FROM r.jp;
SELECT 'jp differing ' || count(*) FROM bangkom
 WHERE jp IS DISTINCT FROM ipasn.jp(ipasn.teks_jalur(jalur), lingkup, jumlah, mulai, selesai);
SQL
cat "$work/check.txt"
grep -q "^summary rows differing 0$" "$work/check.txt" || { echo "FAIL: summary differs from a full recomputation"; exit 1; }
grep -q "^stored states differing 0$" "$work/check.txt" || { echo "FAIL: stored states"; exit 1; }
grep -q "^jp differing 0$" "$work/check.txt" || { echo "FAIL: jp column"; exit 1; }
echo "stress: ok"
