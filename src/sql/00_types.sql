\echo Use "CREATE EXTENSION ipasn" to load this file. \quit

-- section: schema guard
-- CREATE EXTENSION uses a schema ipasn that already exists.  A schema owned
-- by another role lets that role drop or shadow ipasn's objects (and so run
-- code with the rights of whoever calls them): refuse to install into it
-- unless that role installs ipasn or is a superuser (a superuser could do
-- anything anyway; pg_restore run by another superuser recreates the schema
-- with its original owner before CREATE EXTENSION).
-- Found through pg_extension (the row exists while the script runs), never
-- by quoting the schema's name.
DO LANGUAGE plpgsql $guard$
DECLARE
	schema_name name;
	schema_owner name;
	ext_owner name;
	owner_is_superuser boolean;
BEGIN
	SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner), pg_catalog.pg_get_userbyid(e.extowner), r.rolsuper
	  INTO schema_name, schema_owner, ext_owner, owner_is_superuser
	  FROM pg_catalog.pg_extension AS e
	  JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace
	  JOIN pg_catalog.pg_roles AS r ON r.oid OPERATOR(pg_catalog.=) n.nspowner
	 WHERE e.extname OPERATOR(pg_catalog.=) 'ipasn';
	IF schema_owner OPERATOR(pg_catalog.<>) ext_owner AND NOT owner_is_superuser THEN
		RAISE EXCEPTION 'schema "%" is owned by role "%", not by "%", the owner of extension ipasn', schema_name, schema_owner, ext_owner
			USING ERRCODE = 'insufficient_privilege',
			DETAIL = 'The owner of a schema can drop and replace the objects in it, and so run code with the rights of whoever calls ipasn''s functions.',
			HINT = 'Drop the schema or give it to the installing role (ALTER SCHEMA ... OWNER TO ...) after checking what is in it, then run CREATE EXTENSION or ALTER EXTENSION again.';
	END IF;
END
$guard$;

-- section: types

CREATE TYPE @extschema@.jalur AS ENUM (
	'pendidikan',
	'pelatihan_kepemimpinan', 'pelatihan_manajerial', 'pelatihan_teknis',
	'pelatihan_fungsional', 'pelatihan_sosial_kultural', 'seminar', 'workshop',
	'kursus', 'penataran', 'bimtek', 'sosialisasi', 'klasikal_lainnya',
	'coaching', 'mentoring', 'e_learning', 'pelatihan_jarak_jauh', 'detasering',
	'outbound', 'patok_banding', 'pertukaran_pegawai', 'belajar_mandiri',
	'komunitas_belajar', 'bimbingan_di_tempat_kerja', 'magang',
	'nonklasikal_lainnya'
);
COMMENT ON TYPE @extschema@.jalur IS
'Path of a competency-development activity (Peraturan LAN 10/2018): pendidikan, the klasikal forms (SIASN codes KL01..KL12) and the nonklasikal forms (NKL01..NKL13)';

CREATE TYPE @extschema@.lingkup AS ENUM ('nasional', 'internasional');
COMMENT ON TYPE @extschema@.lingkup IS
'Scope of an activity: nasional or internasional (international forms carry their own conversion, often +20%)';

CREATE TYPE @extschema@.pendidikan AS ENUM (
	'tidak_sekolah', 'sd', 'sltp', 'slta', 'd1', 'd2', 'd3', 'd4', 's1', 's2', 's3'
);
COMMENT ON TYPE @extschema@.pendidikan IS
'Highest formal education of an employee, lowest to highest (IP ASN kualifikasi dimension)';

CREATE TYPE @extschema@.jabatan AS ENUM (
	'jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas',
	'fungsional', 'pelaksana'
);
COMMENT ON TYPE @extschema@.jabatan IS
'Kind of position (UU ASN): JPT utama/madya/pratama, administrator, pengawas, fungsional, pelaksana';

CREATE TYPE @extschema@.diklatpim AS ENUM ('pkp', 'pka', 'pkn_ii', 'pkn_i');
COMMENT ON TYPE @extschema@.diklatpim IS
'Leadership training level attained, lowest to highest: pkp (was Diklatpim IV), pka (III), pkn_ii (II), pkn_i (I)';

CREATE TYPE @extschema@.hukuman AS ENUM ('ringan', 'sedang', 'berat');
COMMENT ON TYPE @extschema@.hukuman IS
'Level of a disciplinary penalty (PP 94/2021), lightest to heaviest';

CREATE TYPE @extschema@.kategori AS ENUM (
	'sangat_rendah', 'rendah', 'sedang', 'tinggi', 'sangat_tinggi'
);
COMMENT ON TYPE @extschema@.kategori IS
'IP ASN category of a 0-100 value: > 90 sangat_tinggi, > 80 tinggi, > 70 sedang, > 60 rendah, otherwise sangat_rendah';

-- every role may call ipasn's functions; the rule tables stay owner-writable
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
