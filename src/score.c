/*-------------------------------------------------------------------------
 *
 * score.c
 *		IP ASN (PermenPANRB 38/2018, Peraturan BKN 8/2019): the dimension
 *		scores, ipasn.ip_asn and ipasn.saran, under the rule set in force
 *		(ipasn_aturan_skor of rules.c).
 *
 * Every score is fixed point: int64 hundredths, returned as numeric with
 * two decimals (15.00, 22.50).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "ipasn.h"
#include "parse.h"

/*
 * First day of the window of `years` years that ends on as_of (inclusive):
 * the day after the same date `years` earlier, where a 29 February that the
 * earlier year lacks becomes 28 February (date - interval): 2024-02-29 and
 * 1 year -> 2023-03-01.  Infinite dates are returned as they are.
 */
DateADT
ipasn_window_start(DateADT as_of, int years)
{
	int			y,
				m,
				d;

	if (DATE_NOT_FINITE(as_of))
		return as_of;
	j2date(as_of + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	y -= years;
	if (d > day_tab[isleap(y) ? 1 : 0][m - 1])
		d = day_tab[isleap(y) ? 1 : 0][m - 1];
	if (!IS_VALID_JULIAN(y, m, d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range")));
	return date2j(y, m, d) - POSTGRES_EPOCH_JDATE + 1;
}

/* ---------------------------------------------------------------------
 * The dimension scores, in hundredths
 * ---------------------------------------------------------------------
 */

/* kualifikasi by pendidikan */
static const int64 kualifikasi_h[PENDIDIKAN_COUNT] = {
	100, 100, 100,				/* tidak_sekolah, sd, sltp */
	500, 500, 500,				/* slta, d1, d2 */
	1000,						/* d3 */
	1500, 1500,					/* d4, s1 */
	2000,						/* s2 */
	2500						/* s3 */
};

/* leadership level each position requires; -1 none */
static const int syarat_pim[JABATAN_COUNT] = {
	DIKLATPIM_PKN_I, DIKLATPIM_PKN_I, DIKLATPIM_PKN_II,
	DIKLATPIM_PKA, DIKLATPIM_PKP, -1, -1
};

static const char *const nama_pim[DIKLATPIM_COUNT] = {
	"PKP (Pelatihan Kepemimpinan Pengawas)",
	"PKA (Pelatihan Kepemimpinan Administrator)",
	"PKN Tingkat II (Pelatihan Kepemimpinan Nasional)",
	"PKN Tingkat I (Pelatihan Kepemimpinan Nasional)"
};

/* disiplin by hukuman; none = 500 */
static const int64 disiplin_h[HUKUMAN_COUNT] = {300, 200, 100};

#define DISIPLIN_MAX_H 500

/* the parts of kompetensi */
typedef enum KompPart
{
	KOMP_PIM = 0,
	KOMP_FUNGSIONAL,
	KOMP_JP,
	KOMP_SEMINAR,
	KOMP_COUNT
} KompPart;

static const char *const komp_nama[KOMP_COUNT] = {
	"diklat_kepemimpinan", "diklat_fungsional", "jp_teknis", "seminar"
};

/* maximum of each part by position kind */
static void
komp_max(int jabatan, int64 *max)
{
	memset(max, 0, sizeof(int64) * KOMP_COUNT);
	if (jabatan == JABATAN_PELAKSANA)
	{
		max[KOMP_JP] = 2250;
		max[KOMP_SEMINAR] = 1750;
	}
	else
	{
		if (jabatan == JABATAN_FUNGSIONAL)
			max[KOMP_FUNGSIONAL] = 1500;
		else
			max[KOMP_PIM] = 1500;
		max[KOMP_JP] = 1500;
		max[KOMP_SEMINAR] = 1000;
	}
}

/* the inputs of ip_asn and saran, read and checked */
typedef struct Masukan
{
	int			pendidikan;		/* -1 NULL */
	int			jabatan;		/* -1 NULL */
	int			diklatpim;		/* -1 none */
	bool		fungsional;
	int64		jp_h;
	bool		seminar;
	bool		kinerja_null;
	int64		kinerja_h;		/* the kinerja points */
	int64		kinerja_next_h; /* points of the next level up; -1 none */
	char	   *kinerja_next;	/* its action */
	int			hukuman;		/* -1 none */
	const AturanSkor *aturan;
} Masukan;

static char *
numeric_text(Datum d)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out, d));
}

