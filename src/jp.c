/*-------------------------------------------------------------------------
 *
 * jp.c
 *		Conversion of one competency-development record into JP
 *		(Peraturan LAN 10/2018, Lampiran): ipasn.jp(),
 *		ipasn.jp_explain() and ipasn.masalah().
 *
 * Everything is fixed point: amounts and JP are int64 hundredths.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "lib/stringinfo.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

#include "ipasn.h"

/* the units' bounds and names: ipasn_satuan_info (rules.c) */

#define MAX_SPAN_DAYS 366
#define MAX_MISSING_JP_DAYS 7
#define JP_PER_DAY_H 800		/* 8 JP a day for a JP-unit record without
								 * jumlah (BKPP Kudus) */

/*
 * The amount of a record with a jumlah, in hundredths of its rule's unit:
 * finite, at least 0, at most two decimals, within the unit's bound, whole
 * for activities and semesters.  False with *masalah filled otherwise.
 */
static bool
jp_read_amount(const JpRecord *rec, const AturanJp *rule, int64 *amount_h,
			   JpMasalah *masalah)
{
	switch (ipasn_datum_numeric_decode(rec->jumlah, amount_h))
	{
		case IPASN_NUM_OK:
			break;
		case IPASN_NUM_SPECIAL:
			masalah->kode = JPM_NOT_FINITE;
			return false;
		case IPASN_NUM_NEG_HUGE:
		case IPASN_NUM_NEG_DECIMALS:
			masalah->kode = JPM_NEGATIVE;
			return false;
		case IPASN_NUM_HUGE:
			masalah->kode = JPM_TOO_BIG;
			masalah->limit_h = ipasn_satuan_info.max_h[rule->satuan];
			return false;
		case IPASN_NUM_DECIMALS:
			masalah->kode = JPM_DECIMALS;
			return false;
	}
	if (*amount_h < 0)
	{
		masalah->kode = JPM_NEGATIVE;
		return false;
	}
	if (*amount_h > ipasn_satuan_info.max_h[rule->satuan])
	{
		masalah->kode = JPM_TOO_BIG;
		masalah->limit_h = ipasn_satuan_info.max_h[rule->satuan];
		return false;
	}
	if ((rule->satuan == SATUAN_KEGIATAN || rule->satuan == SATUAN_SEMESTER) &&
		*amount_h % 100 != 0)
	{
		masalah->kode = JPM_NOT_WHOLE;
		return false;
	}
	return true;
}

/*
 * The amount of a record without jumlah (a certificate with dates only): a
 * JP-unit record of at most 7 days counts 8 JP a day (guidance of BKPP
 * Kudus: "per 1 hari 8 JP"), a day-unit record its days, an activity-unit
 * record one activity (the certificate proves one); anything else is
 * incomplete, not wrong (false, with masalah->kode JPM_INCOMPLETE).
 */
static bool
jp_missing_amount(const AturanJp *rule, bool has_date, int64 span,
				  int64 *amount_h, JpMasalah *masalah)
{
	switch (rule->satuan)
	{
		case SATUAN_JP:
			if (!has_date || span > MAX_MISSING_JP_DAYS)
				break;
			*amount_h = span * JP_PER_DAY_H;
			return true;
		case SATUAN_HARI:
			if (!has_date)
				break;
			*amount_h = span * 100;
			return true;
		case SATUAN_KEGIATAN:
			*amount_h = 100;
			return true;
		case SATUAN_SEMESTER:
		default:
			break;
	}
	masalah->kode = JPM_INCOMPLETE;
	if (rule->satuan == SATUAN_JP)
		masalah->value_h = span;
	return false;
}

/*
 * How the converted amount is counted: on its own (with the bonus), under
 * a per-day cap (spread over its days) or under a per-month cap (counted
 * activities), as the rule says.
 */
static void
jp_set_kind(const AturanJp *rule, int64 amount_h, bool has_date, DateADT first,
			int64 span, JpConverted *out)
{
	/* JP before the bonus: amount x JP per unit, rounded half up */
	int64		base_h = (amount_h * rule->faktor_h + 50) / 100;

	if (rule->batas_harian_h > 0)
	{
		out->kind = JPK_DAILY;
		out->value_h = base_h;
		out->dated = has_date;
		out->first_day = first;
		out->days = has_date ? (int32) span : 1;
	}
	else if (rule->batas_bulanan > 0)
	{
		out->kind = JPK_MONTHLY;
		out->count = (int32) (amount_h / 100);
		out->value_h = ipasn_add_percent(rule->faktor_h, rule->tambahan_persen);
		out->dated = has_date;
		out->first_day = first;
	}
	else
	{
		out->kind = JPK_FIXED;
		out->value_h = ipasn_add_percent(base_h, rule->tambahan_persen);
	}
}

