
-- section: an agency's own vocabulary: what its rows may say

CREATE DOMAIN @extschema@.predikat AS text;
COMMENT ON DOMAIN @extschema@.predikat IS
'An SKP predicate as ipasn.skor_kinerja(text) takes it. As the tipe of an ipasn.sinonim row (''ipasn.predikat''), it marks an agency''s spelling of a predicate; the label is then a predikat of ipasn.aturan_kinerja';

COMMENT ON TABLE @extschema@.sinonim IS
'An agency''s own vocabulary: a text (code or spelling) read as a label of one of the parsed types (ipasn.jalur, lingkup, pendidikan, jabatan, diklatpim, hukuman) or as an SKP predicate (ipasn.predikat) by the triggers'' text readers, ipasn.teks_<type>, ipasn.teks_predikat and ipasn.skor_kinerja(text), before the built-in forms. A jalur text may be marked bukan_bangkom (not competency development: no JP, listed by ipasn.baca_catatan). Matched by ipasn.kunci_teks (case, spaces and punctuation ignored), one row per type and key. Ships empty; only its owner changes it; dumped by pg_dump; a change reaches every session';
COMMENT ON COLUMN @extschema@.sinonim.tipe IS 'the type the text is read as: ipasn.jalur, ipasn.lingkup, ipasn.pendidikan, ipasn.jabatan, ipasn.diklatpim, ipasn.hukuman or ipasn.predikat';
COMMENT ON COLUMN @extschema@.sinonim.label IS 'a label of tipe, exactly as the type spells it (e.g. ''coaching''); for ipasn.jalur also ''bukan_bangkom'' (not competency development: a meeting, a trip); for ipasn.predikat a predikat of ipasn.aturan_kinerja (e.g. ''cukup'')';

CREATE FUNCTION @extschema@.sinonim_periksa() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
-- ipasn.control fixes the schema (schema = ipasn, relocatable = false):
-- the body names it literally, never through the schema placeholder
-- (CVE-2023-39417)
DECLARE
	labels text;
	kunci_baru text;
	lama text;
BEGIN
	IF NEW.tipe NOT IN ('ipasn.jalur'::pg_catalog.regtype, 'ipasn.lingkup'::pg_catalog.regtype,
			'ipasn.pendidikan'::pg_catalog.regtype, 'ipasn.jabatan'::pg_catalog.regtype,
			'ipasn.diklatpim'::pg_catalog.regtype, 'ipasn.hukuman'::pg_catalog.regtype,
			'ipasn.predikat'::pg_catalog.regtype) THEN
		RAISE EXCEPTION USING ERRCODE = 'check_violation',
			MESSAGE = format('tipe %s of table sinonim is not a type ipasn parses', NEW.tipe),
			HINT = 'The tipe must be one of the types jalur, lingkup, pendidikan, jabatan, diklatpim, hukuman and predikat.';
	END IF;
	IF NEW.tipe OPERATOR(pg_catalog.=) 'ipasn.predikat'::pg_catalog.regtype THEN
		-- an SKP predicate: a predikat of ipasn.aturan_kinerja
		SELECT string_agg(DISTINCT k.predikat, ', ') INTO labels FROM ipasn.aturan_kinerja k;
		IF NOT EXISTS (SELECT FROM ipasn.aturan_kinerja k
				WHERE k.predikat OPERATOR(pg_catalog.=) NEW.label) THEN
			RAISE EXCEPTION USING ERRCODE = 'check_violation',
				MESSAGE = format('label "%s" of table sinonim is not a predikat of table aturan_kinerja', NEW.label),
				HINT = format('The predicates: %s.', labels);
		END IF;
	ELSE
		SELECT string_agg(e.enumlabel::text, ', ' ORDER BY e.enumsortorder) INTO labels
		FROM pg_catalog.pg_enum e WHERE e.enumtypid = NEW.tipe;
		IF NOT EXISTS (SELECT FROM pg_catalog.pg_enum e
				WHERE e.enumtypid = NEW.tipe AND e.enumlabel OPERATOR(pg_catalog.=) NEW.label)
			AND NOT (NEW.tipe OPERATOR(pg_catalog.=) 'ipasn.jalur'::pg_catalog.regtype
				AND NEW.label OPERATOR(pg_catalog.=) 'bukan_bangkom') THEN
			RAISE EXCEPTION USING ERRCODE = 'check_violation',
				MESSAGE = format('label "%s" of table sinonim is not a label of %s', NEW.label, NEW.tipe),
				HINT = CASE WHEN NEW.tipe OPERATOR(pg_catalog.=) 'ipasn.jalur'::pg_catalog.regtype
					THEN format('The labels of %s: %s; bukan_bangkom marks a text that is not competency development.', NEW.tipe, labels)
					ELSE format('The labels of %s: %s.', NEW.tipe, labels) END;
		END IF;
	END IF;
	kunci_baru := ipasn.kunci_teks(NEW.teks);
	IF kunci_baru OPERATOR(pg_catalog.=) '' THEN
		RAISE EXCEPTION USING ERRCODE = 'check_violation',
			MESSAGE = format('teks "%s" of table sinonim has no letter or digit', NEW.teks),
			HINT = 'Texts are matched by their letters and digits (case, spaces and punctuation are ignored).';
	END IF;
	SELECT s.teks INTO lama FROM ipasn.sinonim s
	WHERE s.tipe OPERATOR(pg_catalog.=) NEW.tipe AND s.kunci OPERATOR(pg_catalog.=) kunci_baru
		AND (TG_OP OPERATOR(pg_catalog.=) 'INSERT' OR s.ctid OPERATOR(pg_catalog.<>) OLD.ctid);
	IF FOUND THEN
		RAISE EXCEPTION USING ERRCODE = 'unique_violation',
			MESSAGE = format('teks "%s" of %s is already in table sinonim as "%s"', NEW.teks, NEW.tipe, lama),
			HINT = 'Texts are matched by their letters and digits (case, spaces and punctuation are ignored); change the row that is there.';
	END IF;
	IF pg_catalog.length(kunci_baru) OPERATOR(pg_catalog.>) 128 THEN
		RAISE EXCEPTION USING ERRCODE = 'check_violation',
			MESSAGE = format('teks of table sinonim is too long: %s letters and digits', pg_catalog.length(kunci_baru)),
			HINT = 'Texts are matched by at most 128 letters and digits.';
	END IF;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.sinonim_periksa() IS
'Trigger on ipasn.sinonim: tipe must be a parsed type or ipasn.predikat, label a label of it (for ipasn.jalur also bukan_bangkom; for ipasn.predikat a predikat of ipasn.aturan_kinerja), teks must hold 1 to 128 letters or digits (23514 otherwise) and must not be there already under another spelling (23505)';

CREATE TRIGGER sinonim_periksa
	BEFORE INSERT OR UPDATE ON @extschema@.sinonim
	FOR EACH ROW EXECUTE FUNCTION @extschema@.sinonim_periksa();