/* jp_teknis: NULL = 0; negative, not finite or more than 2 decimals: 22023 */
static int64
baca_jp_teknis(Datum d)
{
	int64		h = 0;

	switch (ipasn_datum_numeric_decode(d, &h))
	{
		case IPASN_NUM_OK:
			if (h >= 0)
				return h;
			/* FALLTHROUGH */
		case IPASN_NUM_NEG_HUGE:
		case IPASN_NUM_NEG_DECIMALS:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("jp_teknis %s is negative", numeric_text(d)),
					 errhint("Pass the JP of the window, 0 or NULL when none were attended.")));
			break;
		case IPASN_NUM_HUGE:
			return PG_INT64_MAX;	/* above every target */
		case IPASN_NUM_DECIMALS:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("jp_teknis %s has more than two decimals", numeric_text(d)),
					 errhint("JP carry at most two decimals.")));
			break;
		case IPASN_NUM_SPECIAL:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("jp_teknis %s is not a finite number", numeric_text(d)),
					 errhint("Pass the JP of the window, 0 or NULL when none were attended.")));
			break;
	}
	return 0;					/* keep compiler quiet */
}

/*
 * A value 0..100 of any scale, as hundredths for the half-open bands: *exact
 * false means the value lies strictly between *h and *h + 1 hundredth, so
 * value > t (t in hundredths) iff *h >= t.  Outside 0..100: 22023.
 */
static void
baca_0_100(Datum d, int64 *h, bool *exact, const char *what, const char *hint)
{
	*exact = true;
	switch (ipasn_datum_numeric_decode(d, h))
	{
		case IPASN_NUM_OK:
			break;
		case IPASN_NUM_DECIMALS:
		case IPASN_NUM_NEG_DECIMALS:
			{
				Datum		x;

				x = DirectFunctionCall2(numeric_mul, d,
										NumericGetDatum(int64_to_numeric(100)));
				x = DirectFunctionCall1(numeric_floor, x);
				*h = DatumGetInt64(DirectFunctionCall1(numeric_int8, x));
				*exact = false;
			}
			break;
		case IPASN_NUM_HUGE:
			*h = INT64CONST(100000000000000);
			break;
		case IPASN_NUM_NEG_HUGE:
			*h = -INT64CONST(100000000000000);
			break;
		case IPASN_NUM_SPECIAL:
			*h = -1;
			break;
	}
	if (*h < 0 || (*exact ? *h > 10000 : *h >= 10000))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s %s is out of range", what, numeric_text(d)),
				 errhint("%s", hint)));
}

static inline bool
lebih_dari(int64 h, bool exact, int64 t)
{
	return exact ? h > t : h >= t;
}

/* SKP score bands: > 90, > 75, > 60, > 50, otherwise */
static const int64 kinerja_batas_h[] = {9000, 7500, 6000, 5000};
static const int64 kinerja_skor_h[] = {3000, 2500, 1500, 500, 100};

static int
kinerja_band(Datum d)
{
	int64		h;
	bool		exact;
	int			i;

	baca_0_100(d, &h, &exact, "SKP score",
			   "An SKP score lies between 0 and 100; pass an SKP predicate as text, and a SIASN predicate code through ipasn.predikat_siasn().");
	for (i = 0; i < (int) lengthof(kinerja_batas_h); i++)
		if (lebih_dari(h, exact, kinerja_batas_h[i]))
			return i;
	return lengthof(kinerja_batas_h);
}

/*
 * A predicate of the earlier appraisals only: PP 46/2011's cukup and buruk,
 * DP3's amat baik (PP 10/1979).  Read and scored, never suggested.
 */
bool
ipasn_predikat_lama(const char *kunci)
{
	return strcmp(kunci, "cukup") == 0 || strcmp(kunci, "buruk") == 0 ||
		strcmp(kunci, "amatbaik") == 0;
}