/*
 * ipasn_jp_convert: validate and convert one record.  Never raises on bad
 * data: fills *masalah and returns false.  An incomplete record returns true
 * with out->kind == JPK_NULL (masalah->kode JPM_INCOMPLETE says why).
 */
bool
ipasn_jp_convert(const JpRecord *rec, JpConverted *out, JpMasalah *masalah)
{
	bool		has_date = !rec->mulai_null || !rec->selesai_null;
	DateADT		first = 0,
				last = 0;
	int64		span = 0;
	const AturanJp *rule;
	int64		amount_h = 0;

	memset(out, 0, sizeof(JpConverted));
	memset(masalah, 0, sizeof(JpMasalah));

	if ((!rec->mulai_null && DATE_NOT_FINITE(rec->mulai)) ||
		(!rec->selesai_null && DATE_NOT_FINITE(rec->selesai)))
	{
		masalah->kode = JPM_DATE_NOT_FINITE;
		return false;
	}
	if (has_date)
	{
		first = rec->mulai_null ? rec->selesai : rec->mulai;
		last = rec->selesai_null ? rec->mulai : rec->selesai;
		if (last < first)
		{
			masalah->kode = JPM_SELESAI_BEFORE_MULAI;
			return false;
		}
		span = (int64) last - first + 1;
	}

	/* the rule in force on the first day */
	rule = ipasn_aturan_jp(rec->jalur, rec->lingkup, first, has_date);
	if (rule == NULL)
	{
		masalah->kode = JPM_NO_RULE;
		return false;
	}
	out->rule = rule;
	masalah->satuan = rule->satuan;

	if (!rec->jumlah_null && !jp_read_amount(rec, rule, &amount_h, masalah))
		return false;

	/* days come from the dates: the span must be at most 366 days */
	if (has_date && span > MAX_SPAN_DAYS &&
		(rule->batas_harian_h > 0 ||
		 (rec->jumlah_null && (rule->satuan == SATUAN_JP || rule->satuan == SATUAN_HARI))))
	{
		masalah->kode = JPM_SPAN_TOO_LONG;
		masalah->value_h = span;
		masalah->limit_h = MAX_SPAN_DAYS;
		return false;
	}

	if (rec->jumlah_null)
	{
		if (!jp_missing_amount(rule, has_date, span, &amount_h, masalah))
		{
			out->kind = JPK_NULL;
			return true;
		}
		out->jumlah_derived = true;
	}
	out->jumlah_h = amount_h;
	jp_set_kind(rule, amount_h, has_date, first, span, out);
	return true;
}

/*
 * JP of a daily-capped record alone, before the bonus: spread h over d days
 * (the first h % d days one hundredth more) and cap each day.
 */
static int64
daily_alone_h(int64 h, int32 d, int64 cap)
{
	int64		q = h / d;
	int64		r = h % d;

	return r * Min(cap, q + 1) + (d - r) * Min(cap, q);
}

int64
ipasn_jp_alone(const JpConverted *c)
{
	switch (c->kind)
	{
		case JPK_FIXED:
			return c->value_h;
		case JPK_DAILY:
			return ipasn_add_percent(daily_alone_h(c->value_h, c->days,
												   c->rule->batas_harian_h),
									 c->rule->tambahan_persen);
		case JPK_MONTHLY:
			return (int64) Min(c->count, c->rule->batas_bulanan) * c->value_h;
		case JPK_NULL:
			break;
	}
	return 0;
}

static char *
jumlah_text(const JpRecord *rec)
{
	if (rec->jumlah_null)
		return pstrdup("NULL");
	return DatumGetCString(DirectFunctionCall1(numeric_out, rec->jumlah));
}

