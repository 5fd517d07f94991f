/*-------------------------------------------------------------------------
 *
 * rules.c
 *		The JP conversion rule table (ipasn.aturan_jp), read once per backend
 *		into a cache and dropped when the table changes.
 *
 * A statement-level trigger on each rule table (ipasn.aturan_berubah) sends
 * a relcache invalidation for the table; our relcache callback then drops
 * every rule cache (this file's and those registered with
 * ipasn_register_reset_hook).  The invalidation reaches this backend at the
 * next command and the other backends when the change commits.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "ipasn.h"

const char *const ipasn_satuan_label[SATUAN_COUNT] = {"jp", "hari", "kegiatan", "semester"};

#define MAX_HOOKS 8
#define MAX_RULE_TABLES 8

static IpasnResetHook reset_hooks[MAX_HOOKS];
static int	n_reset_hooks = 0;
static Oid	rule_tables[MAX_RULE_TABLES];
static int	n_rule_tables = 0;
static uint64 inval_count = 0;

/* the JP rules: per jalur x lingkup, a list in precedence order */
typedef struct RuleList
{
	int			n;
	AturanJp   *rules;
} RuleList;

static bool jp_rules_valid = false;
static MemoryContext jp_rules_cxt = NULL;
static RuleList jp_rules[JALUR_COUNT][LINGKUP_COUNT];

static void
jp_rules_reset(void)
{
	jp_rules_valid = false;
}

static void
rules_relcache_cb(Datum arg, Oid relid)
{
	int			i;
	bool		ours = !OidIsValid(relid);

	for (i = 0; i < n_rule_tables && !ours; i++)
		if (rule_tables[i] == relid)
			ours = true;
	if (!ours)
		return;
	inval_count++;
	for (i = 0; i < n_reset_hooks; i++)
		reset_hooks[i] ();
}

void
ipasn_register_reset_hook(IpasnResetHook hook)
{
	if (n_reset_hooks >= MAX_HOOKS)
		elog(ERROR, "too many ipasn rule cache hooks");
	reset_hooks[n_reset_hooks++] = hook;
}

void
ipasn_note_rule_table(Oid relid)
{
	int			i;

	for (i = 0; i < n_rule_tables; i++)
		if (rule_tables[i] == relid)
			return;
	if (n_rule_tables < MAX_RULE_TABLES)
		rule_tables[n_rule_tables++] = relid;
	else
	{
		/* forget the oldest: an OID left over from a dropped extension */
		memmove(rule_tables, rule_tables + 1, sizeof(Oid) * (MAX_RULE_TABLES - 1));
		rule_tables[MAX_RULE_TABLES - 1] = relid;
	}
}

void
ipasn_rules_init(void)
{
	CacheRegisterRelcacheCallback(rules_relcache_cb, (Datum) 0);
	ipasn_register_reset_hook(jp_rules_reset);
}

/* precedence: agency rows first, then the latest start */
static int
rule_cmp(const void *a, const void *b)
{
	const AturanJp *ra = (const AturanJp *) a;
	const AturanJp *rb = (const AturanJp *) b;

	if (ra->bawaan != rb->bawaan)
		return ra->bawaan ? 1 : -1;
	if (ra->berlaku_mulai != rb->berlaku_mulai)
		return ra->berlaku_mulai > rb->berlaku_mulai ? -1 : 1;
	return 0;
}

static int64
rule_numeric_h(HeapTuple tup, TupleDesc desc, int col, bool *isnull)
{
	Datum		d = SPI_getbinval(tup, desc, col, isnull);
	int64		h = 0;

	if (*isnull)
		return 0;
	if (!ipasn_datum_numeric_to_h(d, &h))
		elog(ERROR, "invalid number in ipasn.aturan_jp");
	return h;
}