/* the predicate of rule set a whose key is kunci (ipasn_predikat_kunci), or NULL */
static const Predikat *
predikat_kunci(const AturanSkor *a, const char *kunci)
{
	int			i;

	if (kunci[0] == '\0')
		return NULL;
	for (i = 0; i < a->n_predikat; i++)
		if (strcmp(kunci, a->predikat[i].kunci) == 0)
			return &a->predikat[i];
	return NULL;
}

/*
 * The predicate of a text in rule set a, never raising: an agency's
 * spelling in ipasn.sinonim (tipe ipasn.predikat) first, then the predicates
 * of the rule set (ipasn.aturan_kinerja: PermenPANRB 6/2022, PP 46/2011's
 * cukup and buruk, DP3's amat baik), case, spaces and punctuation ignored.
 * NULL for unknown text.
 */
static const Predikat *
baca_predikat(const AturanSkor *a, const char *s, int len)
{
	char	   *key = ipasn_normalize_text(s, len);
	const char *label;
	char	   *raw;

	if (key[0] != '\0' && strlen(key) <= IPASN_KEY_MAX &&
		(label = ipasn_sinonim_predikat(key)) != NULL)
		return predikat_kunci(a, ipasn_predikat_kunci(label));
	raw = pnstrdup(s, len);
	return predikat_kunci(a, ipasn_predikat_kunci(raw));
}

/* the 22P02 error of an unknown predicate */
static void
predikat_error(const AturanSkor *a, const char *raw) pg_attribute_noreturn();

static void
predikat_error(const AturanSkor *a, const char *raw)
{
	StringInfoData daftar;
	int			i;

	initStringInfo(&daftar);
	for (i = 0; i < a->n_predikat; i++)
		appendStringInfo(&daftar, "%s%s", i ? ", " : "", a->predikat[i].teks);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("unknown SKP predicate \"%s\"", raw),
			 errhint("Rule set \"%s\" accepts: %s (case, spaces and punctuation are ignored), and an agency's spellings in table sinonim (tipe predikat); SIASN's predicate codes go through predikat_siasn.",
					 a->nama, a->n_predikat ? daftar.data : "no predicate")));
	pg_unreachable();
}

/* the predicate of a text in rule set a, or raise 22P02 */
static const Predikat *
cari_predikat(const AturanSkor *a, text *t)
{
	const Predikat *p = baca_predikat(a, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));

	if (p == NULL)
		predikat_error(a, text_to_cstring(t));
	return p;
}

/* Indonesian decimal comma (fixed.c) */
#define angka_id(h) ipasn_h_to_cstring_id(h)