/* ISO 8601 whatever DateStyle says: messages and JSON must not vary */
static char *
date_text(bool isnull, DateADT d)
{
	int			y,
				m,
				day;

	if (isnull)
		return pstrdup("NULL");
	if (DATE_IS_NOBEGIN(d))
		return pstrdup("-infinity");
	if (DATE_IS_NOEND(d))
		return pstrdup("infinity");
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	if (y <= 0)
		return psprintf("%04d-%02d-%02d BC", -y + 1, m, day);
	return psprintf("%04d-%02d-%02d", y, m, day);
}

/* a finite or infinite date in ISO 8601 (messages, JSON), palloc'd */
char *
ipasn_date_iso(DateADT d)
{
	return date_text(false, d);
}

static const char *
jalur_text(const JpRecord *rec)
{
	return ipasn_enum_label(IPASN_ENUM_JALUR, rec->jalur);
}

static const char *
lingkup_text(const JpRecord *rec)
{
	return ipasn_enum_label(IPASN_ENUM_LINGKUP, rec->lingkup);
}

void
ipasn_jp_report(const JpRecord *rec, const JpMasalah *masalah)
{
	const char *jalur = jalur_text(rec);
	char	   *jumlah = jumlah_text(rec);

	switch (masalah->kode)
	{
		case JPM_NEGATIVE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("jumlah %s of jalur \"%s\" is negative", jumlah, jalur),
					 errhint("Give a jumlah of at least 0.")));
			break;
		case JPM_TOO_BIG:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("jumlah %s of jalur \"%s\" is out of range", jumlah, jalur),
					 errdetail("Jalur \"%s\" counts jumlah in %s.", jalur, ipasn_satuan_info.name[masalah->satuan]),
					 errhint("Give a jumlah between 0 and %s %s.",
							 ipasn_h_to_cstring(masalah->limit_h), ipasn_satuan_info.name[masalah->satuan])));
			break;
		case JPM_DECIMALS:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("jumlah %s of jalur \"%s\" has more than two decimals", jumlah, jalur),
					 errhint("Round jumlah to hundredths.")));
			break;
		case JPM_NOT_WHOLE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("jumlah %s of jalur \"%s\" is not a whole number", jumlah, jalur),
					 errdetail("Jalur \"%s\" counts jumlah in %s, which are whole numbers.",
							   jalur, ipasn_satuan_info.name[masalah->satuan])));
			break;
		case JPM_NOT_FINITE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("jumlah %s of jalur \"%s\" is not a finite number", jumlah, jalur),
					 errhint("Give a jumlah that is a number between 0 and %s %s.",
							 ipasn_h_to_cstring(ipasn_satuan_info.max_h[masalah->satuan]), ipasn_satuan_info.name[masalah->satuan])));
			break;
		case JPM_DATE_NOT_FINITE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("dates of jalur \"%s\" must be finite: mulai %s, selesai %s",
							jalur, date_text(rec->mulai_null, rec->mulai),
							date_text(rec->selesai_null, rec->selesai))));
			break;
		case JPM_SELESAI_BEFORE_MULAI:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("selesai %s is before mulai %s",
							date_text(rec->selesai_null, rec->selesai),
							date_text(rec->mulai_null, rec->mulai)),
					 errdetail("Record of jalur \"%s\", jumlah %s.", jalur, jumlah),
					 errhint("Give a selesai on or after mulai.")));
			break;
		case JPM_SPAN_TOO_LONG:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("record of jalur \"%s\" from %s to %s spans " INT64_FORMAT " days, more than %d",
							jalur, date_text(rec->mulai_null, rec->mulai),
							date_text(rec->selesai_null, rec->selesai),
							masalah->value_h, MAX_SPAN_DAYS),
					 errdetail("Its JP are counted per day of its dates."),
					 errhint("Split the record into periods of at most %d days.", MAX_SPAN_DAYS)));
			break;
		case JPM_NO_RULE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("no conversion rule for jalur \"%s\", lingkup \"%s\" on %s",
							jalur, lingkup_text(rec),
							date_text(rec->mulai_null && rec->selesai_null, rec->mulai_null ? rec->selesai : rec->mulai)),
					 errhint("Add a row to table aturan_jp whose period covers the date.")));
			break;
		case JPM_OK:
		case JPM_INCOMPLETE:
			break;
	}
	elog(ERROR, "unexpected ipasn masalah kode %d", (int) masalah->kode);
}

