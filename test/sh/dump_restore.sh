#!/usr/bin/env bash
# An agency's own rule rows survive pg_dump | pg_restore into a fresh database,
# while the built-in rows come back from CREATE EXTENSION (SPEC §5).
# Run by `make test` against its throwaway cluster (PGHOST/PGPORT/PGUSER set).
set -eu
a=ipasn_dump_src
b=ipasn_dump_dst
dump=$(mktemp /tmp/ipasn-dump.XXXXXX)
trap 'dropdb --if-exists $a; dropdb --if-exists $b; rm -f "$dump"' EXIT
dropdb --if-exists $a
dropdb --if-exists $b
createdb $a
psql -X -q -v ON_ERROR_STOP=1 -d $a <<'SQL'
CREATE EXTENSION ipasn;
INSERT INTO ipasn.aturan_jp (jalur, lingkup, berlaku_mulai, satuan, jp_per_satuan, keterangan)
VALUES ('seminar', 'nasional', '2025-01-01', 'hari', 5, 'aturan instansi');
SQL
pg_dump -Fc -d $a -f "$dump"
createdb $b
pg_restore -d $b "$dump"
got=$(psql -X -At -d $b -c "SELECT (SELECT count(*) FROM ipasn.aturan_jp WHERE bawaan) || ' ' ||
	(SELECT count(*) FROM ipasn.aturan_jp WHERE NOT bawaan) || ' ' ||
	ipasn.jp('seminar', 'nasional', 1, '2025-03-01') || ' ' || ipasn.jp('seminar', 'nasional', 1, '2024-03-01')")
echo "restored: $got (want: 52 built-in, 1 agency row, 5.00 from 2025, 4.00 before)"
[ "$got" = "52 1 5.00 4.00" ]