/* read the 8 inputs of ip_asn / saran (kinerja at argument 6) */
static void
baca_masukan(FunctionCallInfo fcinfo, bool kinerja_teks, Masukan *m)
{
	memset(m, 0, sizeof(*m));
	m->aturan = ipasn_aturan_skor();
	m->pendidikan = PG_ARGISNULL(0) ? -1 :
		ipasn_enum_index(IPASN_ENUM_PENDIDIKAN, PG_GETARG_OID(0));
	m->jabatan = PG_ARGISNULL(1) ? -1 :
		ipasn_enum_index(IPASN_ENUM_JABATAN, PG_GETARG_OID(1));
	m->diklatpim = PG_ARGISNULL(2) ? -1 :
		ipasn_enum_index(IPASN_ENUM_DIKLATPIM, PG_GETARG_OID(2));
	m->fungsional = !PG_ARGISNULL(3) && PG_GETARG_BOOL(3);
	m->jp_h = PG_ARGISNULL(4) ? 0 : baca_jp_teknis(PG_GETARG_DATUM(4));
	m->seminar = !PG_ARGISNULL(5) && PG_GETARG_BOOL(5);
	m->hukuman = PG_ARGISNULL(7) ? -1 :
		ipasn_enum_index(IPASN_ENUM_HUKUMAN, PG_GETARG_OID(7));
	m->kinerja_next_h = -1;
	m->kinerja_null = PG_ARGISNULL(6);
	if (m->kinerja_null)
		return;
	if (kinerja_teks)
	{
		const AturanSkor *a = m->aturan;
		const Predikat *p = cari_predikat(a, PG_GETARG_TEXT_PP(6));
		int			i;
		const Predikat *next = NULL;

		m->kinerja_h = p->skor_h;
		/*
		 * the predicate with the fewest points above these; never one of
		 * the earlier appraisals (PP 46/2011, DP3): today's SKP does not
		 * give them
		 */
		for (i = 0; i < a->n_predikat; i++)
			if (a->predikat[i].skor_h > p->skor_h &&
				!ipasn_predikat_lama(a->predikat[i].kunci) &&
				(next == NULL || a->predikat[i].skor_h < next->skor_h))
				next = &a->predikat[i];
		if (next)
		{
			m->kinerja_next_h = next->skor_h;
			m->kinerja_next = psprintf("tingkatkan predikat kinerja (SKP) menjadi \"%s\"",
									   next->teks);
		}
	}
	else
	{
		int			band = kinerja_band(PG_GETARG_DATUM(6));

		m->kinerja_h = kinerja_skor_h[band];
		if (band > 0)
		{
			m->kinerja_next_h = kinerja_skor_h[band - 1];
			m->kinerja_next = psprintf("tingkatkan nilai kinerja (SKP) menjadi di atas %s",
									   angka_id(kinerja_batas_h[band - 1]));
		}
	}
}

/* the parts of kompetensi earned */
static int64
kompetensi_h(const Masukan *m, int64 *part)
{
	int64		max[KOMP_COUNT];
	int64		sum = 0;
	int			i;

	komp_max(m->jabatan, max);
	memset(part, 0, sizeof(int64) * KOMP_COUNT);
	if (syarat_pim[m->jabatan] >= 0 && m->diklatpim >= syarat_pim[m->jabatan])
		part[KOMP_PIM] = max[KOMP_PIM];
	if (m->fungsional)
		part[KOMP_FUNGSIONAL] = max[KOMP_FUNGSIONAL];
	if (m->jp_h >= m->aturan->target_jp_h)
		part[KOMP_JP] = max[KOMP_JP];
	if (m->seminar)
		part[KOMP_SEMINAR] = max[KOMP_SEMINAR];
	for (i = 0; i < KOMP_COUNT; i++)
		sum += part[i];
	return sum;
}

static int
kategori_index(int64 h, bool exact)
{
	if (lebih_dari(h, exact, 9000))
		return KATEGORI_SANGAT_TINGGI;
	if (lebih_dari(h, exact, 8000))
		return KATEGORI_TINGGI;
	if (lebih_dari(h, exact, 7000))
		return KATEGORI_SEDANG;
	if (lebih_dari(h, exact, 6000))
		return KATEGORI_RENDAH;
	return KATEGORI_SANGAT_RENDAH;
}

/* ---------------------------------------------------------------------
 * SQL-callable functions
 * ---------------------------------------------------------------------
 */

/*
 * ipasn.skor_kualifikasi(pendidikan) -> numeric: s3 25, s2 20, s1/d4 15,
 * d3 10, d2/d1/slta 5, below 1.
 */
PG_FUNCTION_INFO_V1(ipasn_skor_kualifikasi);
Datum
ipasn_skor_kualifikasi(PG_FUNCTION_ARGS)
{
	int			p = ipasn_enum_index(IPASN_ENUM_PENDIDIKAN, PG_GETARG_OID(0));

	PG_RETURN_DATUM(ipasn_h_to_numeric(kualifikasi_h[p]));
}

/*
 * ipasn.skor_kompetensi(jabatan, diklatpim, fungsional, jp_teknis, seminar)
 * -> numeric (max 40).  Not STRICT: NULL diklatpim = none, NULL fungsional
 * or seminar = not attended, NULL jp_teknis = 0; NULL jabatan -> NULL.
 */