char *
ipasn_jp_masalah_text(const JpRecord *rec, const JpMasalah *masalah)
{
	const char *jalur = jalur_text(rec);
	char	   *jumlah = jumlah_text(rec);

	switch (masalah->kode)
	{
		case JPM_OK:
			return NULL;
		case JPM_INCOMPLETE:
			if (masalah->satuan == SATUAN_SEMESTER)
				return psprintf("data tidak lengkap: jumlah semester %s kosong", jalur);
			if (rec->mulai_null && rec->selesai_null)
				return psprintf("data tidak lengkap: jumlah (%s) dan tanggal kosong",
								ipasn_satuan_info.nama[masalah->satuan]);
			return psprintf("data tidak lengkap: jumlah JP kosong dan kegiatan berlangsung " INT64_FORMAT " hari (lebih dari %d hari tidak dihitung 8 JP per hari)",
							masalah->value_h, MAX_MISSING_JP_DAYS);
		case JPM_NEGATIVE:
			return psprintf("jumlah %s tidak boleh negatif", jumlah);
		case JPM_TOO_BIG:
			return psprintf("jumlah %s melebihi batas %s %s untuk jalur %s",
							jumlah, ipasn_h_to_cstring(masalah->limit_h),
							ipasn_satuan_info.nama[masalah->satuan], jalur);
		case JPM_DECIMALS:
			return psprintf("jumlah %s memiliki lebih dari dua angka desimal", jumlah);
		case JPM_NOT_WHOLE:
			return psprintf("jumlah %s untuk jalur %s harus bilangan bulat (satuan %s)",
							jumlah, jalur, ipasn_satuan_info.nama[masalah->satuan]);
		case JPM_NOT_FINITE:
			return psprintf("jumlah %s bukan bilangan yang sah", jumlah);
		case JPM_DATE_NOT_FINITE:
			return pstrdup("tanggal mulai dan selesai harus tanggal yang sah (bukan infinity)");
		case JPM_SELESAI_BEFORE_MULAI:
			return psprintf("tanggal selesai %s sebelum tanggal mulai %s",
							date_text(rec->selesai_null, rec->selesai),
							date_text(rec->mulai_null, rec->mulai));
		case JPM_SPAN_TOO_LONG:
			return psprintf("rentang tanggal " INT64_FORMAT " hari melebihi %d hari",
							masalah->value_h, MAX_SPAN_DAYS);
		case JPM_NO_RULE:
			return psprintf("tidak ada aturan konversi untuk jalur %s lingkup %s pada tanggal tersebut",
							jalur, lingkup_text(rec));
	}
	return NULL;
}

bool
ipasn_jp_record(const JpRecord *rec, int64 *jp_h)
{
	JpConverted c;
	JpMasalah	masalah;

	if (!ipasn_jp_convert(rec, &c, &masalah))
		ipasn_jp_report(rec, &masalah);
	if (c.kind == JPK_NULL)
		return false;
	*jp_h = ipasn_jp_alone(&c);
	return true;
}

/*
 * Reads the five SQL arguments (jalur, lingkup, jumlah, mulai, selesai)
 * starting at argument 'first'.  Returns false when jalur or lingkup is
 * NULL (the record gives NULL).
 */
bool
ipasn_jp_args(FunctionCallInfo fcinfo, int first, JpRecord *rec)
{
	if (PG_ARGISNULL(first) || PG_ARGISNULL(first + 1))
		return false;
	rec->jalur = ipasn_enum_index(IPASN_ENUM_JALUR, PG_GETARG_OID(first));
	rec->lingkup = ipasn_enum_index(IPASN_ENUM_LINGKUP, PG_GETARG_OID(first + 1));
	rec->jumlah_null = PG_ARGISNULL(first + 2);
	rec->jumlah = rec->jumlah_null ? (Datum) 0 : PG_GETARG_DATUM(first + 2);
	rec->mulai_null = PG_ARGISNULL(first + 3);
	rec->mulai = rec->mulai_null ? 0 : PG_GETARG_DATEADT(first + 3);
	rec->selesai_null = PG_ARGISNULL(first + 4);
	rec->selesai = rec->selesai_null ? 0 : PG_GETARG_DATEADT(first + 4);
	return true;
}

/*
 * ipasn.jp(jalur, lingkup, jumlah, mulai, selesai) -> numeric
 */
