#!/usr/bin/env bash
# The README's "Views for dashboards" view runs as written over every kind of
# bad row and gives the figures worked out by hand below: never an error,
# every employee a row, each record that gave nothing counted, an unknown
# penalty counted (not read as no penalty), one unit's rows the same alone.
# Run by `make test`; by hand: bash test/run.sh shell 'bash test/sh/readme_views.sh'
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d /tmp/ipasn-readme-views.XXXXXX)
db=ipasn_readme_views
trap 'dropdb --if-exists $db >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
PSQL="psql -X -q -v ON_ERROR_STOP=1 -P pager=off -d $db"

dropdb --if-exists $db >/dev/null 2>&1 || true
createdb $db
# the training table of the README's section "JP filled in as rows arrive"
# (without its triggers: a dashboard reads what is there)
$PSQL <<'SQL'
CREATE EXTENSION ipasn;
CREATE TABLE riwayat_diklat (id bigserial PRIMARY KEY, nip varchar(18) NOT NULL, jenis text,
    lingkup text, jam text, tgl_mulai date, tgl_selesai date);
SQL
awk '/^### Views for dashboards/ { p = 1; next } /^##/ { p = 0 } p' "$top/README.md" |
	awk '/^```sql$/ { q = 1; next } /^```/ { q = 0 } q' >"$tmp/view.sql"
[ -s "$tmp/view.sql" ] || { echo "FAIL: no SQL in the README's section Views for dashboards"; exit 1; }
$PSQL -f "$tmp/view.sql"

$PSQL <<'SQL' >"$tmp/out"
INSERT INTO pegawai_simpeg VALUES
 ('1', 'Dinas A', 'S-1', 'Fungsional', NULL, 'Baik'),
 ('2', 'Dinas A', 'SMA', 'Pelaksana', NULL, 'Cukup'),
 ('3', 'Dinas B', 'S-2', 'IV.a', 'PKP', 'Amat Baik'),
 ('4', 'Dinas B', 'Lainnya', 'Staf', NULL, 'Istimewa');
INSERT INTO riwayat_diklat (nip, jenis, lingkup, jam, tgl_mulai, tgl_selesai) VALUES
 ('1', 'Seminar', '', '8', '2024-03-12', '2024-03-12'),
 ('1', 'Pelatihan Teknis', 'nasional', '24', '2024-05-06', '2024-05-08'),
 ('1', 'Lainnya', 'nasional', '8', '2024-06-01', '2024-06-01'),
 ('1', 'Bimtek', '-', '2 hari', '2024-07-01', '2024-07-02'),
 ('2', 'Pelatihan Teknis', NULL, '8', '2024-08-10', '2024-08-05'),
 ('2', 'Pelatihan Fungsional', 'nasional', '-', NULL, NULL),
 ('2', 'Kursus', 'nasional', '-8', '2024-08-12', '2024-08-12');
INSERT INTO hukuman_disiplin VALUES ('2', 'Lain-lain', '2024-01-10'), ('1', 'Teguran Tertulis', '2023-02-01');
SELECT nip, jp, tidak_dihitung, tidak_terbaca, kualifikasi, kompetensi, kinerja, disiplin, total
  FROM v_ipasn_2024 ORDER BY nip;
SELECT nip, total FROM v_ipasn_2024 WHERE unit_kerja = 'Dinas A' ORDER BY nip;
SQL

# By PermenPANRB 38/2018 and Peraturan LAN 10/2018:
# 1: fungsional, S1 15; a seminar with a blank scope is nasional, 1 day 4 JP,
#    pelatihan teknis 24 JP: 28 JP >= 20 gives 15, the seminar 10, no diklat
#    fungsional 0: 25; "Baik" 25; a teguran tertulis of 2023, ringan, 3:
#    68.00. "Lainnya" (unknown) and "2 hari" (not hours) give nothing: 2.
# 2: pelaksana, SLTA 5; an end before the start and a negative amount give
#    nothing (2); the pelatihan fungsional without amount or dates is
#    incomplete, not counted there; 0 JP 0; "Cukup" (PP 46/2011) 15; the
#    penalty "Lain-lain" cannot be read: disiplin 5, tidak_terbaca 1: 25.00.
# 3: pengawas (IV.a), S2 20; PKP meets the pengawas requirement 15, no
#    records 0; "Amat Baik" (DP3) 30; no penalty 5: 70.00.
# 4: education, position and SKP unknown: those dimensions and the total NULL.
cat >"$tmp/want" <<'OUT'
 nip |  jp   | tidak_dihitung | tidak_terbaca | kualifikasi | kompetensi | kinerja | disiplin | total 
-----+-------+----------------+---------------+-------------+------------+---------+----------+-------
 1   | 28.00 |              2 |             0 |       15.00 |      25.00 |   25.00 |     3.00 | 68.00
 2   |  0.00 |              2 |             1 |        5.00 |       0.00 |   15.00 |     5.00 | 25.00
 3   |       |              0 |               |       20.00 |      15.00 |   30.00 |     5.00 | 70.00
 4   |       |              0 |               |             |       0.00 |         |     5.00 |      
(4 rows)

 nip | total 
-----+-------
 1   | 68.00
 2   | 25.00
(2 rows)

OUT
if diff -u "$tmp/want" "$tmp/out"; then
	echo "ok - the README's dashboard view: every bad row counted or listed, the figures of PermenPANRB 38/2018"
else
	echo "FAIL: the README's dashboard view gives other figures"
	exit 1
fi
