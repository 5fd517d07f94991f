/*-------------------------------------------------------------------------
 *
 * program.c
 *		ipasn.aturan_program: the programmes whose JP a LAN regulation
 *		fixes (Peraturan LAN 15/2019, Pelatihan Kepemimpinan Pengawas:
 *		830 JP), so that a record of such a programme without hours (SIASN
 *		keeps none for leadership training) counts the programme's JP
 *		instead of giving NULL.  A programme the table does not know stays
 *		incomplete (NULL, listed by ipasn.baca_catatan).
 *
 * The table is read once per backend into a cache (cache.c's life cycle,
 * as rules.c reads the rule tables) and dropped by the relcache
 * invalidation that the aturan_berubah trigger sends at commit; never one
 * query per row.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "ipasn.h"
#include "parse.h"
#include "program.h"

typedef struct ProgramEntry
{
	char	   *kunci;			/* ipasn.kunci_teks(program) */
	int			jalur;			/* dense index */
	int64		jp_h;			/* hundredths of JP */
	DateADT		mulai;
	DateADT		sampai;
	bool		bawaan;
} ProgramEntry;

/* the rows of ipasn.aturan_program that count */
typedef struct Programs
{
	ProgramEntry *entries;
	int			n;
} Programs;

static IpasnCache program_cache = IPASN_CACHE_INIT("ipasn aturan_program");
static Oid	program_relid = InvalidOid;

void
ipasn_program_inval(Datum arg, Oid relid)
{
	if (!OidIsValid(relid) || relid == program_relid || !OidIsValid(program_relid))
		ipasn_cache_invalidate(&program_cache);
}

static void *
program_build(MemoryContext cxt, void *arg)
{
	Programs   *p = MemoryContextAllocZero(cxt, sizeof(Programs));
	MemoryContext oldcxt;
	ProgramEntry *entries;
	uint64		i;
	int			n = 0;

	program_relid = get_relname_relid("aturan_program", ipasn_schema_oid());
	if (!OidIsValid(program_relid))
		return p;				/* a catalog older than 0.3.0: no table yet */

	ipasn_cache_spi_read(psprintf("SELECT kunci, jalur, jp, berlaku_mulai, berlaku_sampai, bawaan FROM %s.aturan_program",
								  quote_identifier(ipasn_schema_name())),
						 "aturan_program");
	oldcxt = MemoryContextSwitchTo(cxt);
	entries = palloc(sizeof(ProgramEntry) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull[6];
		Datum		d[6];
		int			c;

		for (c = 0; c < 6; c++)
			d[c] = SPI_getbinval(tup, desc, c + 1, &isnull[c]);
		if (isnull[0] || isnull[1] || isnull[2] || isnull[3] || isnull[4] || isnull[5])
			continue;
		if (!ipasn_datum_numeric_to_h(d[2], &entries[n].jp_h))
			continue;
		entries[n].kunci = TextDatumGetCString(d[0]);
		entries[n].jalur = ipasn_enum_index(IPASN_ENUM_JALUR, DatumGetObjectId(d[1]));
		entries[n].mulai = DatumGetDateADT(d[3]);
		entries[n].sampai = DatumGetDateADT(d[4]);
		entries[n].bawaan = DatumGetBool(d[5]);
		n++;
	}
	MemoryContextSwitchTo(oldcxt);
	SPI_finish();
	p->entries = entries;
	p->n = n;
	return p;
}

/* entry a is preferred to entry b: a later start, then an agency's row */
static bool
program_better(const ProgramEntry *a, const ProgramEntry *b)
{
	if (b == NULL)
		return true;
	if (a->mulai != b->mulai)
		return a->mulai > b->mulai;
	return !a->bawaan && b->bawaan;
}

bool
ipasn_program_jp_tanggal(const char *teks, int len, int jalur,
						 bool has_date, DateADT tanggal, Datum *jp_numeric)
{
	char	   *kunci;
	const ProgramEntry *best = NULL;
	const Programs *p;
	int			i;

	if (teks == NULL || len <= 0 || jalur < 0)
		return false;
	p = ipasn_cache_get(&program_cache, program_build, NULL);
	if (p->n == 0)
		return false;
	kunci = ipasn_normalize_text(teks, len);
	for (i = 0; i < p->n; i++)
	{
		const ProgramEntry *e = &p->entries[i];

		if (e->jalur != jalur || strcmp(e->kunci, kunci) != 0)
			continue;
		if (has_date && (tanggal < e->mulai || tanggal > e->sampai))
			continue;
		if (program_better(e, best))
			best = e;
	}
	pfree(kunci);
	if (best == NULL)
		return false;
	*jp_numeric = ipasn_h_to_numeric(best->jp_h);
	return true;
}

bool
ipasn_program_jp(const char *teks, int len, int jalur, Datum *jp_numeric)
{
	return ipasn_program_jp_tanggal(teks, len, jalur, false, 0, jp_numeric);
}

/*
 * ipasn.jp_program(teks text, jalur ipasn.jalur, tanggal date DEFAULT NULL)
 * -> numeric: the JP ipasn.aturan_program fixes for the programme named
 * teks, of that jalur, in force on tanggal (NULL: the latest row); NULL
 * when the table does not know it.
 */
PG_FUNCTION_INFO_V1(ipasn_jp_program);
Datum
ipasn_jp_program(PG_FUNCTION_ARGS)
{
	text	   *t;
	Datum		jp;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	t = PG_GETARG_TEXT_PP(0);
	if (!ipasn_program_jp_tanggal(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
								  ipasn_enum_index(IPASN_ENUM_JALUR, PG_GETARG_OID(1)),
								  !PG_ARGISNULL(2), PG_ARGISNULL(2) ? 0 : PG_GETARG_DATEADT(2),
								  &jp))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(jp);
}
