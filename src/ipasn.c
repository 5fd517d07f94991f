/*-------------------------------------------------------------------------
 *
 * ipasn.c
 *		Module start-up: the module magic block and _PG_init, which defines
 *		the setting ipasn.aturan and registers the invalidation callbacks of
 *		the per-backend caches: enum.c (schema and enum types), rules.c (the
 *		rule tables), sinonim.c (the agency vocabulary), isi_jp.c and
 *		ringkasan.c (the triggers).  The caches' life cycle is in cache.c.
 *		Nothing else lives here.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/syscache.h"

#include "ipasn.h"
#include "program.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomStringVariable("ipasn.aturan",
							   "IP ASN rule set in force (a row of ipasn.aturan_ipasn).",
							   "Chooses the JP target, the windows and the jalur of each competency component.",
							   &ipasn_aturan_setting,
							   IPASN_ATURAN_BAWAAN,
							   PGC_USERSET,
							   0,
							   NULL, NULL, NULL);
	MarkGUCPrefixReserved("ipasn");

	/* enum.c: the enum types and the schema */
	CacheRegisterSyscacheCallback(TYPEOID, ipasn_enum_inval, (Datum) 0);
	CacheRegisterSyscacheCallback(ENUMOID, ipasn_enum_inval, (Datum) 0);
	CacheRegisterSyscacheCallback(NAMESPACEOID, ipasn_enum_inval, (Datum) 0);
	/* rules.c, sinonim.c: their tables; the triggers: their tables */
	CacheRegisterRelcacheCallback(ipasn_rules_inval, (Datum) 0);
	CacheRegisterRelcacheCallback(ipasn_sinonim_inval, (Datum) 0);
	CacheRegisterRelcacheCallback(ipasn_isi_jp_inval, (Datum) 0);
	CacheRegisterRelcacheCallback(ipasn_ringkas_inval, (Datum) 0);
	/* program.c: ipasn.aturan_program */
	CacheRegisterRelcacheCallback(ipasn_program_inval, (Datum) 0);
}
