
-- section: isi_ulang (update only): 0.3.0 checks that the jp column holds
-- two decimals; the procedure is dropped here and created again by the
-- install part 71_trigger_isi_ulang.sql (no CREATE OR REPLACE: lint R1)
DROP PROCEDURE @extschema@.isi_ulang(regclass, text, text, text, text, text, text, text, boolean, integer, bigint);