static void
jp_rules_load(void)
{
	MemoryContext newcxt;
	MemoryContext oldcxt;
	StringInfoData q;
	uint64		i;
	int			j,
				l;
	uint64		start_count = inval_count;
	Oid			relid;
	int			counts[JALUR_COUNT][LINGKUP_COUNT];

	relid = ipasn_relid("aturan_jp");
	ipasn_note_rule_table(relid);

	newcxt = AllocSetContextCreate(CacheMemoryContext, "ipasn JP rules",
								   ALLOCSET_SMALL_SIZES);

	initStringInfo(&q);
	appendStringInfo(&q,
					 "SELECT jalur, lingkup, berlaku_mulai, berlaku_sampai, bawaan, satuan,"
					 " jp_per_satuan, tambahan_persen, batas_jp_harian, batas_kegiatan_bulanan"
					 " FROM %s.aturan_jp",
					 quote_identifier(ipasn_schema_name()));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute(q.data, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read ipasn.aturan_jp");

	memset(counts, 0, sizeof(counts));
	memset(jp_rules, 0, sizeof(jp_rules));
	oldcxt = MemoryContextSwitchTo(newcxt);
	for (j = 0; j < JALUR_COUNT; j++)
		for (l = 0; l < LINGKUP_COUNT; l++)
			jp_rules[j][l].rules = palloc0(sizeof(AturanJp) * (SPI_processed + 1));

	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		AturanJp	r;
		char	   *satuan;
		int			s;

		memset(&r, 0, sizeof(r));
		r.jalur = ipasn_enum_index(IPASN_ENUM_JALUR, DatumGetObjectId(SPI_getbinval(tup, desc, 1, &isnull)));
		r.lingkup = ipasn_enum_index(IPASN_ENUM_LINGKUP, DatumGetObjectId(SPI_getbinval(tup, desc, 2, &isnull)));
		r.berlaku_mulai = DatumGetDateADT(SPI_getbinval(tup, desc, 3, &isnull));
		r.berlaku_sampai = DatumGetDateADT(SPI_getbinval(tup, desc, 4, &isnull));
		r.bawaan = DatumGetBool(SPI_getbinval(tup, desc, 5, &isnull));
		satuan = TextDatumGetCString(SPI_getbinval(tup, desc, 6, &isnull));
		r.satuan = SATUAN_JP;
		for (s = 0; s < SATUAN_COUNT; s++)
			if (strcmp(satuan, ipasn_satuan_label[s]) == 0)
				r.satuan = (IpasnSatuan) s;
		r.faktor_h = rule_numeric_h(tup, desc, 7, &isnull);
		r.tambahan_persen = DatumGetInt32(SPI_getbinval(tup, desc, 8, &isnull));
		r.batas_harian_h = rule_numeric_h(tup, desc, 9, &isnull);
		r.batas_bulanan = DatumGetInt32(SPI_getbinval(tup, desc, 10, &isnull));
		if (isnull)
			r.batas_bulanan = 0;

		jp_rules[r.jalur][r.lingkup].rules[counts[r.jalur][r.lingkup]++] = r;
	}
	MemoryContextSwitchTo(oldcxt);
	SPI_finish();

	for (j = 0; j < JALUR_COUNT; j++)
		for (l = 0; l < LINGKUP_COUNT; l++)
		{
			jp_rules[j][l].n = counts[j][l];
			qsort(jp_rules[j][l].rules, counts[j][l], sizeof(AturanJp), rule_cmp);
		}

	if (jp_rules_cxt)
		MemoryContextDelete(jp_rules_cxt);
	jp_rules_cxt = newcxt;
	/* an invalidation that arrived while loading: reload next time */
	jp_rules_valid = (start_count == inval_count);
}

const AturanJp *
ipasn_aturan_jp(int jalur, int lingkup, DateADT tanggal, bool has_date)
{
	RuleList   *list;
	int			i;

	if (unlikely(!jp_rules_valid))
		jp_rules_load();
	list = &jp_rules[jalur][lingkup];
	if (!has_date)
		return list->n > 0 ? &list->rules[0] : NULL;
	for (i = 0; i < list->n; i++)
	{
		const AturanJp *r = &list->rules[i];

		if (r->berlaku_mulai <= tanggal && tanggal <= r->berlaku_sampai)
			return r;
	}
	return NULL;
}

/*
 * ipasn.aturan_berubah(): statement trigger on a rule table; sends a
 * relcache invalidation for it so that every backend drops its rule cache.
 */
PG_FUNCTION_INFO_V1(ipasn_aturan_berubah);
Datum
ipasn_aturan_berubah(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Oid			relid;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("ipasn.aturan_berubah() was not called by trigger manager")));
	relid = RelationGetRelid(trigdata->tg_relation);
	ipasn_note_rule_table(relid);
	CacheInvalidateRelcacheByRelid(relid);
	return PointerGetDatum(NULL);
}

/*
 * ipasn.satuan(jalur) -> text: the unit in which the jalur's jumlah is read,
 * from the rule in force with the latest start (nasional).
 */
PG_FUNCTION_INFO_V1(ipasn_satuan);
Datum
ipasn_satuan(PG_FUNCTION_ARGS)
{
	int			jalur = ipasn_enum_index(IPASN_ENUM_JALUR, PG_GETARG_OID(0));
	const AturanJp *r = ipasn_aturan_jp(jalur, LINGKUP_NASIONAL, 0, false);

	if (r == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ipasn_satuan_label[r->satuan]));
}
