
-- section: programmes whose JP a regulation fixes
-- A record of a programme without hours (SIASN keeps none for leadership
-- training) gives NULL: incomplete.  Where a LAN regulation fixes the
-- programme's JP, this table gives it, found from the record's jalur text
-- (ipasn.kunci_teks) and its jalur.  Only figures a regulation states are
-- shipped; a programme the table does not know stays NULL and listed.
CREATE TABLE @extschema@.aturan_program (
	program text NOT NULL,
	kunci text NOT NULL GENERATED ALWAYS AS (@extschema@.kunci_teks(program)) STORED,
	jalur @extschema@.jalur NOT NULL,
	jp numeric(8,2) NOT NULL,
	berlaku_mulai date NOT NULL DEFAULT '-infinity',
	berlaku_sampai date NOT NULL DEFAULT 'infinity',
	peraturan text NOT NULL,
	bawaan boolean NOT NULL DEFAULT false,
	keterangan text,
	PRIMARY KEY (kunci, jalur, berlaku_mulai, bawaan),
	CONSTRAINT aturan_program_kunci CHECK (kunci <> ''),
	CONSTRAINT aturan_program_jp CHECK (jp > 0 AND jp <= 2000),
	CONSTRAINT aturan_program_periode CHECK (berlaku_sampai >= berlaku_mulai),
	CONSTRAINT aturan_program_peraturan CHECK (peraturan <> '')
);
COMMENT ON TABLE @extschema@.aturan_program IS
'Programmes whose JP a regulation fixes (Peraturan LAN 15/2019: Pelatihan Kepemimpinan Pengawas, 830 JP): the JP of a record of that programme that carries no amount, found from its jalur text (matched by ipasn.kunci_teks) and its jalur, by the triggers, the summary, the backfills and ipasn.baca_catatan. Rows carry the regulation and an effective period; an agency''s row (bawaan = false) wins over a built-in row of the same start. Built-in rows are recreated by CREATE EXTENSION; agency rows survive pg_dump; only the owner changes it';
COMMENT ON COLUMN @extschema@.aturan_program.program IS 'the programme''s name or abbreviation as the jalur column holds it (PKP, Pelatihan Kepemimpinan Pengawas)';
COMMENT ON COLUMN @extschema@.aturan_program.kunci IS 'ipasn.kunci_teks(program): the key the jalur text is matched by (generated)';
COMMENT ON COLUMN @extschema@.aturan_program.jalur IS 'the jalur the record must read as for the row to apply';
COMMENT ON COLUMN @extschema@.aturan_program.jp IS 'the programme''s JP, as the regulation fixes it';
COMMENT ON COLUMN @extschema@.aturan_program.peraturan IS 'the regulation that fixes the JP';
COMMENT ON COLUMN @extschema@.aturan_program.bawaan IS 'true for the rows shipped with ipasn (not dumped); false for an agency''s rows';

CREATE TRIGGER aturan_program_berubah
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.aturan_program
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.aturan_berubah();

-- Peraturan LAN 15/2019 tentang Pelatihan Kepemimpinan Pengawas: 830 JP,
-- 290 JP in class (36 days) and 540 JP at the participant's agency (at
-- least 60 calendar days).  PKA, PKN II, PKN I and Pelatihan Dasar CPNS
-- are left out: no source stating their JP was at hand.
INSERT INTO @extschema@.aturan_program (program, jalur, jp, peraturan, bawaan, keterangan)
VALUES
	('PKP', 'pelatihan_kepemimpinan', 830, 'Peraturan LAN 15/2019 tentang Pelatihan Kepemimpinan Pengawas', true,
	 '290 JP klasikal (36 hari) dan 540 JP di instansi asal (paling singkat 60 hari kalender)'),
	('Pelatihan Kepemimpinan Pengawas', 'pelatihan_kepemimpinan', 830, 'Peraturan LAN 15/2019 tentang Pelatihan Kepemimpinan Pengawas', true,
	 '290 JP klasikal (36 hari) dan 540 JP di instansi asal (paling singkat 60 hari kalender)');

SELECT pg_catalog.pg_extension_config_dump('ipasn.aturan_program', 'WHERE NOT bawaan');
REVOKE ALL ON @extschema@.aturan_program FROM PUBLIC;
GRANT SELECT ON @extschema@.aturan_program TO PUBLIC;

CREATE FUNCTION @extschema@.jp_program(teks text, jalur @extschema@.jalur, tanggal date DEFAULT NULL)
RETURNS numeric
AS 'MODULE_PATHNAME', 'ipasn_jp_program'
LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jp_program(text, @extschema@.jalur, date) IS
'The JP ipasn.aturan_program fixes for the programme named teks (matched by ipasn.kunci_teks) of that jalur, in force on tanggal (NULL: the row with the latest start); NULL when the table does not know it. The record reader gives this JP to a record of the programme that carries no amount';
