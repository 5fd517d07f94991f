/*-------------------------------------------------------------------------
 *
 * sinonim.c
 *		An agency's own vocabulary (ipasn.sinonim): texts an agency maps to
 *		labels of the parsed enum types, consulted by the text readers of
 *		reader.c before the built-in forms of parse.c.  Also
 *		ipasn.kunci_teks, the normalization under which a text is matched.
 *
 * The table is read once per backend into a sorted array (per kind, by
 * normalized key), an IpasnCache built by cache.c's life cycle: read with
 * the latest snapshot and search_path pinned, attached when complete.  A
 * statement trigger on the table (ipasn.aturan_berubah, as on the rule
 * tables) sends a relcache invalidation; ipasn_sinonim_inval then only
 * marks the cache invalid: the next lookup builds it again.  The parse_*
 * functions never come here (they stay IMMUTABLE).
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

/* an agency's spelling: a row of ipasn.sinonim (parse.c's are Spelling) */
typedef struct AgencySpelling
{
	const char *key;			/* normalized, as ipasn.kunci_teks */
	int16		kind;			/* IpasnEnumKind, or SINONIM_PREDIKAT */
	int16		value;			/* dense enum index (or IPASN_BUKAN_BANGKOM) */
	const char *label;			/* SINONIM_PREDIKAT: the predicate */
} AgencySpelling;

/* rows of tipe ipasn.predikat (SKP predicates), after the enum kinds */
#define SINONIM_PREDIKAT IPASN_ENUM_NKINDS

typedef struct Sinonim
{
	int			n;
	AgencySpelling *entries;	/* sorted by kind, then key */
	bool		has_kind[IPASN_ENUM_NKINDS + 1];
} Sinonim;

static IpasnCache sinonim_cache = IPASN_CACHE_INIT("ipasn sinonim");
/* the table the cache was built from; InvalidOid: it was not there */
static Oid	sinonim_relid = InvalidOid;

/*
 * Relcache callback: marks the vocabulary invalid when ipasn.sinonim (or
 * every relation: InvalidOid) is invalidated, or any relation while the
 * table was missing (a 0.1.0 catalog: ALTER EXTENSION UPDATE creates it).
 * Frees nothing.
 */
void
ipasn_sinonim_inval(Datum arg, Oid relid)
{
	if (OidIsValid(relid) && OidIsValid(sinonim_relid) && relid != sinonim_relid)
		return;
	ipasn_cache_invalidate(&sinonim_cache);
}

static int
sinonim_cmp(const void *a, const void *b)
{
	const AgencySpelling *ea = (const AgencySpelling *) a;
	const AgencySpelling *eb = (const AgencySpelling *) b;

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

static void *
sinonim_build(MemoryContext cxt, void *arg)
{
	Sinonim    *sn = MemoryContextAllocZero(cxt, sizeof(Sinonim));
	MemoryContext oldcxt;
	StringInfoData q;
	AgencySpelling *entries;
	uint64		i;
	int			n = 0;
	int			k;

	/* a 0.1.0 catalog with this library has no vocabulary yet */
	sinonim_relid = get_relname_relid("sinonim", ipasn_schema_oid());
	if (!OidIsValid(sinonim_relid))
		return sn;

	initStringInfo(&q);
	/* to_regtype: a catalog updated from 0.2.0 may have no ipasn.predikat yet */
	appendStringInfo(&q, "SELECT tipe, kunci, label, tipe OPERATOR(pg_catalog.=) pg_catalog.to_regtype(%s)"
					 " FROM %s.sinonim",
					 quote_literal_cstr(psprintf("%s.predikat",
												 quote_identifier(ipasn_schema_name()))),
					 quote_identifier(ipasn_schema_name()));
	ipasn_cache_spi_read(q.data, "sinonim");

	oldcxt = MemoryContextSwitchTo(cxt);
	entries = palloc(sizeof(AgencySpelling) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		Datum		d;
		char	   *label;
		int			kind;
		int			v;

		d = SPI_getbinval(tup, desc, 4, &isnull);
		if (!isnull && DatumGetBool(d))
			kind = SINONIM_PREDIKAT;
		else
		{
			d = SPI_getbinval(tup, desc, 1, &isnull);
			if (isnull || (kind = ipasn_sinonim_kind(DatumGetObjectId(d))) < 0)
				continue;
		}
		d = SPI_getbinval(tup, desc, 2, &isnull);
		if (isnull)
			continue;
		entries[n].key = TextDatumGetCString(d);
		d = SPI_getbinval(tup, desc, 3, &isnull);
		if (isnull)
			continue;
		label = TextDatumGetCString(d);
		entries[n].label = NULL;
		if (kind == SINONIM_PREDIKAT)
		{
			/* checked against ipasn.aturan_kinerja when it is read */
			entries[n].kind = kind;
			entries[n].value = -1;
			entries[n].label = label;
			n++;
			continue;
		}

		/*
		 * The row trigger allows labels of the type only; a row that is
		 * not (the trigger disabled) is left out: its text stays unknown
		 * rather than read as something else.
		 */
		for (v = 0; v < ipasn_enum_count(kind); v++)
			if (strcmp(ipasn_enum_label(kind, v), label) == 0)
				break;
		/* a jalur text the agency marks as not competency development */
		if (v == ipasn_enum_count(kind) && kind == IPASN_ENUM_JALUR &&
			strcmp(label, IPASN_LABEL_BUKAN_BANGKOM) == 0)
			v = IPASN_BUKAN_BANGKOM;
		else if (v == ipasn_enum_count(kind))
			continue;
		entries[n].kind = kind;
		entries[n].value = v;
		n++;
	}
	MemoryContextSwitchTo(oldcxt);
	SPI_finish();

	qsort(entries, n, sizeof(AgencySpelling), sinonim_cmp);
	sn->entries = entries;
	sn->n = n;
	for (k = 0; k < n; k++)
		sn->has_kind[entries[k].kind] = true;
	return sn;
}

/*
 * The label index an agency gave a normalized key of that kind in
 * ipasn.sinonim, IPASN_BUKAN_BANGKOM for a jalur text it marked as not
 * competency development, or -1.  An IpasnKeyLookup for ipasn_parse_text_ext.
 */
int
ipasn_sinonim_lookup(IpasnEnumKind kind, const char *key)
{
	Sinonim    *sn = ipasn_cache_get(&sinonim_cache, sinonim_build, NULL);
	AgencySpelling probe;
	AgencySpelling *hit;

	if (sn->n == 0 || !sn->has_kind[kind])
		return -1;
	probe.key = key;
	probe.kind = kind;
	hit = bsearch(&probe, sn->entries, sn->n, sizeof(AgencySpelling),
				  sinonim_cmp);
	return hit ? hit->value : -1;
}

/*
 * The SKP predicate an agency gave a normalized key in ipasn.sinonim (tipe
 * ipasn.predikat), or NULL.  The string lives in the cache: copy it to keep
 * it past the transaction.
 */
const char *
ipasn_sinonim_predikat(const char *key)
{
	Sinonim    *sn = ipasn_cache_get(&sinonim_cache, sinonim_build, NULL);
	AgencySpelling probe;
	AgencySpelling *hit;

	if (sn->n == 0 || !sn->has_kind[SINONIM_PREDIKAT])
		return NULL;
	probe.key = key;
	probe.kind = SINONIM_PREDIKAT;
	hit = bsearch(&probe, sn->entries, sn->n, sizeof(AgencySpelling),
				  sinonim_cmp);
	return hit ? hit->label : NULL;
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
