/*-------------------------------------------------------------------------
 *
 * rincian.c
 *		ipasn.jp_rincian: the explanation of a person's JP (a year, or any
 *		group of records), for auditors who dispute a figure of
 *		ipasn.jp_total.  It lists each record with what it gives alone
 *		(ipasn.jp of the record), and each cross-record cap of Peraturan
 *		LAN 10/2018, Lampiran, that cut the records sharing it: the day of
 *		a per-day cap (e-learning 3 JP, 4 JP internasional; belajar mandiri
 *		and komunitas belajar 2 JP before the +20%) or the month of a
 *		per-month cap (coaching, mentoring, bimbingan di tempat kerja: 2
 *		activities), the records on it and what was cut.
 *
 * The caps are computed by the functions that jp_total's state uses
 * (jp_state.c: ipasn_jp_capped_day, ipasn_jp_capped_month), so that
 *		jp = jp_per_catatan - terpotong = jp_total(the same rows)
 * to the hundredth.  Unlike jp_total it never raises on a record's values:
 * a record jp refuses is listed with its masalah and kode and gives
 * nothing.
 *
 * A function over arrays, not an aggregate: it keeps every record (one
 * person's year, tens of rows), which no two-stage aggregate with a storable
 * state would do well; the caller builds the arrays with array_agg.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"

#include "ipasn.h"

/* one explanation holds at most this many records (one person's years) */
#define RINCIAN_MAX_RECORDS 100000

typedef struct RincianRec
{
	int			no;				/* 1-based position in the input */
	char	   *id;				/* the caller's label, or NULL */
	bool		jalur_null;
	bool		lingkup_null;
	JpRecord	rec;
	/* filled by the final function */
	bool		gave;			/* gave a JP value */
	JpConverted c;
	int64		alone_h;		/* ipasn.jp of the record */
} RincianRec;

typedef struct RincianState
{
	int			n;
	int			cap;
	RincianRec *r;
} RincianState;

/*
 * Reads the arrays of ipasn.jp_rincian into a state: one record per
 * element, in array order.  The arrays must have one dimension and the same
 * length (the id array may be NULL: no labels).
 */
static void
rincian_arrays(FunctionCallInfo fcinfo, RincianState *st)
{
	Datum	   *v[6];
	bool	   *nul[6];
	int			n[6];
	int			k,
				i;
	static const char *const nama[6] = {"jalur", "lingkup", "jumlah", "mulai", "selesai", "id"};

	for (k = 0; k < 6; k++)
	{
		ArrayType  *a;
		Oid			elt;
		int16		len;
		bool		byval;
		char		align;

		v[k] = NULL;
		nul[k] = NULL;
		n[k] = -1;
		if (PG_ARGISNULL(k))
			continue;
		a = PG_GETARG_ARRAYTYPE_P(k);
		if (ARR_NDIM(a) > 1)
			ereport(ERROR,
					(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
					 errmsg("array %s of jp_rincian must have one dimension", nama[k])));
		elt = ARR_ELEMTYPE(a);
		get_typlenbyvalalign(elt, &len, &byval, &align);
		deconstruct_array(a, elt, len, byval, align, &v[k], &nul[k], &n[k]);
	}
	for (k = 1; k < 6; k++)
	{
		if (n[k] >= 0 && n[0] >= 0 && n[k] != n[0])
			ereport(ERROR,
					(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
					 errmsg("arrays of jp_rincian must have the same length: jalur has %d elements, %s has %d",
							n[0], nama[k], n[k]),
					 errhint("Build them with array_agg over the same rows.")));
		if (n[k] < 0 && k < 5)
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("array %s of jp_rincian must not be NULL", nama[k]),
					 errhint("Pass an array of NULLs for a column without values.")));
	}
	if (n[0] > RINCIAN_MAX_RECORDS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("jp_rincian explains at most %d records at once", RINCIAN_MAX_RECORDS),
				 errhint("Group the records by person and year.")));
	st->n = n[0];
	st->cap = Max(n[0], 1);
	st->r = palloc0(sizeof(RincianRec) * st->cap);
	for (i = 0; i < n[0]; i++)
	{
		RincianRec *r = &st->r[i];

		r->no = i + 1;
		r->id = (n[5] < 0 || nul[5][i]) ? NULL : TextDatumGetCString(v[5][i]);
		r->jalur_null = nul[0][i];
		if (!r->jalur_null)
			r->rec.jalur = ipasn_enum_index(IPASN_ENUM_JALUR, DatumGetObjectId(v[0][i]));
		r->lingkup_null = nul[1][i];
		if (!r->lingkup_null)
			r->rec.lingkup = ipasn_enum_index(IPASN_ENUM_LINGKUP, DatumGetObjectId(v[1][i]));
		r->rec.jumlah_null = nul[2][i];
		r->rec.jumlah = nul[2][i] ? (Datum) 0 : v[2][i];
		r->rec.mulai_null = nul[3][i];
		r->rec.mulai = nul[3][i] ? 0 : DatumGetDateADT(v[3][i]);
		r->rec.selesai_null = nul[4][i];
		r->rec.selesai = nul[4][i] ? 0 : DatumGetDateADT(v[4][i]);
	}
}

