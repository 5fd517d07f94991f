
-- section: yearly JP summary, update part.  The summary's functions of
-- 0.2.0 are dropped here and made again by 72_ringkasan.sql (linked: the
-- install part), where their bodies are written once.  ringkas_jp() itself
-- stays (the users' triggers depend on it); only its comment changes.
DROP FUNCTION @extschema@.buat_ringkasan(regclass, text, text, text, text, text, text, text, text, boolean);
DROP PROCEDURE @extschema@.isi_ulang_ringkasan(regclass, regclass, text, text, text, text, text, text, text, integer, text);
DROP FUNCTION @extschema@._ringkas_jp_sql(regclass, text[], text);
DROP FUNCTION @extschema@._ringkasan_sql(regclass, regclass, text[], text);
DROP FUNCTION @extschema@._sumber_sql(regclass, text[]);
DROP FUNCTION @extschema@._ringkasan_relid(text, regclass);
-- the view's builder is made again by 76_ringkasan_target.sql (linked):
-- views it made do not depend on it
DROP FUNCTION @extschema@.buat_ringkasan_target(regclass);