PG_FUNCTION_INFO_V1(ipasn_jp);
Datum
ipasn_jp(PG_FUNCTION_ARGS)
{
	JpRecord	rec;
	int64		h;

	if (!ipasn_jp_args(fcinfo, 0, &rec))
		PG_RETURN_NULL();
	if (!ipasn_jp_record(&rec, &h))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(ipasn_h_to_numeric(h));
}

/*
 * ipasn.masalah(jalur, lingkup, jumlah, mulai, selesai) -> text: NULL when
 * jp accepts the record; otherwise what is wrong, in Indonesian.  Never
 * raises on bad data.
 */
PG_FUNCTION_INFO_V1(ipasn_masalah);
Datum
ipasn_masalah(PG_FUNCTION_ARGS)
{
	JpRecord	rec;
	JpConverted c;
	JpMasalah	masalah;

	if (PG_ARGISNULL(0))
		PG_RETURN_TEXT_P(cstring_to_text("data tidak lengkap: jalur kosong"));
	if (PG_ARGISNULL(1))
		PG_RETURN_TEXT_P(cstring_to_text("data tidak lengkap: lingkup kosong"));
	ipasn_jp_args(fcinfo, 0, &rec);
	if (ipasn_jp_convert(&rec, &c, &masalah) && c.kind != JPK_NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ipasn_jp_masalah_text(&rec, &masalah)));
}

/*
 * ipasn_jp_masalah_kode: the stable code of a problem, as ipasn.catatan's
 * kode lists it (doc/catatan.md); NULL for JPM_OK.  A NaN or infinite
 * amount cannot be read as an amount (jumlah_tidak_terbaca); an infinite
 * date and a missing rule row have codes of their own.
 */
const char *
ipasn_jp_masalah_kode(JpMasalahKode kode)
{
	switch (kode)
	{
		case JPM_OK:
			return NULL;
		case JPM_INCOMPLETE:
			return "tidak_lengkap";
		case JPM_NEGATIVE:
			return "jumlah_negatif";
		case JPM_TOO_BIG:
			return "jumlah_melebihi_batas";
		case JPM_DECIMALS:
			return "desimal_lebih_dari_dua";
		case JPM_NOT_WHOLE:
			return "tidak_bulat";
		case JPM_NOT_FINITE:
			return "jumlah_tidak_terbaca";
		case JPM_DATE_NOT_FINITE:
			return "tanggal_tidak_sah";
		case JPM_SELESAI_BEFORE_MULAI:
			return "selesai_sebelum_mulai";
		case JPM_SPAN_TOO_LONG:
			return "rentang_terlalu_panjang";
		case JPM_NO_RULE:
			return "aturan_tidak_ada";
	}
	return NULL;
}

/* 32 JP of 45 minutes make 24 hours: the most one day can hold */
#define JANGGAL_JP_PER_DAY_H 3200

/*
 * The current date (CURRENT_DATE: the start of the transaction in the
 * session's time zone), remembered for the timestamp and zone it was
 * computed for: it is a function of the two, and computing it (a time zone
 * conversion) would cost more than the rest of janggal on every row.
 */
static DateADT
janggal_today(void)
{
	static bool valid = false;
	static TimestampTz for_ts;
	static pg_tz *for_tz;
	static DateADT today;
	TimestampTz ts = GetCurrentTransactionStartTimestamp();

	if (!valid || ts != for_ts || session_timezone != for_tz)
	{
		today = GetSQLCurrentDate();
		for_ts = ts;
		for_tz = session_timezone;
		valid = true;
	}
	return today;
}

/*
 * ipasn_jp_janggal_conv: as ipasn_jp_janggal_text, for a record that
 * ipasn_jp_convert has converted (returned true with a kind other than
 * JPK_NULL) into *c: no second conversion.
 */