PG_FUNCTION_INFO_V1(ipasn_skor_kompetensi);
Datum
ipasn_skor_kompetensi(PG_FUNCTION_ARGS)
{
	Masukan		m;
	int64		part[KOMP_COUNT];

	memset(&m, 0, sizeof(m));
	m.aturan = ipasn_aturan_skor();
	m.diklatpim = PG_ARGISNULL(1) ? -1 :
		ipasn_enum_index(IPASN_ENUM_DIKLATPIM, PG_GETARG_OID(1));
	m.fungsional = !PG_ARGISNULL(2) && PG_GETARG_BOOL(2);
	m.jp_h = PG_ARGISNULL(3) ? 0 : baca_jp_teknis(PG_GETARG_DATUM(3));
	m.seminar = !PG_ARGISNULL(4) && PG_GETARG_BOOL(4);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	m.jabatan = ipasn_enum_index(IPASN_ENUM_JABATAN, PG_GETARG_OID(0));
	PG_RETURN_DATUM(ipasn_h_to_numeric(kompetensi_h(&m, part)));
}

/*
 * ipasn.skor_kinerja(numeric) -> numeric: > 90 30, > 75 25, > 60 15, > 50 5,
 * otherwise 1; outside 0..100 is 22023.
 */
PG_FUNCTION_INFO_V1(ipasn_skor_kinerja_nilai);
Datum
ipasn_skor_kinerja_nilai(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(ipasn_h_to_numeric(kinerja_skor_h[kinerja_band(PG_GETARG_DATUM(0))]));
}

/*
 * ipasn.skor_kinerja(text) -> numeric: the points of an SKP predicate in the
 * rule set in force; unknown predicate is 22P02.
 */
PG_FUNCTION_INFO_V1(ipasn_skor_kinerja_predikat);
Datum
ipasn_skor_kinerja_predikat(PG_FUNCTION_ARGS)
{
	const Predikat *p = cari_predikat(ipasn_aturan_skor(), PG_GETARG_TEXT_PP(0));

	PG_RETURN_DATUM(ipasn_h_to_numeric(p->skor_h));
}

/*
 * ipasn.teks_predikat(text) -> text: an SKP predicate as a table holds it,
 * read as skor_kinerja(text) takes it (the predicate as the rule set in
 * force writes it): no value ("", "-", "n/a", ...) is NULL; ipasn.sinonim
 * first; unknown text raises 22P02.
 */
PG_FUNCTION_INFO_V1(ipasn_teks_predikat);
Datum
ipasn_teks_predikat(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const AturanSkor *a;
	const Predikat *p;

	if (ipasn_text_is_none(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)))
		PG_RETURN_NULL();
	a = ipasn_aturan_skor();
	p = cari_predikat(a, t);
	PG_RETURN_TEXT_P(cstring_to_text(p->teks));
}

/* ipasn.teks_predikat_or_null(text) -> text: as teks_predikat, NULL for unknown text */
PG_FUNCTION_INFO_V1(ipasn_teks_predikat_or_null);
Datum
ipasn_teks_predikat_or_null(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const Predikat *p;

	if (ipasn_text_is_none(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)))
		PG_RETURN_NULL();
	p = baca_predikat(ipasn_aturan_skor(), VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	if (p == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(p->teks));
}

/*
 * ipasn.skor_disiplin(hukuman) -> numeric: NULL (none) 5, ringan 3, sedang 2,
 * berat 1.  Not STRICT.
 */
PG_FUNCTION_INFO_V1(ipasn_skor_disiplin);
Datum
ipasn_skor_disiplin(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_DATUM(ipasn_h_to_numeric(DISIPLIN_MAX_H));
	PG_RETURN_DATUM(ipasn_h_to_numeric(disiplin_h[ipasn_enum_index(IPASN_ENUM_HUKUMAN,
																   PG_GETARG_OID(0))]));
}

/*
 * ipasn.kategori(numeric) -> ipasn.kategori: > 90 sangat_tinggi, > 80
 * tinggi, > 70 sedang, > 60 rendah, otherwise sangat_rendah.
 */
