/*-------------------------------------------------------------------------
 *
 * rules.c
 *		The rule cache: every rule table of ipasn, read once per backend and
 *		reloaded after a change.
 *	- the JP conversion rules of Peraturan LAN 10/2018, Lampiran (table
 *	  ipasn.aturan_jp), per jalur and lingkup in precedence order;
 *	- the IP ASN rule set of PermenPANRB 38/2018 chosen by the setting
 *	  ipasn.aturan (tables ipasn.aturan_ipasn, ipasn.aturan_komponen and
 *	  ipasn.aturan_kinerja, a child set inheriting from its induk).
 *
 * A statement-level trigger on each rule table (ipasn.aturan_berubah), and
 * a row-level one that fires only in a logical replication apply worker
 * (which fires no statement trigger), sends a relcache invalidation for the
 * table; the relcache callback
 * ipasn_rules_inval then marks both parts invalid (it frees nothing).  The
 * invalidation reaches this backend at its next command and the other
 * backends when the change commits.  Each part is an IpasnCache, rebuilt at
 * its next use by cache.c's life cycle: read with the latest snapshot, like
 * the catalogs behind PostgreSQL's own caches (a load sees every change
 * committed before it, and a change committed after it has started sends
 * an invalidation that makes the next use reload; with the statement's
 * snapshot, a load running while another session commits would keep the
 * old rules after the invalidation was consumed), with search_path pinned
 * and every operator and function of its queries qualified, attached when
 * complete.  A pointer returned by ipasn_aturan_jp or ipasn_aturan_skor
 * stays valid until the end of the transaction.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "ipasn.h"
#include "parse.h"

const IpasnSatuanTable ipasn_satuan_info = {
	.label = {"jp", "hari", "kegiatan", "semester"},
	.nama = {"JP", "hari", "kegiatan", "semester"},
	.name = {"JP", "days", "activities", "semesters"},
	.max_h = {200000, 36600, 10000, 2000},
};

/* the setting ipasn.aturan (defined in _PG_init) */
char	   *ipasn_aturan_setting = NULL;

/* the rule tables, as they were when the cache was last loaded */
typedef enum RuleTable
{
	RULE_TABLE_JP = 0,
	RULE_TABLE_IPASN,
	RULE_TABLE_KOMPONEN,
	RULE_TABLE_KINERJA,
	RULE_TABLE_COUNT
} RuleTable;

static const char *const rule_table_name[RULE_TABLE_COUNT] = {
	"aturan_jp", "aturan_ipasn", "aturan_komponen", "aturan_kinerja"
};

static Oid	rule_relid[RULE_TABLE_COUNT];

/* the JP rules: per jalur x lingkup, a list in precedence order */
typedef struct RuleList
{
	int			n;
	AturanJp   *rules;
} RuleList;

typedef struct JpRules
{
	RuleList	list[JALUR_COUNT][LINGKUP_COUNT];
} JpRules;

static IpasnCache jp_rules_cache = IPASN_CACHE_INIT("ipasn JP rules");

/* the IP ASN rule set (an AturanSkor) */
static IpasnCache skor_cache = IPASN_CACHE_INIT("ipasn IP ASN rules");

#define MAX_INDUK 16

/*
 * Relcache callback: marks the rule cache invalid when a rule table (or
 * every relation: InvalidOid) is invalidated.  Frees nothing.
 */
void
ipasn_rules_inval(Datum arg, Oid relid)
{
	int			i;
	bool		ours = !OidIsValid(relid);

	for (i = 0; i < RULE_TABLE_COUNT && !ours; i++)
		if (rule_relid[i] == relid)
			ours = true;
	if (!ours)
		return;
	ipasn_cache_invalidate(&jp_rules_cache);
	ipasn_cache_invalidate(&skor_cache);
}

/* the rule tables of the installed extension, for the callback */
static void
rules_note_tables(void)
{
	int			i;

	for (i = 0; i < RULE_TABLE_COUNT; i++)
		rule_relid[i] = ipasn_relid(rule_table_name[i]);
}

/* ---------------------------------------------------------------------
 * The JP rules (ipasn.aturan_jp)
 * ---------------------------------------------------------------------
 */

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
rule_numeric_h(HeapTuple tup, TupleDesc desc, int col, const char *table)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);
	int64		h = 0;

	if (isnull)
		return 0;
	if (!ipasn_datum_numeric_to_h(d, &h))
		elog(ERROR, "invalid number in table %s", table);
	return h;
}

