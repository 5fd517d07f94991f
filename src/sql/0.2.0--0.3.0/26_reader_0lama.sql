
-- ipasn.sinonim's row check takes predicates and bukan_bangkom
-- (26_reader_sinonim.sql makes the new one)
DROP TRIGGER sinonim_periksa ON @extschema@.sinonim;
DROP FUNCTION @extschema@.sinonim_periksa();