PG_FUNCTION_INFO_V1(ipasn_kategori);
Datum
ipasn_kategori(PG_FUNCTION_ARGS)
{
	int64		h;
	bool		exact;

	baca_0_100(PG_GETARG_DATUM(0), &h, &exact, "value",
			   "A category is given to a value from 0 to 100: an IP ASN total, or a dimension on a 0-100 scale.");
	PG_RETURN_OID(ipasn_enum_oid(IPASN_ENUM_KATEGORI, kategori_index(h, exact)));
}

static Datum
ip_asn_common(FunctionCallInfo fcinfo, bool kinerja_teks)
{
	TupleDesc	tupdesc;
	Masukan		m;
	Datum		values[6];
	bool		nulls[6];
	int64		part[KOMP_COUNT];
	int64		dim[4];
	bool		dim_null[4];
	int64		total = 0;
	bool		total_null = false;
	int			i;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);

	baca_masukan(fcinfo, kinerja_teks, &m);

	dim_null[0] = m.pendidikan < 0;
	dim[0] = dim_null[0] ? 0 : kualifikasi_h[m.pendidikan];
	dim_null[1] = m.jabatan < 0;
	dim[1] = dim_null[1] ? 0 : kompetensi_h(&m, part);
	dim_null[2] = m.kinerja_null;
	dim[2] = m.kinerja_h;
	dim_null[3] = false;
	dim[3] = m.hukuman < 0 ? DISIPLIN_MAX_H : disiplin_h[m.hukuman];

	for (i = 0; i < 4; i++)
	{
		nulls[i] = dim_null[i];
		values[i] = dim_null[i] ? (Datum) 0 : ipasn_h_to_numeric(dim[i]);
		total += dim[i];
		total_null |= dim_null[i];
	}
	nulls[4] = nulls[5] = total_null;
	values[4] = total_null ? (Datum) 0 : ipasn_h_to_numeric(total);
	values[5] = total_null ? (Datum) 0 :
		ObjectIdGetDatum(ipasn_enum_oid(IPASN_ENUM_KATEGORI, kategori_index(total, true)));

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/*
 * ipasn.ip_asn(pendidikan, jabatan, diklatpim, fungsional, jp_teknis,
 * seminar, kinerja numeric, hukuman) -> ipasn.hasil.  Not STRICT.
 */
PG_FUNCTION_INFO_V1(ipasn_ip_asn_nilai);
Datum
ipasn_ip_asn_nilai(PG_FUNCTION_ARGS)
{
	return ip_asn_common(fcinfo, false);
}

/*
 * ipasn.ip_asn(..., kinerja text, hukuman) -> ipasn.hasil: kinerja as the
 * SKP predicate.
 */
PG_FUNCTION_INFO_V1(ipasn_ip_asn_predikat);
Datum
ipasn_ip_asn_predikat(PG_FUNCTION_ARGS)
{
	return ip_asn_common(fcinfo, true);
}

/* a row of saran */
typedef struct Saran
{
	const char *komponen;
	int64		tambahan_h;		/* -1: NULL (data missing) */
	char	   *tindakan;
} Saran;

static int
saran_cmp(const void *a, const void *b)
{
	const Saran *sa = (const Saran *) a;
	const Saran *sb = (const Saran *) b;

	if (sa->tambahan_h != sb->tambahan_h)
	{
		/* most points first, NULL last */
		if (sa->tambahan_h < 0 || sb->tambahan_h < 0)
			return sa->tambahan_h < 0 ? 1 : -1;
		return sa->tambahan_h > sb->tambahan_h ? -1 : 1;
	}
	return strcmp(sa->komponen, sb->komponen);
}

/* next kualifikasi level up: its name; the points come from the table */
static int
pendidikan_berikut(int p, const char **nama)
{
	if (p < PENDIDIKAN_SLTA)
	{
		*nama = "SLTA";
		return PENDIDIKAN_SLTA;
	}
	if (p < PENDIDIKAN_D3)
	{
		*nama = "D3";
		return PENDIDIKAN_D3;
	}
	if (p < PENDIDIKAN_D4)
	{
		*nama = "S1/D4";
		return PENDIDIKAN_S1;
	}
	if (p < PENDIDIKAN_S2)
	{
		*nama = "S2";
		return PENDIDIKAN_S2;
	}
	*nama = "S3";
	return PENDIDIKAN_S3;
}