/* one row of the SELECT of jp_rules_load */
static void
jp_rule_read(HeapTuple tup, TupleDesc desc, AturanJp *r)
{
	bool		isnull;
	char	   *satuan;
	int			s;

	memset(r, 0, sizeof(AturanJp));
	r->jalur = ipasn_enum_index(IPASN_ENUM_JALUR,
								DatumGetObjectId(SPI_getbinval(tup, desc, 1, &isnull)));
	r->lingkup = ipasn_enum_index(IPASN_ENUM_LINGKUP,
								  DatumGetObjectId(SPI_getbinval(tup, desc, 2, &isnull)));
	r->berlaku_mulai = DatumGetDateADT(SPI_getbinval(tup, desc, 3, &isnull));
	r->berlaku_sampai = DatumGetDateADT(SPI_getbinval(tup, desc, 4, &isnull));
	r->bawaan = DatumGetBool(SPI_getbinval(tup, desc, 5, &isnull));
	satuan = TextDatumGetCString(SPI_getbinval(tup, desc, 6, &isnull));
	r->satuan = SATUAN_JP;
	for (s = 0; s < SATUAN_COUNT; s++)
		if (strcmp(satuan, ipasn_satuan_label[s]) == 0)
			r->satuan = (IpasnSatuan) s;
	r->faktor_h = rule_numeric_h(tup, desc, 7, "aturan_jp");
	r->tambahan_persen = DatumGetInt32(SPI_getbinval(tup, desc, 8, &isnull));
	r->batas_harian_h = rule_numeric_h(tup, desc, 9, "aturan_jp");
	r->batas_bulanan = DatumGetInt32(SPI_getbinval(tup, desc, 10, &isnull));
	if (isnull)
		r->batas_bulanan = 0;
}

static void *
jp_rules_build(MemoryContext cxt, void *arg)
{
	JpRules    *jr;
	char	   *q;
	uint64		i;
	int			j,
				l;

	rules_note_tables();
	q = psprintf("SELECT jalur, lingkup, berlaku_mulai, berlaku_sampai, bawaan, satuan,"
				 " jp_per_satuan, tambahan_persen, batas_jp_harian, batas_kegiatan_bulanan"
				 " FROM %s.aturan_jp",
				 quote_identifier(ipasn_schema_name()));
	ipasn_cache_spi_read(q, "aturan_jp");

	jr = MemoryContextAllocZero(cxt, sizeof(JpRules));
	for (j = 0; j < JALUR_COUNT; j++)
		for (l = 0; l < LINGKUP_COUNT; l++)
			jr->list[j][l].rules = MemoryContextAllocZero(cxt, sizeof(AturanJp) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		AturanJp	r;
		RuleList   *list;

		jp_rule_read(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, &r);
		list = &jr->list[r.jalur][r.lingkup];
		list->rules[list->n++] = r;
	}
	SPI_finish();

	for (j = 0; j < JALUR_COUNT; j++)
		for (l = 0; l < LINGKUP_COUNT; l++)
			qsort(jr->list[j][l].rules, jr->list[j][l].n, sizeof(AturanJp), rule_cmp);
	return jr;
}