/* ---------------------------------------------------------------------
 * JSON writing
 * ---------------------------------------------------------------------
 */
static void
key(StringInfo s, const char *k, bool *first)
{
	if (!*first)
		appendStringInfoString(s, ", ");
	*first = false;
	escape_json(s, k);
	appendStringInfoString(s, ": ");
}

static void
put_str(StringInfo s, const char *k, const char *v, bool *first)
{
	key(s, k, first);
	if (v)
		escape_json(s, v);
	else
		appendStringInfoString(s, "null");
}

static void
put_raw(StringInfo s, const char *k, const char *v, bool *first)
{
	key(s, k, first);
	appendStringInfoString(s, v);
}

static void
put_h(StringInfo s, const char *k, int64 h, bool *first)
{
	put_raw(s, k, ipasn_h_to_cstring(h), first);
}

/* the record's number and label, as the explanation names it */
static void
put_ref(StringInfo s, const RincianRec *r, bool *first)
{
	put_raw(s, "no", psprintf("%d", r->no), first);
	put_str(s, "id", r->id, first);
}

static char *
month_text(int32 key)
{
	int			y = key / 12;
	int			m = key % 12;

	if (m < 0)
	{
		m += 12;
		y--;
	}
	return psprintf("%04d-%02d", y, m + 1);
}

/* ---------------------------------------------------------------------
 * The cross-record caps, applied by jp_state.c's ipasn_jp_capped_day and
 * ipasn_jp_capped_month (the same figures as jp_total), with what they cut
 * ---------------------------------------------------------------------
 */

/* r is a per-day-capped record of g's group (jalur, lingkup, bonus) */
static bool
rincian_in_day_group(const RincianRec *r, const JpCapDay *g)
{
	return r->gave && r->c.kind == JPK_DAILY &&
		r->c.rule->jalur == g->jalur && r->c.rule->lingkup == g->lingkup &&
		r->c.rule->tambahan_persen == g->persen;
}

/*
 * Adds the JP of the per-day-capped records to *total and an entry to
 * 'batas' (a JSON array being written; *nbatas entries so far) for each
 * group of jalur, lingkup and bonus whose records gave less together than
 * alone: the days on which they shared the cap, with the records on each.
 */