/* a jalur as the advice names it: words, not its SQL label */
static const char *
jalur_nama(int jalur)
{
	switch (jalur)
	{
		case JALUR_E_LEARNING:
			return "e-learning";
		case JALUR_BIMTEK:
			return "bimbingan teknis";
		case JALUR_KLASIKAL_LAINNYA:
			return "pembelajaran klasikal lainnya";
		case JALUR_NONKLASIKAL_LAINNYA:
			return "pembelajaran nonklasikal lainnya";
		default:
			{
				char	   *n = pstrdup(ipasn_enum_label(IPASN_ENUM_JALUR, jalur));
				char	   *c;

				for (c = n; *c; c++)
					if (*c == '_')
						*c = ' ';
				return n;
			}
	}
}

/* "a", "a atau b", "a, b atau c" */
static void
append_daftar(StringInfo s, const int *jalur, int n)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		if (i > 0)
			appendStringInfoString(s, i == n - 1 ? " atau " : ", ");
		appendStringInfoString(s, jalur_nama(jalur[i]));
	}
}

/*
 * The activity that the rule set in force counts toward the JP component
 * (aturan_komponen, komponen 'jp'): "pengembangan kompetensi" where every
 * jalur but pendidikan counts (PP 11/2017 art. 203, the default rule set);
 * the jalur by name where at most three count ("pelatihan teknis" under
 * SIASN's mapping); otherwise "pengembangan kompetensi" without the few
 * that do not count, or with the number of jalur that count.
 */
static char *
kegiatan_jp(const AturanSkor *a)
{
	int			ya[JALUR_COUNT],
				tidak[JALUR_COUNT];
	int			nya = 0,
				ntidak = 0,
				j;
	StringInfoData s;

	for (j = 0; j < JALUR_COUNT; j++)
	{
		if (a->komponen_jp[j])
			ya[nya++] = j;
		else if (j != JALUR_PENDIDIKAN)
			tidak[ntidak++] = j;
	}
	initStringInfo(&s);
	if (nya == 0)
		appendStringInfoString(&s, "pengembangan kompetensi (aturan yang berlaku tidak menghitung jalur apa pun)");
	else if (ntidak == 0)
		appendStringInfoString(&s, "pengembangan kompetensi");
	else if (nya <= 3)
		append_daftar(&s, ya, nya);
	else if (ntidak <= 3)
	{
		appendStringInfoString(&s, "pengembangan kompetensi selain ");
		append_daftar(&s, tidak, ntidak);
	}
	else
		appendStringInfo(&s, "pengembangan kompetensi yang dihitung aturan yang berlaku (%d jalur)", nya);
	return s.data;
}

/* what to do for a part of kompetensi not earned */
static char *
saran_tindakan_kompetensi(const Masukan *m, KompPart part)
{
	const AturanSkor *a = m->aturan;

	switch (part)
	{
		case KOMP_PIM:
			return psprintf("ikuti %s", nama_pim[syarat_pim[m->jabatan]]);
		case KOMP_FUNGSIONAL:
			return pstrdup("ikuti pelatihan fungsional sesuai jabatan fungsional");
		case KOMP_JP:
			if (m->jp_h > 0)
				return psprintf("ikuti %s %s JP lagi (target %s JP dalam %d tahun terakhir)",
								kegiatan_jp(a),
								angka_id(a->target_jp_h - m->jp_h),
								angka_id(a->target_jp_h), a->jendela_jp_tahun);
			return psprintf("ikuti %s %s JP (target %s JP dalam %d tahun terakhir)",
							kegiatan_jp(a),
							angka_id(a->target_jp_h),
							angka_id(a->target_jp_h), a->jendela_jp_tahun);
		case KOMP_SEMINAR:
			return psprintf("ikuti seminar/workshop (minimal 1 kegiatan dalam %d tahun terakhir)",
							a->jendela_seminar_tahun);
		case KOMP_COUNT:
			break;
	}
	return NULL;
}