const AturanJp *
ipasn_aturan_jp(int jalur, int lingkup, DateADT tanggal, bool has_date)
{
	JpRules    *jr = ipasn_cache_get(&jp_rules_cache, jp_rules_build, NULL);
	RuleList   *list = &jr->list[jalur][lingkup];
	int			i;

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

/* ---------------------------------------------------------------------
 * The IP ASN rule set (ipasn.aturan_ipasn and its child tables)
 * ---------------------------------------------------------------------
 */

/*
 * The key a predicate is matched by: the one text normalizer of ipasn
 * (parse.c, the key of the parsers and of ipasn.sinonim): "Sangat  Baik."
 * -> "sangatbaik".
 */
char *
ipasn_predikat_kunci(const char *s)
{
	return ipasn_normalize_text(s, strlen(s));
}

/* the queries of one load: the schema and the rule set's name as $1 */
typedef struct SkorQuery
{
	const char *schema;
	Datum		nama;
	StringInfoData q;
} SkorQuery;

/*
 * The ancestry of a rule set (the set itself, then its induk, ...), as a CTE
 * named rantai(aturan, d); rows of a child table come from the nearest set
 * that has any.
 */
static void
append_rantai(SkorQuery *sq)
{
	resetStringInfo(&sq->q);
	appendStringInfo(&sq->q,
					 "WITH RECURSIVE rantai(aturan, induk, d) AS ("
					 " SELECT aturan, induk, 0 FROM %s.aturan_ipasn WHERE aturan OPERATOR(pg_catalog.=) $1"
					 " UNION ALL"
					 " SELECT a.aturan, a.induk, r.d OPERATOR(pg_catalog.+) 1 FROM %s.aturan_ipasn a"
					 " JOIN rantai r ON a.aturan OPERATOR(pg_catalog.=) r.induk"
					 " WHERE r.d OPERATOR(pg_catalog.<) %d) ",
					 sq->schema, sq->schema, MAX_INDUK);
}

static void
skor_execute(SkorQuery *sq, const char *table)
{
	Oid			argtypes[1] = {TEXTOID};

	if (SPI_execute_with_args(sq->q.data, 1, argtypes, &sq->nama, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read table %s", table);
}

/* the set itself: targets and windows; an unknown set raises 22023 */
static void
skor_read_set(SkorQuery *sq, AturanSkor *a)
{
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;

	resetStringInfo(&sq->q);
	appendStringInfo(&sq->q,
					 "SELECT target_jp, target_jp_tinggi, jendela_jp_tahun,"
					 " jendela_seminar_tahun, jendela_hukuman_tahun"
					 " FROM %s.aturan_ipasn WHERE aturan OPERATOR(pg_catalog.=) $1", sq->schema);
	skor_execute(sq, "aturan_ipasn");
	if (SPI_processed == 0)
	{
		char	   *daftar = NULL;

		resetStringInfo(&sq->q);
		appendStringInfo(&sq->q,
						 "SELECT pg_catalog.string_agg(aturan, ', ' ORDER BY aturan) FROM %s.aturan_ipasn",
						 sq->schema);
		if (SPI_execute(sq->q.data, true, 0) == SPI_OK_SELECT && SPI_processed == 1)
			daftar = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown IP ASN rule set \"%s\"", a->nama),
				 errdetail("The setting ipasn.aturan names a rule set that is not in table aturan_ipasn."),
				 errhint("Known rule sets: %s.", daftar ? daftar : "(none)")));
	}
	tup = SPI_tuptable->vals[0];
	desc = SPI_tuptable->tupdesc;
	a->target_jp_h = rule_numeric_h(tup, desc, 1, "aturan_ipasn");
	a->target_jp_tinggi_h = rule_numeric_h(tup, desc, 2, "aturan_ipasn");
	a->jendela_jp_tahun = DatumGetInt32(SPI_getbinval(tup, desc, 3, &isnull));
	a->jendela_seminar_tahun = DatumGetInt32(SPI_getbinval(tup, desc, 4, &isnull));
	a->jendela_hukuman_tahun = DatumGetInt32(SPI_getbinval(tup, desc, 5, &isnull));
}

/* an induk that names no rule set raises 22023 */
static void
skor_check_induk(SkorQuery *sq)
{
	append_rantai(sq);
	appendStringInfo(&sq->q,
					 "SELECT r.aturan, r.induk FROM rantai r WHERE r.induk IS NOT NULL"
					 " AND NOT EXISTS (SELECT 1 FROM %s.aturan_ipasn a WHERE a.aturan OPERATOR(pg_catalog.=) r.induk)"
					 " ORDER BY r.d LIMIT 1", sq->schema);
	skor_execute(sq, "aturan_ipasn");
	if (SPI_processed > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("IP ASN rule set \"%s\" names unknown induk \"%s\"",
						SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1),
						SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2)),
				 errhint("Set its induk to a rule set of table aturan_ipasn, or to NULL.")));
}

