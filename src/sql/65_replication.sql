
-- section: replication (rule changes that arrive by logical replication)
--
-- The statement triggers *_berubah tell every backend when a rule table changes; a subscription's
-- apply worker fires no statement trigger, and runs with
-- session_replication_role = replica, so a node subscribed to the rule
-- tables of another would keep computing with the rules it had cached.
-- These row triggers fire only there (ENABLE REPLICA): in an apply worker,
-- once per replicated row.
CREATE TRIGGER aturan_jp_replikasi
	AFTER INSERT OR UPDATE OR DELETE ON @extschema@.aturan_jp
	FOR EACH ROW EXECUTE FUNCTION @extschema@.aturan_berubah();
ALTER TABLE @extschema@.aturan_jp ENABLE REPLICA TRIGGER aturan_jp_replikasi;
CREATE TRIGGER aturan_ipasn_replikasi
	AFTER INSERT OR UPDATE OR DELETE ON @extschema@.aturan_ipasn
	FOR EACH ROW EXECUTE FUNCTION @extschema@.aturan_berubah();
ALTER TABLE @extschema@.aturan_ipasn ENABLE REPLICA TRIGGER aturan_ipasn_replikasi;
CREATE TRIGGER aturan_komponen_replikasi
	AFTER INSERT OR UPDATE OR DELETE ON @extschema@.aturan_komponen
	FOR EACH ROW EXECUTE FUNCTION @extschema@.aturan_berubah();
ALTER TABLE @extschema@.aturan_komponen ENABLE REPLICA TRIGGER aturan_komponen_replikasi;
CREATE TRIGGER aturan_kinerja_replikasi
	AFTER INSERT OR UPDATE OR DELETE ON @extschema@.aturan_kinerja
	FOR EACH ROW EXECUTE FUNCTION @extschema@.aturan_berubah();
ALTER TABLE @extschema@.aturan_kinerja ENABLE REPLICA TRIGGER aturan_kinerja_replikasi;
CREATE TRIGGER sinonim_replikasi
	AFTER INSERT OR UPDATE OR DELETE ON @extschema@.sinonim
	FOR EACH ROW EXECUTE FUNCTION @extschema@.aturan_berubah();
ALTER TABLE @extschema@.sinonim ENABLE REPLICA TRIGGER sinonim_replikasi;
COMMENT ON TRIGGER aturan_jp_replikasi ON @extschema@.aturan_jp IS
'Fires only in a logical replication apply worker: a replicated rule change reaches the rule cache of every backend (Peraturan LAN 10/2018 conversion rules)';
COMMENT ON TRIGGER aturan_ipasn_replikasi ON @extschema@.aturan_ipasn IS
'Fires only in a logical replication apply worker: a replicated rule change reaches the rule cache of every backend (PermenPANRB 38/2018 rule sets)';
COMMENT ON TRIGGER aturan_komponen_replikasi ON @extschema@.aturan_komponen IS
'Fires only in a logical replication apply worker: a replicated rule change reaches the rule cache of every backend (PermenPANRB 38/2018 competency components)';
COMMENT ON TRIGGER aturan_kinerja_replikasi ON @extschema@.aturan_kinerja IS
'Fires only in a logical replication apply worker: a replicated rule change reaches the rule cache of every backend (PermenPANRB 38/2018 performance predicates)';
COMMENT ON TRIGGER sinonim_replikasi ON @extschema@.sinonim IS
'Fires only in a logical replication apply worker: a replicated change of the agency vocabulary reaches the text readers of every backend';
