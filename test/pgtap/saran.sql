-- saran names the activity that the rule set in force counts toward the
-- 20-JP component of kompetensi (PermenPANRB 38/2018): under the default
-- rules every jalur but pendidikan counts (PP 11/2017 art. 203: all forms
-- of competency development), so the advice says "pengembangan
-- kompetensi"; under SIASN's F/T/P mapping only pelatihan teknis (T)
-- counts, so it says "pelatihan teknis".  A pelaksana with 12 JP of 20
-- misses 22.5 points and 8 JP.
\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(8);

SELECT is((SELECT tindakan FROM ipasn.saran('s1', 'pelaksana', NULL, NULL, 12, true, 100, NULL)
		   WHERE komponen = 'jp_teknis'),
	'ikuti pengembangan kompetensi 8 JP lagi (target 20 JP dalam 1 tahun terakhir)',
	'default rules: every jalur counts, "pengembangan kompetensi"');
SELECT is((SELECT tindakan FROM ipasn.saran('s1', 'pelaksana', NULL, NULL, NULL, true, 100, NULL)
		   WHERE komponen = 'jp_teknis'),
	'ikuti pengembangan kompetensi 20 JP (target 20 JP dalam 1 tahun terakhir)',
	'default rules, no JP yet');

SET LOCAL ipasn.aturan = 'siasn';
SELECT is((SELECT tindakan FROM ipasn.saran('s1', 'pelaksana', NULL, NULL, 12, true, 100, NULL)
		   WHERE komponen = 'jp_teknis'),
	'ikuti pelatihan teknis 8 JP lagi (target 20 JP dalam 1 tahun terakhir)',
	'SIASN''s mapping (T only): "pelatihan teknis"');
SELECT is((SELECT tambahan FROM ipasn.saran('s1', 'pelaksana', NULL, NULL, 12, true, 100, NULL)
		   WHERE komponen = 'jp_teknis'), 22.50,
	'SIASN: still 22.50 points for a pelaksana');

-- an agency's own sets, inheriting nothing for the JP component
INSERT INTO ipasn.aturan_ipasn (aturan, induk, keterangan)
VALUES ('uji_dua', 'permenpanrb_38_2018', 'two jalur'),
	   ('uji_tanpa_elearning', 'permenpanrb_38_2018', 'all but e-learning and bimtek');
INSERT INTO ipasn.aturan_komponen (aturan, jalur, komponen)
VALUES ('uji_dua', 'pelatihan_teknis', 'jp'), ('uji_dua', 'e_learning', 'jp');
INSERT INTO ipasn.aturan_komponen (aturan, jalur, komponen)
SELECT 'uji_tanpa_elearning', j, 'jp' FROM unnest(enum_range(NULL::ipasn.jalur)) j
 WHERE j NOT IN ('pendidikan', 'e_learning', 'bimtek');
SET LOCAL ipasn.aturan = 'uji_dua';
SELECT is((SELECT tindakan FROM ipasn.saran('s1', 'pelaksana', NULL, NULL, 12, true, 100, NULL)
		   WHERE komponen = 'jp_teknis'),
	'ikuti pelatihan teknis atau e-learning 8 JP lagi (target 20 JP dalam 1 tahun terakhir)',
	'two jalur count: both named, in words');
SET LOCAL ipasn.aturan = 'uji_tanpa_elearning';
SELECT is((SELECT tindakan FROM ipasn.saran('s1', 'pelaksana', NULL, NULL, 12, true, 100, NULL)
		   WHERE komponen = 'jp_teknis'),
	'ikuti pengembangan kompetensi selain bimbingan teknis atau e-learning 8 JP lagi (target 20 JP dalam 1 tahun terakhir)',
	'all but two count: the two left out are named');
RESET ipasn.aturan;

-- no advice text carries an SQL key (a word with an underscore)
SELECT is((SELECT count(*) FROM ipasn.saran('sd', 'jpt_utama', NULL, NULL, 3, false, 'sangat kurang', 'berat')
		   WHERE tindakan ~ '[a-z]_[a-z]'), 0::bigint,
	'default rules: no raw key in any tindakan');
SET LOCAL ipasn.aturan = 'siasn';
SELECT is((SELECT count(*) FROM ipasn.saran('sd', 'fungsional', NULL, false, 3, false, 'sangat kurang', 'berat')
		   WHERE tindakan ~ '[a-z]_[a-z]'), 0::bigint,
	'SIASN rules: no raw key in any tindakan');

SELECT * FROM finish();
ROLLBACK;
