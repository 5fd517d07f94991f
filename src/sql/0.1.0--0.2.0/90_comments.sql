-- COMMENT texts that cite the regulation instead of an internal document:
-- each statement repeats, word for word, the COMMENT of the install script
-- (src/sql/NN_*.sql), so that 0.1.0 + ALTER EXTENSION UPDATE shows the
-- same comments as a fresh 0.2.0 install.

COMMENT ON FUNCTION @extschema@.jp_value(@extschema@.jp_state) IS
'JP of the records in a state, with the per-day and per-month caps applied across records (Peraturan LAN 10/2018, Lampiran); final function of ipasn.jp_total';

COMMENT ON AGGREGATE @extschema@.jp_total(@extschema@.jalur, @extschema@.lingkup, numeric, date, date) IS
'JP of a person''s records with the caps across records of Peraturan LAN 10/2018, Lampiran (coaching/mentoring/bimbingan at most 2 a month, e-learning 3 (4) JP a day, belajar mandiri and komunitas belajar 2 JP a day); NULL over no rows or rows that all give NULL';

COMMENT ON FUNCTION @extschema@.skor_kualifikasi(@extschema@.pendidikan) IS
'IP ASN kualifikasi score (PermenPANRB 38/2018, max 25) of the highest formal education: s3 25, s2 20, s1/d4 15, d3 10, d2/d1/slta 5, below slta 1';

COMMENT ON FUNCTION @extschema@.skor_kompetensi(@extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean) IS
'IP ASN kompetensi score (PermenPANRB 38/2018, max 40): leadership training at the level the position requires (15, structural positions), diklat fungsional (15, fungsional), JP at or above the rule set''s target (15; pelaksana 22.5), seminar component (10; pelaksana 17.5). NULL diklatpim = none, NULL fungsional/seminar = not attended, NULL jp_teknis = 0; NULL jabatan gives NULL. Reads the rule set of ipasn.aturan';

COMMENT ON FUNCTION @extschema@.skor_kinerja(numeric) IS
'IP ASN kinerja score (PermenPANRB 38/2018, max 30) of an SKP score 0-100: > 90 30, > 75 25, > 60 15, > 50 5, otherwise 1';

COMMENT ON FUNCTION @extschema@.skor_kinerja(text) IS
'IP ASN kinerja score (PermenPANRB 38/2018, max 30) of an SKP predicate of PermenPANRB 6/2022 (sangat baik 30, baik 25, butuh perbaikan 15, kurang 5, sangat kurang 1), case-, space- and punctuation-insensitive, from ipasn.aturan_kinerja';

COMMENT ON FUNCTION @extschema@.skor_disiplin(@extschema@.hukuman) IS
'IP ASN disiplin score (PermenPANRB 38/2018, max 5) of the heaviest penalty in the window: NULL (none) 5, ringan 3, sedang 2, berat 1';

COMMENT ON FUNCTION @extschema@.kategori(numeric) IS
'IP ASN category (PermenPANRB 38/2018) of a 0-100 value: > 90 sangat_tinggi, > 80 tinggi, > 70 sedang, > 60 rendah, otherwise sangat_rendah';

COMMENT ON FUNCTION @extschema@.ip_asn(@extschema@.pendidikan, @extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean, numeric, @extschema@.hukuman) IS
'IP ASN (PermenPANRB 38/2018) of one employee with kinerja as the SKP score 0-100: the four dimensions, total and category. A NULL pendidikan, jabatan or kinerja gives NULL for that dimension, the total and the category';

COMMENT ON FUNCTION @extschema@.ip_asn(@extschema@.pendidikan, @extschema@.jabatan, @extschema@.diklatpim, boolean, numeric, boolean, text, @extschema@.hukuman) IS
'IP ASN (PermenPANRB 38/2018) of one employee with kinerja as the SKP predicate: the four dimensions, total and category. A NULL pendidikan, jabatan or kinerja gives NULL for that dimension, the total and the category';

COMMENT ON AGGREGATE @extschema@.profil_bangkom(@extschema@.jalur, @extschema@.lingkup, numeric, date, date, date) IS
'Competency-development profile of an employee at as_of, the inputs of the IP ASN kompetensi dimension (PermenPANRB 38/2018): JP in the 1-year window with the caps across records, JP toward the 20-JP component, seminar component in the 2-year window, any diklat fungsional, records counted; windows and mapping from the rule set of ipasn.aturan';

COMMENT ON AGGREGATE @extschema@.hukuman_terberat(@extschema@.hukuman, date, date) IS
'Heaviest disciplinary penalty (PP 94/2021) decided in the window ending on as_of (the 5 years up to as_of: after as_of minus 5 years, up to as_of inclusive); NULL if none. Penalties without a decision date are in no window';