char *
ipasn_jp_janggal_conv(const JpRecord *rec, const JpConverted *c)
{
	StringInfoData s;
	DateADT		today;
	bool		mulai_future,
				selesai_future;

	s.data = NULL;
	if (!rec->mulai_null && !rec->selesai_null && !c->jumlah_derived)
	{
		int64		days = (int64) rec->selesai - rec->mulai + 1;
		bool		hari = c->rule->satuan == SATUAN_HARI && c->jumlah_h > days * 100;
		bool		kegiatan = c->rule->satuan == SATUAN_KEGIATAN && c->jumlah_h > days * 100;
		bool		jp = c->rule->satuan == SATUAN_JP && c->jumlah_h > days * JANGGAL_JP_PER_DAY_H;

		if (hari || kegiatan || jp)
		{
			char	   *range = psprintf("%s s.d. %s",
										 date_text(false, rec->mulai),
										 date_text(false, rec->selesai));

			initStringInfo(&s);
			if (hari)
				appendStringInfo(&s, "jumlah %s hari lebih dari " INT64_FORMAT " hari tanggalnya (%s): mungkin jam tercatat sebagai hari",
								 jumlah_text(rec), days, range);
			else if (kegiatan)
				appendStringInfo(&s, "jumlah %s kegiatan lebih dari " INT64_FORMAT " hari tanggalnya (%s): mungkin jam tercatat sebagai kegiatan",
								 jumlah_text(rec), days, range);
			else
				appendStringInfo(&s, "jumlah %s JP lebih dari 32 JP per hari untuk " INT64_FORMAT " hari tanggalnya (%s), paling banyak " INT64_FORMAT " JP",
								 jumlah_text(rec), days, range,
								 days * (JANGGAL_JP_PER_DAY_H / 100));
		}
	}

	if (rec->mulai_null && rec->selesai_null)
		return s.data;
	today = janggal_today();
	mulai_future = !rec->mulai_null && rec->mulai > today;
	selesai_future = !rec->selesai_null && rec->selesai > today;
	if (mulai_future || selesai_future)
	{
		if (s.data == NULL)
			initStringInfo(&s);
		else
			appendStringInfoString(&s, "; ");
		if (mulai_future && selesai_future)
			appendStringInfo(&s, "tanggal mulai %s dan selesai %s sesudah hari ini: mungkin salah ketik tahun",
							 date_text(false, rec->mulai), date_text(false, rec->selesai));
		else if (mulai_future)
			appendStringInfo(&s, "tanggal mulai %s sesudah hari ini: mungkin salah ketik tahun",
							 date_text(false, rec->mulai));
		else
			appendStringInfo(&s, "tanggal selesai %s sesudah hari ini: mungkin salah ketik tahun",
							 date_text(false, rec->selesai));
	}
	return s.data;
}

/*
 * ipasn_jp_janggal_text: why a record that jp accepts does not fit its
 * dates, or NULL.  When both dates are given: an amount in days or in
 * activities larger than the days of the dates, an amount in JP larger than
 * 32 JP a day of them; whatever the unit: a date after the current date.
 * A record masalah refuses (bad or incomplete) is NULL here.  Never raises.
 */
char *
ipasn_jp_janggal_text(const JpRecord *rec)
{
	JpConverted c;
	JpMasalah	masalah;

	if (!ipasn_jp_convert(rec, &c, &masalah) || c.kind == JPK_NULL)
		return NULL;
	return ipasn_jp_janggal_conv(rec, &c);
}

/*
 * ipasn.janggal(jalur, lingkup, jumlah, mulai, selesai) -> text: NULL when
 * the record is plausible (or is masalah's), otherwise what does not fit.
 * Never raises on the record's values; never changes jp.
 */
PG_FUNCTION_INFO_V1(ipasn_janggal);
Datum
ipasn_janggal(PG_FUNCTION_ARGS)
{
	JpRecord	rec;
	char	   *text;

	if (!ipasn_jp_args(fcinfo, 0, &rec))
		PG_RETURN_NULL();
	text = ipasn_jp_janggal_text(&rec);
	if (text == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(text));
}

static const char *const kind_name[] = {"tidak_lengkap", "per_kegiatan", "batas_harian", "batas_bulanan"};

static void
json_str(StringInfo s, const char *key, const char *val, bool comma)
{
	if (comma)
		appendStringInfoString(s, ", ");
	escape_json(s, key);
	appendStringInfoString(s, ": ");
	if (val)
		escape_json(s, val);
	else
		appendStringInfoString(s, "null");
}

static void
json_raw(StringInfo s, const char *key, const char *val)
{
	appendStringInfoString(s, ", ");
	escape_json(s, key);
	appendStringInfo(s, ": %s", val);
}

/*
 * ipasn.jp_explain(...) -> jsonb: how jp() reached its number — the rule,
 * the unit, the amount used, each cap that bit.  Never raises on bad data:
 * a bad record shows "masalah" and "jp": null.
 */