static void
rincian_daily(RincianState *st, int64 *total, StringInfo batas, int *nbatas)
{
	JpCapDay   *days;
	int64		ndays = 0,
				k = 0,
				i,
				x;
	int			ri;

	for (ri = 0; ri < st->n; ri++)
	{
		const RincianRec *r = &st->r[ri];

		if (r->gave && r->c.kind == JPK_DAILY)
			ndays += r->c.dated ? r->c.days : 1;
	}
	if (ndays == 0)
		return;
	days = palloc(sizeof(JpCapDay) * ndays);
	for (ri = 0; ri < st->n; ri++)
	{
		const RincianRec *r = &st->r[ri];
		int			d;

		if (!r->gave || r->c.kind != JPK_DAILY)
			continue;
		for (d = 0; d < (r->c.dated ? r->c.days : 1); d++)
		{
			JpCapDay   *v = &days[k++];

			v->jalur = (uint8) r->c.rule->jalur;
			v->lingkup = (uint8) r->c.rule->lingkup;
			v->teknis = 0;
			v->persen = r->c.rule->tambahan_persen;
			v->undated = !r->c.dated;
			v->day = r->c.dated ? r->c.first_day + d : 0;
			v->ref = ri;
			v->cap = (int32) r->c.rule->batas_harian_h;
			v->count = 1;
			v->value_h = r->c.dated ? ipasn_spread_day(r->c.value_h, r->c.days, d) : r->c.value_h;
		}
	}
	ipasn_jp_sort_days(days, ndays);

	i = 0;
	while (i < ndays)
	{
		const JpCapDay *g = &days[i];
		int64		base_h = 0,
					group_h,
					alone_h = 0;
		StringInfoData hari;
		int			nhari = 0;

		initStringInfo(&hari);
		while (i < ndays && ipasn_jp_same_day_group(&days[i], g))
		{
			JpCappedDay day;

			ipasn_jp_capped_day(days, ndays, i, &day);
			base_h += day.value_h;
			/* what sharing the day cut, beyond each record's own cap */
			if (day.own_h > day.value_h)
			{
				bool		f = true;

				appendStringInfoString(&hari, nhari++ ? ", {" : "{");
				put_str(&hari, "tanggal", ipasn_date_iso(days[i].day), &f);
				key(&hari, "catatan", &f);
				appendStringInfoChar(&hari, '[');
				for (x = i; x < day.end; x++)
				{
					bool		f2 = true;

					appendStringInfoString(&hari, x > i ? ", {" : "{");
					put_ref(&hari, &st->r[days[x].ref], &f2);
					put_h(&hari, "jp", days[x].value_h, &f2);
					appendStringInfoChar(&hari, '}');
				}
				appendStringInfoChar(&hari, ']');
				put_h(&hari, "jumlah", day.sum_h, &f);
				put_h(&hari, "batas_jp", day.cap, &f);
				put_h(&hari, "dihitung", day.value_h, &f);
				put_h(&hari, "terpotong", day.own_h - day.value_h, &f);
				appendStringInfoChar(&hari, '}');
			}
			i = day.end;
		}
		group_h = ipasn_add_percent(base_h, g->persen);
		*total += group_h;
		for (ri = 0; ri < st->n; ri++)
		{
			if (rincian_in_day_group(&st->r[ri], g))
				alone_h += st->r[ri].alone_h;
		}
		if (alone_h != group_h)
		{
			bool		f = true;

			appendStringInfoString(batas, (*nbatas)++ ? ", {" : "{");
			put_str(batas, "jenis", "batas_harian", &f);
			put_str(batas, "jalur", ipasn_enum_label(IPASN_ENUM_JALUR, g->jalur), &f);
			put_str(batas, "lingkup", ipasn_enum_label(IPASN_ENUM_LINGKUP, g->lingkup), &f);
			put_raw(batas, "tambahan_persen", psprintf("%d", g->persen), &f);
			put_raw(batas, "hari", psprintf("[%s]", hari.data), &f);
			put_h(batas, "jp_sendiri", alone_h, &f);
			put_h(batas, "jp", group_h, &f);
			put_h(batas, "terpotong", alone_h - group_h, &f);
			appendStringInfoChar(batas, '}');
		}
		pfree(hari.data);
	}
	pfree(days);
}