/* the jalur of each competency component, from the nearest set that has any */
static void
skor_read_komponen(SkorQuery *sq, AturanSkor *a)
{
	uint64		i;

	append_rantai(sq);
	appendStringInfo(&sq->q,
					 "SELECT k.jalur, k.komponen FROM %s.aturan_komponen k"
					 " JOIN rantai r ON k.aturan OPERATOR(pg_catalog.=) r.aturan"
					 " WHERE r.d OPERATOR(pg_catalog.=) (SELECT pg_catalog.min(r2.d) FROM rantai r2 WHERE EXISTS"
					 " (SELECT 1 FROM %s.aturan_komponen k2 WHERE k2.aturan OPERATOR(pg_catalog.=) r2.aturan))",
					 sq->schema, sq->schema);
	skor_execute(sq, "aturan_komponen");
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		int			jalur;
		char	   *komponen;

		jalur = ipasn_enum_index(IPASN_ENUM_JALUR,
								 DatumGetObjectId(SPI_getbinval(tup, desc, 1, &isnull)));
		komponen = TextDatumGetCString(SPI_getbinval(tup, desc, 2, &isnull));
		if (strcmp(komponen, "jp") == 0)
			a->komponen_jp[jalur] = true;
		else if (strcmp(komponen, "seminar") == 0)
			a->komponen_seminar[jalur] = true;
		else if (strcmp(komponen, "fungsional") == 0)
			a->komponen_fungsional[jalur] = true;
	}
}

/* the SKP predicates, into cxt: agency rows first, then most points first */
static void
skor_read_kinerja(SkorQuery *sq, AturanSkor *a, MemoryContext cxt)
{
	MemoryContext old;
	uint64		i;

	append_rantai(sq);
	appendStringInfo(&sq->q,
					 "SELECT k.predikat, k.skor FROM %s.aturan_kinerja k"
					 " JOIN rantai r ON k.aturan OPERATOR(pg_catalog.=) r.aturan"
					 " WHERE r.d OPERATOR(pg_catalog.=) (SELECT pg_catalog.min(r2.d) FROM rantai r2 WHERE EXISTS"
					 " (SELECT 1 FROM %s.aturan_kinerja k2 WHERE k2.aturan OPERATOR(pg_catalog.=) r2.aturan))"
					 " ORDER BY k.bawaan, k.skor DESC, k.predikat",
					 sq->schema, sq->schema);
	skor_execute(sq, "aturan_kinerja");

	old = MemoryContextSwitchTo(cxt);
	a->predikat = palloc0(sizeof(Predikat) * (SPI_processed + 1));
	a->n_predikat = 0;
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		Predikat   *p = &a->predikat[a->n_predikat];
		bool		isnull;

		p->teks = TextDatumGetCString(SPI_getbinval(tup, desc, 1, &isnull));
		p->kunci = ipasn_predikat_kunci(p->teks);
		p->skor_h = rule_numeric_h(tup, desc, 2, "aturan_kinerja");
		a->n_predikat++;
	}
	MemoryContextSwitchTo(old);
}

/* the rule set named arg */
static void *
skor_build(MemoryContext cxt, void *arg)
{
	const char *nama = (const char *) arg;
	AturanSkor *a = MemoryContextAllocZero(cxt, sizeof(AturanSkor));
	SkorQuery	sq;

	strlcpy(a->nama, nama, NAMEDATALEN);
	rules_note_tables();
	sq.schema = quote_identifier(ipasn_schema_name());
	sq.nama = CStringGetTextDatum(a->nama);
	initStringInfo(&sq.q);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	skor_read_set(&sq, a);
	skor_check_induk(&sq);
	skor_read_komponen(&sq, a);
	skor_read_kinerja(&sq, a, cxt);
	SPI_finish();
	return a;
}

const AturanSkor *
ipasn_aturan_skor(void)
{
	const char *nama = ipasn_aturan_setting ? ipasn_aturan_setting : IPASN_ATURAN_BAWAAN;
	AturanSkor *a = ipasn_cache_get(&skor_cache, skor_build, (void *) nama);

	/* another rule set chosen since the build: build that one */
	if (unlikely(strncmp(nama, a->nama, NAMEDATALEN - 1) != 0))
		a = ipasn_cache_build(&skor_cache, skor_build, (void *) nama);
	return a;
}

/* ---------------------------------------------------------------------
 * SQL-callable functions
 * ---------------------------------------------------------------------
 */

/*
 * ipasn.aturan_berubah(): statement trigger on a rule table (and row
 * trigger, ENABLE REPLICA, for changes applied by logical replication); sends a
 * relcache invalidation for it so that every backend reloads its rule
 * cache.
 */
PG_FUNCTION_INFO_V1(ipasn_aturan_berubah);
Datum
ipasn_aturan_berubah(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"aturan_berubah\" was not called by trigger manager")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
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