PG_FUNCTION_INFO_V1(ipasn_jp_explain);
Datum
ipasn_jp_explain(PG_FUNCTION_ARGS)
{
	JpRecord	rec;
	JpConverted c;
	JpMasalah	masalah;
	StringInfoData s;
	bool		ok;

	if (!ipasn_jp_args(fcinfo, 0, &rec))
		PG_RETURN_NULL();
	ok = ipasn_jp_convert(&rec, &c, &masalah);

	initStringInfo(&s);
	appendStringInfoChar(&s, '{');
	json_str(&s, "jalur", jalur_text(&rec), false);
	json_str(&s, "lingkup", lingkup_text(&rec), true);
	if (rec.jumlah_null)
		json_raw(&s, "jumlah", "null");
	else
	{
		int64		ignored;

		/* NaN and infinities are not JSON numbers: write them as strings */
		if (ipasn_datum_numeric_decode(rec.jumlah, &ignored) == IPASN_NUM_SPECIAL)
			json_str(&s, "jumlah", jumlah_text(&rec), true);
		else
			json_raw(&s, "jumlah", jumlah_text(&rec));
	}
	json_str(&s, "mulai", rec.mulai_null ? NULL : date_text(false, rec.mulai), true);
	json_str(&s, "selesai", rec.selesai_null ? NULL : date_text(false, rec.selesai), true);
	if (c.rule)
	{
		const AturanJp *r = c.rule;

		json_str(&s, "satuan", ipasn_satuan_label[r->satuan], true);
		appendStringInfoString(&s, ", \"aturan\": {");
		json_str(&s, "berlaku_mulai", date_text(false, r->berlaku_mulai), false);
		json_str(&s, "berlaku_sampai", date_text(false, r->berlaku_sampai), true);
		json_raw(&s, "bawaan", r->bawaan ? "true" : "false");
		json_raw(&s, "jp_per_satuan", ipasn_h_to_cstring(r->faktor_h));
		json_raw(&s, "tambahan_persen", psprintf("%d", r->tambahan_persen));
		json_raw(&s, "batas_jp_harian", r->batas_harian_h > 0 ? ipasn_h_to_cstring(r->batas_harian_h) : "null");
		json_raw(&s, "batas_kegiatan_bulanan", r->batas_bulanan > 0 ? psprintf("%d", r->batas_bulanan) : "null");
		appendStringInfoChar(&s, '}');
	}
	if (!ok || c.kind == JPK_NULL)
	{
		json_str(&s, "masalah", ipasn_jp_masalah_text(&rec, &masalah), true);
		json_raw(&s, "jp", "null");
	}
	else
	{
		int64		jp = ipasn_jp_alone(&c);

		json_str(&s, "cara", kind_name[c.kind], true);
		json_raw(&s, "jumlah_dipakai", ipasn_h_to_cstring(c.jumlah_h));
		json_raw(&s, "jumlah_dari_tanggal", c.jumlah_derived ? "true" : "false");
		if (c.kind == JPK_FIXED)
		{
			int64		base = (c.jumlah_h * c.rule->faktor_h + 50) / 100;

			json_raw(&s, "jp_dasar", ipasn_h_to_cstring(base));
			json_raw(&s, "tambahan", ipasn_h_to_cstring(jp - base));
		}
		else if (c.kind == JPK_DAILY)
		{
			int64		capped = daily_alone_h(c.value_h, c.days, c.rule->batas_harian_h);

			json_raw(&s, "jp_dasar", ipasn_h_to_cstring(c.value_h));
			json_raw(&s, "hari", psprintf("%d", c.days));
			json_raw(&s, "terpotong_batas_harian", ipasn_h_to_cstring(c.value_h - capped));
			json_raw(&s, "tambahan", ipasn_h_to_cstring(jp - capped));
		}
		else
		{
			json_raw(&s, "jp_per_kegiatan", ipasn_h_to_cstring(c.value_h));
			json_raw(&s, "kegiatan", psprintf("%d", c.count));
			json_raw(&s, "kegiatan_dihitung", psprintf("%d", Min(c.count, c.rule->batas_bulanan)));
		}
		json_raw(&s, "jp", ipasn_h_to_cstring(jp));
		json_str(&s, "catatan", "per-record caps only: ipasn.jp_total applies the caps across a person's records", true);
	}
	appendStringInfoChar(&s, '}');
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(s.data)));
}