static void
rincian_monthly(RincianState *st, int64 *total, StringInfo batas, int *nbatas)
{
	JpCapMonth *months;
	int			n = 0,
				ri,
				i,
				j,
				x;

	months = palloc(sizeof(JpCapMonth) * (st->n + 1));
	for (ri = 0; ri < st->n; ri++)
	{
		const RincianRec *r = &st->r[ri];

		if (!r->gave || r->c.kind != JPK_MONTHLY)
			continue;
		if (!r->c.dated)
		{
			/* a month of its own: what it gives alone */
			*total += r->alone_h;
			continue;
		}
		ipasn_jp_cap_month_set(&months[n++], r->c.rule->jalur, 0,
							   ipasn_month_of(r->c.first_day), ri,
							   r->c.value_h, r->c.count, r->c.rule->batas_bulanan);
	}
	ipasn_jp_sort_months(months, n);

	i = 0;
	while (i < n)
	{
		int32		limit;
		int64		group_h,
					alone_h = 0;

		j = (int) ipasn_jp_capped_month(months, n, i, &limit, &group_h);
		for (x = i; x < j; x++)
			alone_h += st->r[months[x].ref].alone_h;
		*total += group_h;
		if (alone_h != group_h)
		{
			bool		f = true;

			appendStringInfoString(batas, (*nbatas)++ ? ", {" : "{");
			put_str(batas, "jenis", "batas_bulanan", &f);
			put_str(batas, "jalur", ipasn_enum_label(IPASN_ENUM_JALUR, months[i].jalur), &f);
			put_str(batas, "bulan", month_text(months[i].key), &f);
			/* the smallest cap among the records of the month, as counted */
			put_raw(batas, "batas_kegiatan", psprintf("%d", limit), &f);
			key(batas, "catatan", &f);
			appendStringInfoChar(batas, '[');
			for (x = i; x < j; x++)
			{
				const RincianRec *r = &st->r[months[x].ref];
				bool		f2 = true;

				appendStringInfoString(batas, x > i ? ", {" : "{");
				put_ref(batas, r, &f2);
				put_str(batas, "lingkup", ipasn_enum_label(IPASN_ENUM_LINGKUP, r->rec.lingkup), &f2);
				put_raw(batas, "kegiatan", psprintf("%d", months[x].n), &f2);
				put_raw(batas, "dihitung", psprintf("%d", months[x].taken), &f2);
				put_h(batas, "jp_per_kegiatan", months[x].value_h, &f2);
				appendStringInfoChar(batas, '}');
			}
			appendStringInfoChar(batas, ']');
			put_h(batas, "jp_sendiri", alone_h, &f);
			put_h(batas, "jp", group_h, &f);
			put_h(batas, "terpotong", alone_h - group_h, &f);
			appendStringInfoChar(batas, '}');
		}
		i = j;
	}
	pfree(months);
}

/*
 * A record as listed: its values, what it gives alone (and what its own
 * cap cut), or why it gives nothing; janggal where its amount does not fit
 * its dates.
 */
