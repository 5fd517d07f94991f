/*-------------------------------------------------------------------------
 *
 * sinonim.c
 *		An agency's own vocabulary (ipasn.sinonim): texts an agency maps to
 *		labels of the parsed enum types, consulted by the text readers of
 *		reader.c before the built-in forms of parse.c.  Also
 *		ipasn.kunci_teks, the normalization under which a text is matched.
 *
 * The table is read once per backend into a sorted array (per kind, by
 * normalized key) built in a temporary memory context and attached under
 * CacheMemoryContext only when complete (cache.c).  A statement trigger on
 * the table (ipasn.aturan_berubah, as on the rule tables) sends a relcache
 * invalidation; ipasn_sinonim_inval then only marks the array invalid: the
 * next lookup reloads it.  The parse_* functions never come here (they stay
 * IMMUTABLE).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "ipasn.h"
#include "parse.h"

typedef struct SinonimEntry
{
	const char *key;			/* normalized, as ipasn.kunci_teks */
	int16		kind;			/* IpasnEnumKind */
	int16		value;			/* dense enum index */
} SinonimEntry;

static bool sinonim_valid = false;
static uint64 sinonim_generation = 0;
static Oid	sinonim_relid = InvalidOid;
static MemoryContext sinonim_cxt = NULL;
static SinonimEntry *sinonim_entries = NULL;
static int	sinonim_n = 0;
static bool sinonim_has_kind[IPASN_ENUM_NKINDS];

/*
 * Relcache callback: marks the vocabulary invalid when ipasn.sinonim (or
 * every relation: InvalidOid) is invalidated.  Frees nothing.
 */
void
ipasn_sinonim_inval(Datum arg, Oid relid)
{
	if (OidIsValid(relid) && relid != sinonim_relid)
		return;
	sinonim_valid = false;
	sinonim_generation++;
}

static int
sinonim_cmp(const void *a, const void *b)
{
	const SinonimEntry *ea = (const SinonimEntry *) a;
	const SinonimEntry *eb = (const SinonimEntry *) b;

	if (ea->kind != eb->kind)
		return ea->kind < eb->kind ? -1 : 1;
	return strcmp(ea->key, eb->key);
}

/* the kind of a parsed enum type, or -1 */
int
ipasn_sinonim_kind(Oid typid)
{
	int			k;

	for (k = 0; k < IPASN_ENUM_NKINDS; k++)
		if (k != IPASN_ENUM_KATEGORI && ipasn_enum_typid((IpasnEnumKind) k) == typid)
			return k;
	return -1;
}

static void
sinonim_load(void)
{
	Oid			relid;
	MemoryContext cxt;
	MemoryContext oldcxt;
	StringInfoData q;
	SinonimEntry *entries;
	uint64		start;
	uint64		i;
	int			n = 0;
	int			k;

	start = sinonim_generation;

	relid = get_relname_relid("sinonim", ipasn_schema_oid());
	sinonim_relid = relid;
	if (!OidIsValid(relid))
	{
		/*
		 * A 0.1.0 catalog with this library: no vocabulary yet.  Stay
		 * invalid, so that the table is looked for again after ALTER
		 * EXTENSION ipasn UPDATE.
		 */
		sinonim_n = 0;
		memset(sinonim_has_kind, 0, sizeof(sinonim_has_kind));
		return;
	}

	cxt = ipasn_cache_begin("ipasn sinonim");
	initStringInfo(&q);
	appendStringInfo(&q, "SELECT tipe, kunci, label FROM %s.sinonim",
					 quote_identifier(ipasn_schema_name()));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute(q.data, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read table sinonim");

	oldcxt = MemoryContextSwitchTo(cxt);
	entries = palloc(sizeof(SinonimEntry) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		Datum		d;
		char	   *label;
		int			kind;
		int			v;

		d = SPI_getbinval(tup, desc, 1, &isnull);
		if (isnull || (kind = ipasn_sinonim_kind(DatumGetObjectId(d))) < 0)
			continue;
		d = SPI_getbinval(tup, desc, 2, &isnull);
		if (isnull)
			continue;
		entries[n].key = TextDatumGetCString(d);
		d = SPI_getbinval(tup, desc, 3, &isnull);
		if (isnull)
			continue;
		label = TextDatumGetCString(d);

		/*
		 * The row trigger allows labels of the type only; a row that is
		 * not (the trigger disabled) is left out: its text stays unknown
		 * rather than read as something else.
		 */
		for (v = 0; v < ipasn_enum_count(kind); v++)
			if (strcmp(ipasn_enum_label(kind, v), label) == 0)
				break;
		if (v == ipasn_enum_count(kind))
			continue;
		entries[n].kind = kind;
		entries[n].value = v;
		n++;
	}
	MemoryContextSwitchTo(oldcxt);
	SPI_finish();

	qsort(entries, n, sizeof(SinonimEntry), sinonim_cmp);

	/* complete: attach it, retire the previous one */
	ipasn_cache_attach(&sinonim_cxt, cxt);
	sinonim_entries = entries;
	sinonim_n = n;
	memset(sinonim_has_kind, 0, sizeof(sinonim_has_kind));
	for (k = 0; k < n; k++)
		sinonim_has_kind[entries[k].kind] = true;
	/* an invalidation that arrived while loading: reload next time */
	sinonim_valid = (start == sinonim_generation);
}

/*
 * The label index an agency gave a normalized key of that kind in
 * ipasn.sinonim, or -1.  An IpasnKeyLookup for ipasn_parse_text_ext.
 */
int
ipasn_sinonim_lookup(IpasnEnumKind kind, const char *key)
{
	SinonimEntry probe;
	SinonimEntry *hit;

	if (unlikely(!sinonim_valid))
		sinonim_load();
	if (sinonim_n == 0 || !sinonim_has_kind[kind])
		return -1;
	probe.key = key;
	probe.kind = kind;
	hit = bsearch(&probe, sinonim_entries, sinonim_n, sizeof(SinonimEntry),
				  sinonim_cmp);
	return hit ? hit->value : -1;
}

/*
 * ipasn.kunci_teks(teks text) -> text: the key under which the parsers and
 * ipasn.sinonim match a text (ASCII letters lower-cased, digits kept,
 * everything else dropped).
 */
PG_FUNCTION_INFO_V1(ipasn_kunci_teks);
Datum
ipasn_kunci_teks(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_TEXT_P(cstring_to_text(ipasn_normalize_text(VARDATA_ANY(t),
														   VARSIZE_ANY_EXHDR(t))));
}