/* the saran rows of kompetensi: each part not earned, from rows[n] */
static int
saran_kompetensi(const Masukan *m, Saran *rows, int n)
{
	int64		part[KOMP_COUNT];
	int64		max[KOMP_COUNT];
	int			i;

	if (m->jabatan < 0)
	{
		rows[n].komponen = "kompetensi";
		rows[n].tambahan_h = -1;
		rows[n++].tindakan = "lengkapi data jabatan";
		return n;
	}
	kompetensi_h(m, part);
	komp_max(m->jabatan, max);
	for (i = 0; i < KOMP_COUNT; i++)
	{
		if (part[i] >= max[i])
			continue;
		rows[n].komponen = komp_nama[i];
		rows[n].tambahan_h = max[i] - part[i];
		rows[n].tindakan = saran_tindakan_kompetensi(m, (KompPart) i);
		n++;
	}
	return n;
}

static Datum
saran_common(FunctionCallInfo fcinfo, bool kinerja_teks)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Masukan		m;
	Saran		rows[KOMP_COUNT + 4];
	int			n = 0;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	baca_masukan(fcinfo, kinerja_teks, &m);

	/* kualifikasi: the next level up */
	if (m.pendidikan < 0)
	{
		rows[n].komponen = "kualifikasi";
		rows[n].tambahan_h = -1;
		rows[n++].tindakan = "lengkapi data pendidikan terakhir";
	}
	else if (m.pendidikan < PENDIDIKAN_S3)
	{
		const char *nama;
		int			next = pendidikan_berikut(m.pendidikan, &nama);

		rows[n].komponen = "kualifikasi";
		rows[n].tambahan_h = kualifikasi_h[next] - kualifikasi_h[m.pendidikan];
		rows[n++].tindakan = psprintf("tingkatkan kualifikasi pendidikan ke %s", nama);
	}

	n = saran_kompetensi(&m, rows, n);

	/* kinerja: the next band or predicate up */
	if (m.kinerja_null)
	{
		rows[n].komponen = "kinerja";
		rows[n].tambahan_h = -1;
		rows[n++].tindakan = "lengkapi data kinerja (nilai atau predikat SKP)";
	}
	else if (m.kinerja_next_h > m.kinerja_h)
	{
		rows[n].komponen = "kinerja";
		rows[n].tambahan_h = m.kinerja_next_h - m.kinerja_h;
		rows[n++].tindakan = m.kinerja_next;
	}

	/* disiplin: nothing to do but wait for the window to pass */
	if (m.hukuman >= 0)
	{
		rows[n].komponen = "disiplin";
		rows[n].tambahan_h = DISIPLIN_MAX_H - disiplin_h[m.hukuman];
		rows[n++].tindakan =
			psprintf("hindari hukuman disiplin baru; skor disiplin kembali 5 setelah hukuman berumur lebih dari %d tahun",
					 m.aturan->jendela_hukuman_tahun);
	}

	qsort(rows, n, sizeof(Saran), saran_cmp);
	for (i = 0; i < n; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		values[0] = CStringGetTextDatum(rows[i].komponen);
		if (rows[i].tambahan_h < 0)
		{
			nulls[1] = true;
			values[1] = (Datum) 0;
		}
		else
			values[1] = ipasn_h_to_numeric(rows[i].tambahan_h);
		values[2] = CStringGetTextDatum(rows[i].tindakan);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/*
 * ipasn.saran(..., kinerja numeric, hukuman) -> SETOF (komponen, tambahan,
 * tindakan): what to do next, most points first.
 */
PG_FUNCTION_INFO_V1(ipasn_saran_nilai);
Datum
ipasn_saran_nilai(PG_FUNCTION_ARGS)
{
	return saran_common(fcinfo, false);
}

/* ipasn.saran(..., kinerja text, hukuman): kinerja as the SKP predicate */
PG_FUNCTION_INFO_V1(ipasn_saran_predikat);
Datum
ipasn_saran_predikat(PG_FUNCTION_ARGS)
{
	return saran_common(fcinfo, true);
}