static void
rincian_record(StringInfo s, RincianRec *r)
{
	bool		f = true;
	const char *teks = NULL;
	const char *kode = NULL;
	JpMasalah	masalah;

	appendStringInfoChar(s, '{');
	put_ref(s, r, &f);
	put_str(s, "jalur", r->jalur_null ? NULL : ipasn_enum_label(IPASN_ENUM_JALUR, r->rec.jalur), &f);
	put_str(s, "lingkup", r->lingkup_null ? NULL : ipasn_enum_label(IPASN_ENUM_LINGKUP, r->rec.lingkup), &f);
	if (r->rec.jumlah_null)
		put_raw(s, "jumlah", "null", &f);
	else
	{
		char	   *j = DatumGetCString(DirectFunctionCall1(numeric_out, r->rec.jumlah));
		int64		ignored;

		/* NaN and infinities are not JSON numbers */
		if (ipasn_datum_numeric_decode(r->rec.jumlah, &ignored) == IPASN_NUM_SPECIAL)
			put_str(s, "jumlah", j, &f);
		else
			put_raw(s, "jumlah", j, &f);
	}
	put_str(s, "mulai", r->rec.mulai_null ? NULL : ipasn_date_iso(r->rec.mulai), &f);
	put_str(s, "selesai", r->rec.selesai_null ? NULL : ipasn_date_iso(r->rec.selesai), &f);

	if (r->jalur_null)
	{
		teks = "data tidak lengkap: jalur kosong";
		kode = "jalur_kosong";
	}
	else if (r->lingkup_null)
	{
		teks = "data tidak lengkap: lingkup kosong";
		kode = ipasn_jp_masalah_kode(JPM_INCOMPLETE);
	}
	else if (!ipasn_jp_convert(&r->rec, &r->c, &masalah) || r->c.kind == JPK_NULL)
	{
		teks = ipasn_jp_masalah_text(&r->rec, &masalah);
		kode = ipasn_jp_masalah_kode(masalah.kode);
	}
	else
	{
		r->gave = true;
		r->alone_h = ipasn_jp_alone(&r->c);
	}

	if (r->c.rule)
		put_str(s, "satuan", ipasn_satuan_label[r->c.rule->satuan], &f);
	if (r->gave)
	{
		put_h(s, "jp_sendiri", r->alone_h, &f);
		if (r->c.kind == JPK_DAILY)
		{
			int64		before = ipasn_add_percent(r->c.value_h, r->c.rule->tambahan_persen);

			if (before > r->alone_h)
				put_h(s, "terpotong_sendiri", before - r->alone_h, &f);
		}
		else if (r->c.kind == JPK_MONTHLY && r->c.count > r->c.rule->batas_bulanan)
			put_h(s, "terpotong_sendiri",
				  (int64) (r->c.count - r->c.rule->batas_bulanan) * r->c.value_h, &f);
		put_str(s, "janggal", ipasn_jp_janggal_conv(&r->rec, &r->c), &f);
	}
	else
	{
		put_raw(s, "jp_sendiri", "null", &f);
		put_str(s, "masalah", teks, &f);
		put_str(s, "kode", kode, &f);
	}
	appendStringInfoChar(s, '}');
}

/*
 * ipasn.jp_rincian(jalur[], lingkup[], jumlah[], mulai[], selesai[], id[])
 * -> jsonb: the explanation of the records given as arrays (one element per
 * record, one person's year).  NULL for no records.
 */
PG_FUNCTION_INFO_V1(ipasn_jp_rincian);
Datum
ipasn_jp_rincian(PG_FUNCTION_ARGS)
{
	RincianState stdata;
	RincianState *st = &stdata;
	StringInfoData s,
				batas;
	int			ri,
				nbatas = 0,
				gave = 0;
	int64		total = 0,
				alone = 0;
	bool		f = true;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	memset(st, 0, sizeof(RincianState));
	rincian_arrays(fcinfo, st);
	if (st->n == 0)
		PG_RETURN_NULL();

	initStringInfo(&s);
	appendStringInfoChar(&s, '{');
	key(&s, "catatan", &f);
	appendStringInfoChar(&s, '[');
	for (ri = 0; ri < st->n; ri++)
	{
		RincianRec *r = &st->r[ri];

		if (ri > 0)
			appendStringInfoString(&s, ", ");
		rincian_record(&s, r);
		if (r->gave)
		{
			gave++;
			alone += r->alone_h;
			if (r->c.kind == JPK_FIXED)
				total += r->alone_h;
		}
	}
	appendStringInfoChar(&s, ']');

	initStringInfo(&batas);
	rincian_daily(st, &total, &batas, &nbatas);
	rincian_monthly(st, &total, &batas, &nbatas);
	put_raw(&s, "batas", psprintf("[%s]", batas.data), &f);

	if (gave > 0)
	{
		put_h(&s, "jp", total, &f);
		put_h(&s, "jp_per_catatan", alone, &f);
		put_h(&s, "terpotong", alone - total, &f);
	}
	else
	{
		put_raw(&s, "jp", "null", &f);
		put_raw(&s, "jp_per_catatan", "null", &f);
		put_raw(&s, "terpotong", "null", &f);
	}
	put_raw(&s, "kegiatan", psprintf("%d", gave), &f);
	put_raw(&s, "tidak_dihitung", psprintf("%d", st->n - gave), &f);
	appendStringInfoChar(&s, '}');
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(s.data)));
}
