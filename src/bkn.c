/*-------------------------------------------------------------------------
 *
 * bkn.c
 *		BKN's IP ASN figures read back into parts (Peraturan BKN 8/2019,
 *		PermenPANRB 38/2018): ipasn.angka_bkn, ipasn.nilai_bkn and
 *		ipasn.rekonsiliasi.
 *
 * BKN hands out an employee's IP ASN as four dimension totals and a total
 * (SIASN's web service GET /pns/nilaiipasn/{nip}, or a CSV export with
 * decimal commas).  Each dimension is a sum of discrete parts, so a figure
 * says which parts BKN counted.  rekonsiliasi asks score.c (through its
 * SQL-callable functions, under the rule set in force) what each part is
 * worth, so that the rules are written once: the reading can never drift
 * from ipasn.ip_asn.
 *
 * Every figure is fixed point: int64 hundredths, numeric with two decimals.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/jsonb.h"
#include "utils/tuplestore.h"

#include "ipasn.h"

/* score.c's SQL-callable functions: the only source of the points */
extern PGDLLEXPORT Datum ipasn_skor_kualifikasi(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum ipasn_skor_kompetensi(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum ipasn_skor_kinerja_predikat(PG_FUNCTION_ARGS);
extern PGDLLEXPORT Datum ipasn_skor_disiplin(PG_FUNCTION_ARGS);

/* the four dimensions, in the order of ipasn.nilai_bkn */
enum
{
	DIM_KUALIFIKASI = 0,
	DIM_KOMPETENSI,
	DIM_KINERJA,
	DIM_DISIPLIN,
	DIM_COUNT
};

static const char *const dim_nama[DIM_COUNT] = {
	"kualifikasi", "kompetensi", "kinerja", "disiplin"
};

/* maximum of each dimension (PermenPANRB 38/2018: 25 + 40 + 30 + 5) */
static const int64 dim_max_h[DIM_COUNT] = {2500, 4000, 3000, 500};

/* ---------------------------------------------------------------------
 * ipasn.angka_bkn(text)
 * ---------------------------------------------------------------------
 */

#define ANGKA_BKN_HINT \
	"A BKN figure is written with digits and at most two decimals after a comma or a point (\"36,5\", \"36.50\", \"25\"); blank or \"-\" means no figure. Thousands separators are not read: BKN's figures are at most 100."

/* a value quoted in a message: its first 100 bytes, whole characters */
static char *
kutip(const char *s, int len)
{
	int			n = len;

	if (n > 100)
		n = pg_mbcliplen(s, len, 100);
	return psprintf("%.*s%s", n, s, n < len ? "..." : "");
}

static bool
is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * Parse a BKN number.  Returns false for blank or "-" (no figure); raises
 * 22P02 for anything but digits with at most one decimal separator (comma
 * or point) followed by one or two digits.  Spaces (also U+00A0, which
 * spreadsheets write) around the figure are ignored.
 */
static bool
angka_bkn_h(const char *s, int len, int64 *h)
{
	const char *p = s;
	const char *end = s + len;
	int64		ip = 0;
	int			nint = 0;
	int			nfrac = 0;
	int			frac = 0;
	const char *detail = NULL;

	for (;;)
	{
		if (p < end && is_blank((unsigned char) *p))
			p++;
		else if (end - p >= 2 && (unsigned char) p[0] == 0xC2 && (unsigned char) p[1] == 0xA0)
			p += 2;
		else
			break;
	}
	for (;;)
	{
		if (end > p && is_blank((unsigned char) end[-1]))
			end--;
		else if (end - p >= 2 && (unsigned char) end[-2] == 0xC2 && (unsigned char) end[-1] == 0xA0)
			end -= 2;
		else
			break;
	}
	if (p == end || (end - p == 1 && *p == '-'))
		return false;

	while (p < end && *p >= '0' && *p <= '9')
	{
		if (nint < 12)
			ip = ip * 10 + (*p - '0');
		nint++;
		p++;
	}
	if (nint == 0)
		detail = "A BKN figure starts with a digit (BKN's figures are never negative).";
	else if (nint > 12)
		detail = "The figure has too many digits.";
	else if (p < end && (*p == ',' || *p == '.'))
	{
		p++;
		while (p < end && *p >= '0' && *p <= '9')
		{
			if (nfrac < 2)
				frac = frac * 10 + (*p - '0');
			nfrac++;
			p++;
		}
		if (nfrac == 0)
			detail = "A decimal separator must be followed by a digit.";
		else if (nfrac > 2)
			detail = psprintf("%d digits follow the separator: a BKN figure has at most two decimals, and a thousands separator is not read.",
							  nfrac);
		else if (p < end)
			detail = "Only one decimal separator is allowed, and nothing may follow the figure.";
	}
	else if (p < end)
		detail = "Only digits and one decimal separator (a comma or a point) are allowed.";

	if (detail)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for a BKN figure: \"%s\"",
						kutip(s, len)),
				 errdetail("%s", detail),
				 errhint(ANGKA_BKN_HINT)));

	if (nfrac == 1)
		frac *= 10;
	*h = ip * 100 + frac;
	return true;
}

/*
 * ipasn.angka_bkn(text) -> numeric: a BKN figure as written ("36,5",
 * "36.50", " 25 ") with two decimals; blank or "-" -> NULL; else 22P02.
 */
PG_FUNCTION_INFO_V1(ipasn_angka_bkn);
Datum
ipasn_angka_bkn(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int64		h;

	if (!angka_bkn_h(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &h))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(ipasn_h_to_numeric(h));
}

/* ---------------------------------------------------------------------
 * ipasn.nilai_bkn(jsonb)
 * ---------------------------------------------------------------------
 */

/* a BKN figure as numeric: in hundredths, or 22023 */
static int64
figure_h(Datum num, const char *what)
{
	int64		h = 0;
	IpasnNumStatus st = ipasn_datum_numeric_decode(num, &h);

	if (st == IPASN_NUM_DECIMALS || st == IPASN_NUM_NEG_DECIMALS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("BKN %s %s has more than two decimals", what,
						DatumGetCString(DirectFunctionCall1(numeric_out, num))),
				 errhint("BKN's figures carry at most two decimals.")));
	if (st != IPASN_NUM_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("BKN %s %s is out of range", what,
						DatumGetCString(DirectFunctionCall1(numeric_out, num))),
				 errhint("BKN's figures lie between 0 and 100 (PermenPANRB 38/2018: kualifikasi 25, kompetensi 40, kinerja 30, disiplin 5, total 100).")));
	return h;
}

/*
 * Check a set of BKN figures (NULL = no figure): each dimension within its
 * range, the total within 0..100 and, when all five are given, the sum of
 * the four.  22023 otherwise.
 */
static void
periksa_nilai(const int64 *dim, const bool *dim_null, int64 total, bool total_null)
{
	int64		sum = 0;
	bool		lengkap = true;
	int			i;

	for (i = 0; i < DIM_COUNT; i++)
	{
		if (dim_null[i])
		{
			lengkap = false;
			continue;
		}
		if (dim[i] < 0 || dim[i] > dim_max_h[i])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("BKN %s %s is out of range", dim_nama[i],
							ipasn_h_to_cstring(dim[i])),
					 errhint("BKN's %s lies between 0 and " INT64_FORMAT " (PermenPANRB 38/2018: kualifikasi 25, kompetensi 40, kinerja 30, disiplin 5).",
							 dim_nama[i], dim_max_h[i] / 100)));
		sum += dim[i];
	}
	if (total_null)
		return;
	if (total < 0 || total > 10000)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("BKN total %s is out of range", ipasn_h_to_cstring(total)),
				 errhint("An IP ASN total lies between 0 and 100 (PermenPANRB 38/2018).")));
	if (lengkap && total != sum)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("BKN total %s is not the sum of the four dimensions (%s)",
						ipasn_h_to_cstring(total), ipasn_h_to_cstring(sum)),
				 errdetail("The four add up to %s + %s + %s + %s = %s (kualifikasi, kompetensi, kinerja, disiplin).",
						   ipasn_h_to_cstring(dim[0]), ipasn_h_to_cstring(dim[1]),
						   ipasn_h_to_cstring(dim[2]), ipasn_h_to_cstring(dim[3]),
						   ipasn_h_to_cstring(sum)),
				 errhint("Check the row against BKN's export: IP ASN is kualifikasi + kompetensi + kinerja + disiplin (PermenPANRB 38/2018).")));
}

#define NILAI_BKN_HINT \
	"Pass the answer of SIASN's GET /pns/nilaiipasn/{nip} whole ({\"success\": true, \"data\": {...}}) or its data object, with the keys kualifikasi, kompetensi, kinerja, disiplin, subtotal and created_at."

static const char *
jbv_type_name(const JsonbValue *v)
{
	switch (v->type)
	{
		case jbvNull:
			return "null";
		case jbvString:
			return "a string";
		case jbvNumeric:
			return "a number";
		case jbvBool:
			return "a boolean";
		case jbvBinary:
			return JsonContainerIsArray(v->val.binary.data) ? "an array" : "an object";
		default:
			return "an array";
	}
}

/* a member of an object, or NULL when absent */
static JsonbValue *
anggota(JsonbContainer *c, const char *key, JsonbValue *buf)
{
	return getKeyJsonValueFromContainer(c, key, strlen(key), buf);
}

/* a figure of the answer: false when null, blank or "-" */
static bool
baca_angka(JsonbContainer *c, const char *key, const char *what, int64 *h)
{
	JsonbValue	buf;
	JsonbValue *v = anggota(c, key, &buf);

	if (v == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_SQL_JSON_MEMBER_NOT_FOUND),
				 errmsg("BKN answer has no \"%s\"", key),
				 errhint(NILAI_BKN_HINT)));
	switch (v->type)
	{
		case jbvNull:
			return false;
		case jbvString:
			return angka_bkn_h(v->val.string.val, v->val.string.len, h);
		case jbvNumeric:
			*h = figure_h(NumericGetDatum(v->val.numeric), what);
			return true;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_NON_NUMERIC_SQL_JSON_ITEM),
					 errmsg("BKN answer's \"%s\" is %s", key, jbv_type_name(v)),
					 errhint("BKN's figures are strings (\"36,5\", \"36.50\") or numbers; null, blank or \"-\" means no figure.")));
	}
	return false;				/* keep compiler quiet */
}

/*
 * created_at: the date as written (its first ten characters, YYYY-MM-DD),
 * whatever time and zone follow; false when absent, null or blank.
 */
static bool
baca_tanggal(JsonbContainer *c, DateADT *d)
{
	JsonbValue	buf;
	JsonbValue *v = anggota(c, "created_at", &buf);
	const char *s;
	int			len;
	int			y,
				m,
				dd,
				i;
	char		tail;

	if (v == NULL || v->type == jbvNull)
		return false;
	if (v->type != jbvString)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				 errmsg("BKN answer's \"created_at\" is %s", jbv_type_name(v)),
				 errhint("Give created_at as a string that starts with the date, e.g. \"2024-03-05 10:11:12\" or \"2024-03-05T03:11:12.000000Z\".")));
	s = v->val.string.val;
	len = v->val.string.len;
	while (len > 0 && is_blank((unsigned char) *s))
		s++, len--;
	if (len == 0)
		return false;
	/* exactly YYYY-MM-DD: sscanf alone would take "+202", " 3" or "-001" */
	for (i = 0; i < 10 && i < len; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : !isdigit((unsigned char) s[i]))
			break;
	if (len < 10 || i < 10 ||
		sscanf(pnstrdup(s, 10), "%4d-%2d-%2d%c", &y, &m, &dd, &tail) != 3 ||
		(len > 10 && s[10] != ' ' && s[10] != 'T' && s[10] != 't') ||
		y < 1 || m < 1 || m > 12 || dd < 1 || dd > day_tab[isleap(y) ? 1 : 0][m - 1] ||
		!IS_VALID_JULIAN(y, m, dd))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				 errmsg("invalid BKN created_at: \"%s\"", kutip(v->val.string.val, v->val.string.len)),
				 errhint("Give created_at as a string that starts with the date, e.g. \"2024-03-05 10:11:12\" or \"2024-03-05T03:11:12.000000Z\"; its date is taken as written.")));
	*d = date2j(y, m, dd) - POSTGRES_EPOCH_JDATE;
	return true;
}

/*
 * ipasn.nilai_bkn(jsonb) -> ipasn.nilai_bkn: SIASN's answer whole or its
 * data object.  "data": null gives NULL; "success": false raises 22023.
 */
PG_FUNCTION_INFO_V1(ipasn_nilai_bkn);
Datum
ipasn_nilai_bkn(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	JsonbContainer *c = &jb->root;
	JsonbValue	buf;
	JsonbValue *v;
	TupleDesc	tupdesc;
	Datum		values[6];
	bool		nulls[6];
	int64		dim[DIM_COUNT];
	bool		dim_null[DIM_COUNT];
	int64		total = 0;
	bool		total_null;
	DateADT		diambil = 0;
	int			i;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);

	if (!JB_ROOT_IS_OBJECT(jb))
		ereport(ERROR,
				(errcode(ERRCODE_SQL_JSON_OBJECT_NOT_FOUND),
				 errmsg("BKN answer is not a JSON object"),
				 errhint(NILAI_BKN_HINT)));

	/* the service's envelope */
	v = anggota(c, "success", &buf);
	if (v != NULL && v->type == jbvBool && !v->val.boolean)
	{
		JsonbValue	mbuf;
		JsonbValue *msg = anggota(c, "message", &mbuf);

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("BKN answer reports failure (\"success\": false)"),
				 msg && msg->type == jbvString ?
				 errdetail("The service said: %s.", kutip(msg->val.string.val, msg->val.string.len)) : 0,
				 errhint("Only a successful answer carries figures; ask the service again or leave the employee out.")));
	}
	v = anggota(c, "data", &buf);
	if (v != NULL)
	{
		if (v->type == jbvNull)
			PG_RETURN_NULL();
		if (v->type != jbvBinary || !JsonContainerIsObject(v->val.binary.data))
			ereport(ERROR,
					(errcode(ERRCODE_SQL_JSON_OBJECT_NOT_FOUND),
					 errmsg("BKN answer's \"data\" is %s", jbv_type_name(v)),
					 errhint(NILAI_BKN_HINT)));
		c = v->val.binary.data;
	}

	for (i = 0; i < DIM_COUNT; i++)
		dim_null[i] = !baca_angka(c, dim_nama[i], dim_nama[i], &dim[i]);

	/* subtotal is BKN's total; "total" (a CSV row built into JSON) too */
	v = anggota(c, "subtotal", &buf);
	if (v != NULL)
	{
		int64		t2;
		bool		t2_null;

		total_null = !baca_angka(c, "subtotal", "total", &total);
		v = anggota(c, "total", &buf);
		if (v != NULL)
		{
			t2_null = !baca_angka(c, "total", "total", &t2);
			if (t2_null != total_null || (!t2_null && t2 != total))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("BKN answer's \"subtotal\" and \"total\" differ"),
						 errhint("Give the total once, as subtotal (SIASN's name) or total (the CSV export's).")));
		}
	}
	else if (anggota(c, "total", &buf) != NULL)
		total_null = !baca_angka(c, "total", "total", &total);
	else
		ereport(ERROR,
				(errcode(ERRCODE_SQL_JSON_MEMBER_NOT_FOUND),
				 errmsg("BKN answer has no \"subtotal\""),
				 errhint(NILAI_BKN_HINT)));

	periksa_nilai(dim, dim_null, total, total_null);

	for (i = 0; i < DIM_COUNT; i++)
	{
		nulls[i] = dim_null[i];
		values[i] = dim_null[i] ? (Datum) 0 : ipasn_h_to_numeric(dim[i]);
	}
	nulls[4] = total_null;
	values[4] = total_null ? (Datum) 0 : ipasn_h_to_numeric(total);
	nulls[5] = !baca_tanggal(c, &diambil);
	values[5] = nulls[5] ? (Datum) 0 : DateADTGetDatum(diambil);

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* ---------------------------------------------------------------------
 * ipasn.rekonsiliasi
 * ---------------------------------------------------------------------
 */

/* call one of score.c's functions; NULL args where nulls[i] */
static int64
panggil_h(PGFunction fn, int n, const Datum *args, const bool *nulls, bool *isnull)
{
	LOCAL_FCINFO(fcinfo, 5);
	Datum		r;
	int64		h = 0;
	int			i;

	Assert(n <= 5);
	InitFunctionCallInfoData(*fcinfo, NULL, n, InvalidOid, NULL, NULL);
	for (i = 0; i < n; i++)
	{
		fcinfo->args[i].value = args[i];
		fcinfo->args[i].isnull = nulls[i];
	}
	r = (*fn) (fcinfo);
	*isnull = fcinfo->isnull;
	if (!*isnull && !ipasn_datum_numeric_to_h(r, &h))
		elog(ERROR, "ipasn score is not a number of hundredths");
	return h;
}

static int64
skor1_h(PGFunction fn, Datum arg, bool arg_null)
{
	bool		isnull;

	return panggil_h(fn, 1, &arg, &arg_null, &isnull);
}

/* ipasn.skor_kompetensi(jabatan, diklatpim, fungsional, jp_teknis, seminar) */
static int64
kompetensi_h(int jabatan, int diklatpim, bool fungsional, Datum jp, bool jp_null,
			 bool seminar)
{
	Datum		a[5];
	bool		n[5] = {false, false, false, false, false};
	bool		isnull;

	a[0] = ObjectIdGetDatum(ipasn_enum_oid(IPASN_ENUM_JABATAN, jabatan));
	n[1] = diklatpim < 0;
	a[1] = n[1] ? (Datum) 0 : ObjectIdGetDatum(ipasn_enum_oid(IPASN_ENUM_DIKLATPIM, diklatpim));
	a[2] = BoolGetDatum(fungsional);
	a[3] = jp;
	n[3] = jp_null;
	a[4] = BoolGetDatum(seminar);
	return panggil_h(ipasn_skor_kompetensi, 5, a, n, &isnull);
}

/* Indonesian decimal comma (fixed.c) */
#define angka_id(h) ipasn_h_to_cstring_id(h)

/* the rule set, as users know it */
static const char *
nama_aturan(const AturanSkor *a)
{
	if (strcmp(a->nama, IPASN_ATURAN_BAWAAN) == 0)
		return "Perban BKN 8/2019";
	if (strcmp(a->nama, "siasn") == 0)
		return "SIASN (F/T/P)";
	return psprintf("\"%s\"", a->nama);
}

static const char *const nama_pendidikan[PENDIDIKAN_COUNT] = {
	"tidak sekolah", "SD", "SLTP", "SLTA", "D1", "D2", "D3", "D4", "S1", "S2", "S3"
};

static const char *const nama_pim[DIKLATPIM_COUNT] = {
	"PKP", "PKA", "PKN Tingkat II", "PKN Tingkat I"
};

static const char *const nama_hukuman[HUKUMAN_COUNT] = {
	"ringan", "sedang", "berat"
};

/* a result row under construction */
typedef struct Baris
{
	int			dim;
	bool		instansi_null;
	int64		instansi_h;
	bool		bkn_null;
	int64		bkn_h;
	char	   *bacaan;
	char	   *tindakan;
} Baris;

static void
kirim_baris(ReturnSetInfo *rsinfo, const Baris *b)
{
	Datum		values[6];
	bool		nulls[6] = {false, false, false, false, false, false};

	values[0] = CStringGetTextDatum(dim_nama[b->dim]);
	nulls[1] = b->instansi_null;
	values[1] = b->instansi_null ? (Datum) 0 : ipasn_h_to_numeric(b->instansi_h);
	nulls[2] = b->bkn_null;
	values[2] = b->bkn_null ? (Datum) 0 : ipasn_h_to_numeric(b->bkn_h);
	nulls[3] = b->instansi_null || b->bkn_null;
	values[3] = nulls[3] ? (Datum) 0 : ipasn_h_to_numeric(b->bkn_h - b->instansi_h);
	values[4] = CStringGetTextDatum(b->bacaan);
	values[5] = CStringGetTextDatum(b->tindakan);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/* kualifikasi: the education levels whose points are BKN's figure */
static void
baca_kualifikasi(Baris *b, int pendidikan, const AturanSkor *a)
{
	StringInfoData lv;
	int64		skor[PENDIDIKAN_COUNT];
	const char *instansi;
	int			i;

	initStringInfo(&lv);
	for (i = 0; i < PENDIDIKAN_COUNT; i++)
	{
		skor[i] = skor1_h(ipasn_skor_kualifikasi,
						  ObjectIdGetDatum(ipasn_enum_oid(IPASN_ENUM_PENDIDIKAN, i)), false);
		if (skor[i] == b->bkn_h)
			appendStringInfo(&lv, "%s%s", lv.len ? "/" : "", nama_pendidikan[i]);
	}
	instansi = pendidikan < 0 ? "data instansi kosong" :
		psprintf("data instansi %s (%s)", nama_pendidikan[pendidikan], angka_id(skor[pendidikan]));

	if (lv.len == 0 && b->bkn_h == 0)
	{
		/* no level is worth 0: SIASN holds no education record */
		b->bacaan = psprintf("BKN tidak menemukan riwayat pendidikan (0); %s", instansi);
		b->tindakan = pendidikan < 0 ?
			pstrdup("lengkapi data pendidikan instansi, lalu kirim riwayat pendidikan ke SIASN") :
			psprintf("kirim riwayat pendidikan ke SIASN (pendidikan terakhir %s)",
					 nama_pendidikan[pendidikan]);
	}
	else if (lv.len == 0)
	{
		b->bacaan = psprintf("nilai BKN %s tidak sesuai aturan %s; %s",
							 angka_id(b->bkn_h), nama_aturan(a), instansi);
		b->tindakan = pstrdup("periksa riwayat pendidikan pegawai di SIASN");
	}
	else
	{
		b->bacaan = psprintf("BKN membaca %s (%s); %s", lv.data, angka_id(b->bkn_h), instansi);
		if (pendidikan < 0)
			b->tindakan = psprintf("lengkapi data pendidikan instansi (BKN membaca %s)", lv.data);
		else if (b->bkn_h < b->instansi_h)
			b->tindakan = psprintf("perbarui riwayat pendidikan di SIASN (pendidikan terakhir %s)",
								   nama_pendidikan[pendidikan]);
		else
			b->tindakan = psprintf("lengkapi riwayat pendidikan di data instansi (BKN membaca %s)",
								   lv.data);
	}
}

/* the parts of kompetensi */
enum
{
	PART_PIM = 0,
	PART_FUNGSIONAL,
	PART_JP,
	PART_SEMINAR,
	PART_COUNT
};

typedef struct Bagian
{
	int64		nilai_h[PART_COUNT];	/* what the position kind gives; 0
										 * not a part */
	unsigned	punya;			/* mask: parts the agency's data earns */
	const char *nama[PART_COUNT];	/* "seminar" */
	const char *riwayat[PART_COUNT];	/* "riwayat seminar" */
} Bagian;

static char *
daftar_bagian(const Bagian *g, unsigned mask)
{
	StringInfoData s;
	int			i;

	initStringInfo(&s);
	for (i = 0; i < PART_COUNT; i++)
		if (mask & (1u << i))
			appendStringInfo(&s, "%s%s (%s)", s.len ? ", " : "", g->nama[i],
							 angka_id(g->nilai_h[i]));
	return s.data;
}

static char *
daftar_riwayat(const Bagian *g, unsigned mask)
{
	StringInfoData s;
	int			i,
				n = 0,
				k = 0;

	for (i = 0; i < PART_COUNT; i++)
		if (mask & (1u << i))
			n++;
	initStringInfo(&s);
	for (i = 0; i < PART_COUNT; i++)
		if (mask & (1u << i))
		{
			k++;
			appendStringInfo(&s, "%s%s", k == 1 ? "" : (k == n ? " dan " : ", "),
							 g->riwayat[i]);
		}
	return s.data;
}

/*
 * The activity the rule set counts toward the JP part, as ipasn.saran names
 * it: "pengembangan kompetensi" where every jalur but pendidikan counts (PP
 * 11/2017 art. 203, the default rules), the jalur in words where at most
 * three count ("pelatihan teknis" under SIASN's mapping).
 */
static const char *
kegiatan_jp(const AturanSkor *a)
{
	StringInfoData s;
	int			n = 0,
				k = 0,
				j;

	for (j = 0; j < JALUR_COUNT; j++)
		if (a->komponen_jp[j])
			n++;
	if (n == 0 || n > 3)
		return "pengembangan kompetensi";
	initStringInfo(&s);
	for (j = 0; j < JALUR_COUNT; j++)
		if (a->komponen_jp[j])
		{
			const char *c;

			if (k++ > 0)
				appendStringInfoString(&s, k == n ? " atau " : ", ");
			for (c = ipasn_enum_label(IPASN_ENUM_JALUR, j); *c; c++)
				appendStringInfoChar(&s, *c == '_' ? ' ' : *c);
		}
	return s.data;
}

static int
popcount4(unsigned m)
{
	int			n = 0;

	for (; m; m >>= 1)
		n += m & 1;
	return n;
}

/*
 * kompetensi: the subsets S of the position kind's parts whose sum is BKN's
 * figure.  Readings that only drop parts the agency's data earns (BKN lower)
 * or only add parts it lacks (BKN higher) come first and alone; when there
 * is none, readings that do both.  In order of fewest parts differing, then
 * of the parts' order (leadership, fungsional, JP, seminar).
 */
static void
baca_kompetensi(Baris *b, int jabatan, int diklatpim, bool fungsional,
				Datum jp, bool jp_null, bool seminar, const AturanSkor *a)
{
	Bagian		g;
	bool		siasn = strcmp(a->nama, "siasn") == 0;
	unsigned	semua = 0;
	unsigned	cocok[1u << PART_COUNT];
	int			ncocok = 0;
	int			pass;
	int			i;
	int			minpim = -1;
	StringInfoData bacaan,
				tindakan;

	memset(&g, 0, sizeof(g));

	/* what each part is worth for this position kind (score.c) */
	for (i = 0; i < DIKLATPIM_COUNT && minpim < 0; i++)
		if (kompetensi_h(jabatan, i, false, (Datum) 0, true, false) > 0)
			minpim = i;
	g.nilai_h[PART_PIM] = minpim < 0 ? 0 :
		kompetensi_h(jabatan, minpim, false, (Datum) 0, true, false);
	g.nilai_h[PART_FUNGSIONAL] = kompetensi_h(jabatan, -1, true, (Datum) 0, true, false);
	g.nilai_h[PART_JP] = kompetensi_h(jabatan, -1, false,
									  ipasn_h_to_numeric(INT64CONST(100000000)), false, false);
	g.nilai_h[PART_SEMINAR] = kompetensi_h(jabatan, -1, false, (Datum) 0, true, true);

	/* what the agency's data earns */
	if (diklatpim >= 0 && kompetensi_h(jabatan, diklatpim, false, (Datum) 0, true, false) > 0)
		g.punya |= 1u << PART_PIM;
	if (fungsional && g.nilai_h[PART_FUNGSIONAL] > 0)
		g.punya |= 1u << PART_FUNGSIONAL;
	if (kompetensi_h(jabatan, -1, false, jp, jp_null, false) > 0)
		g.punya |= 1u << PART_JP;
	if (seminar && g.nilai_h[PART_SEMINAR] > 0)
		g.punya |= 1u << PART_SEMINAR;

	g.nama[PART_PIM] = psprintf("diklat kepemimpinan %s",
								minpim < 0 ? "" : nama_pim[minpim]);
	g.riwayat[PART_PIM] = psprintf("riwayat diklat kepemimpinan %s",
								   minpim < 0 ? "" : nama_pim[minpim]);
	g.nama[PART_FUNGSIONAL] = siasn ? "diklat fungsional (F)" : "diklat fungsional";
	g.riwayat[PART_FUNGSIONAL] = siasn ? "riwayat diklat fungsional (F)" : "riwayat diklat fungsional";
	g.nama[PART_JP] = psprintf("%s%s %s JP", kegiatan_jp(a), siasn ? " (T)" : "",
							   angka_id(a->target_jp_h));
	g.riwayat[PART_JP] = psprintf("riwayat %s%s", kegiatan_jp(a), siasn ? " (T)" : "");
	g.nama[PART_SEMINAR] = siasn ? "seminar/workshop (P)" : "seminar";
	g.riwayat[PART_SEMINAR] = siasn ? "riwayat seminar/workshop (P)" : "riwayat seminar";

	for (i = 0; i < PART_COUNT; i++)
		if (g.nilai_h[i] > 0)
			semua |= 1u << i;

	/* pass 0: BKN dropped parts or added parts; pass 1: both */
	for (pass = 0; pass < 2 && ncocok == 0; pass++)
	{
		int			beda;

		for (beda = 1; beda <= PART_COUNT; beda++)
		{
			unsigned	d;

			/* d: the parts that differ, in the parts' order */
			for (d = 1; d < (1u << PART_COUNT); d++)
			{
				unsigned	s = g.punya ^ d;
				unsigned	hilang = g.punya & d;
				unsigned	tambah = d & ~g.punya;
				bool		murni = (hilang == 0 || tambah == 0);
				int64		sum = 0;

				if ((s & ~semua) != 0 || popcount4(d) != beda ||
					murni != (pass == 0))
					continue;
				for (i = 0; i < PART_COUNT; i++)
					if (s & (1u << i))
						sum += g.nilai_h[i];
				if (sum == b->bkn_h)
					cocok[ncocok++] = s;
			}
		}
	}

	if (ncocok == 0)
	{
		b->bacaan = psprintf("nilai BKN %s tidak sesuai aturan %s untuk jabatan %s (aturan lain, atau jenis jabatan di SIASN berbeda)",
							 angka_id(b->bkn_h), nama_aturan(a),
							 ipasn_enum_label(IPASN_ENUM_JABATAN, jabatan));
		b->tindakan = pstrdup("periksa jenis jabatan pegawai di SIASN");
		return;
	}

	initStringInfo(&bacaan);
	initStringInfo(&tindakan);
	for (i = 0; i < ncocok; i++)
	{
		unsigned	hilang = g.punya & ~cocok[i];
		unsigned	tambah = cocok[i] & ~g.punya;

		if (i > 0)
		{
			appendStringInfoString(&bacaan, " atau ");
			appendStringInfoString(&tindakan, " atau ");
		}
		if (hilang)
		{
			appendStringInfo(&bacaan, "BKN tidak menghitung: %s", daftar_bagian(&g, hilang));
			appendStringInfo(&tindakan, "kirim %s ke SIASN", daftar_riwayat(&g, hilang));
		}
		if (hilang && tambah)
		{
			appendStringInfoString(&bacaan, "; ");
			appendStringInfoString(&tindakan, "; ");
		}
		if (tambah)
		{
			appendStringInfo(&bacaan, "BKN menghitung: %s, tidak ada di data instansi",
							 daftar_bagian(&g, tambah));
			appendStringInfo(&tindakan, "lengkapi %s di data instansi", daftar_riwayat(&g, tambah));
		}
	}
	b->bacaan = bacaan.data;
	b->tindakan = tindakan.data;
}

/* kinerja: the predicates whose points are BKN's figure */
static void
baca_kinerja(Baris *b, const char *instansi_teks, const AturanSkor *a)
{
	StringInfoData pr;
	const char *instansi;
	int			i;

	initStringInfo(&pr);
	for (i = 0; i < a->n_predikat; i++)
		if (a->predikat[i].skor_h == b->bkn_h &&
			!ipasn_predikat_lama(a->predikat[i].kunci))
			appendStringInfo(&pr, "%s%s", pr.len ? " atau " : "", a->predikat[i].teks);
	instansi = instansi_teks == NULL ? "data instansi kosong" :
		psprintf("data instansi %s (%s)", instansi_teks, angka_id(b->instansi_h));

	if (pr.len == 0 && b->bkn_h == 0)
	{
		/* no predicate is worth 0: SIASN holds no SKP for the year */
		b->bacaan = psprintf("BKN tidak menemukan SKP (0); %s", instansi);
		b->tindakan = instansi_teks == NULL ?
			pstrdup("lengkapi data SKP instansi, lalu kirim SKP terakhir ke SIASN") :
			psprintf("kirim SKP terakhir (predikat %s) ke SIASN", instansi_teks);
		return;
	}
	if (pr.len == 0)
	{
		b->bacaan = psprintf("nilai BKN %s tidak sesuai aturan %s; %s",
							 angka_id(b->bkn_h), nama_aturan(a), instansi);
		b->tindakan = pstrdup("periksa riwayat SKP pegawai di SIASN");
		return;
	}
	b->bacaan = psprintf("BKN membaca predikat %s (%s); %s", pr.data, angka_id(b->bkn_h), instansi);
	if (instansi_teks == NULL)
		b->tindakan = psprintf("lengkapi data SKP instansi (BKN membaca predikat %s)", pr.data);
	else if (b->bkn_h < b->instansi_h)
		b->tindakan = psprintf("kirim SKP terakhir (predikat %s) ke SIASN", instansi_teks);
	else
		b->tindakan = psprintf("lengkapi riwayat SKP di data instansi (BKN membaca predikat %s)",
							   pr.data);
}

static const char *
nama_disiplin(int hukuman)
{
	return hukuman < 0 ? "tanpa hukuman disiplin" :
		psprintf("hukuman disiplin %s", nama_hukuman[hukuman]);
}

/* disiplin: the penalty level whose points are BKN's figure */
static void
baca_disiplin(Baris *b, int hukuman, const AturanSkor *a)
{
	int			bkn_level = -2;
	int			i;
	const char *instansi = psprintf("data instansi %s (%s)", nama_disiplin(hukuman),
									angka_id(b->instansi_h));

	for (i = -1; i < HUKUMAN_COUNT && bkn_level == -2; i++)
	{
		int64		h = i < 0 ? skor1_h(ipasn_skor_disiplin, (Datum) 0, true) :
			skor1_h(ipasn_skor_disiplin,
					ObjectIdGetDatum(ipasn_enum_oid(IPASN_ENUM_HUKUMAN, i)), false);

		if (h == b->bkn_h)
			bkn_level = i;
	}
	if (bkn_level == -2)
	{
		b->bacaan = psprintf("nilai BKN %s tidak sesuai aturan %s; %s",
							 angka_id(b->bkn_h), nama_aturan(a), instansi);
		b->tindakan = pstrdup("periksa riwayat hukuman disiplin pegawai di SIASN");
		return;
	}
	b->bacaan = psprintf("BKN membaca %s (%s); %s", nama_disiplin(bkn_level),
						 angka_id(b->bkn_h), instansi);
	if (b->bkn_h < b->instansi_h)
		b->tindakan = psprintf("perbarui riwayat hukuman disiplin di SIASN: hukuman yang dibatalkan atau lebih dari %d tahun tidak dihitung (data instansi: %s)",
							   a->jendela_hukuman_tahun, nama_disiplin(hukuman));
	else
		b->tindakan = psprintf("kirim keputusan %s ke SIASN, atau perbarui data instansi bila hukuman itu dibatalkan atau lebih dari %d tahun",
							   nama_disiplin(hukuman), a->jendela_hukuman_tahun);
}

/* a BKN figure (numeric) of the composite, checked like nilai_bkn's */
static void
bkn_dim(HeapTupleHeader t, int attno, const char *what, int64 *h, bool *isnull)
{
	Datum		d = GetAttributeByNum(t, attno, isnull);

	if (!*isnull)
		*h = figure_h(d, what);
}

/*
 * ipasn.rekonsiliasi(pendidikan, jabatan, diklatpim, fungsional, jp_teknis,
 * seminar, kinerja text, hukuman, bkn ipasn.nilai_bkn) -> SETOF (dimensi,
 * instansi, bkn, selisih, bacaan_bkn, tindakan): one row per dimension whose
 * figures differ.  Not STRICT: NULLs mean what they mean for ip_asn; a
 * NULL bkn is a snapshot with no figure.
 */
PG_FUNCTION_INFO_V1(ipasn_rekonsiliasi);
Datum
ipasn_rekonsiliasi(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const AturanSkor *a;
	int			pendidikan,
				jabatan,
				diklatpim,
				hukuman;
	bool		fungsional,
				seminar,
				jp_null;
	Datum		jp;
	char	   *kinerja_teks = NULL;
	int64		bkn[DIM_COUNT];
	bool		bkn_null[DIM_COUNT];
	int64		total = 0;
	bool		total_null = true;
	Baris		b[DIM_COUNT];
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	a = ipasn_aturan_skor();

	pendidikan = PG_ARGISNULL(0) ? -1 :
		ipasn_enum_index(IPASN_ENUM_PENDIDIKAN, PG_GETARG_OID(0));
	jabatan = PG_ARGISNULL(1) ? -1 :
		ipasn_enum_index(IPASN_ENUM_JABATAN, PG_GETARG_OID(1));
	diklatpim = PG_ARGISNULL(2) ? -1 :
		ipasn_enum_index(IPASN_ENUM_DIKLATPIM, PG_GETARG_OID(2));
	fungsional = !PG_ARGISNULL(3) && PG_GETARG_BOOL(3);
	jp_null = PG_ARGISNULL(4);
	jp = jp_null ? (Datum) 0 : PG_GETARG_DATUM(4);
	seminar = !PG_ARGISNULL(5) && PG_GETARG_BOOL(5);
	hukuman = PG_ARGISNULL(7) ? -1 :
		ipasn_enum_index(IPASN_ENUM_HUKUMAN, PG_GETARG_OID(7));

	if (PG_ARGISNULL(8))
	{
		for (i = 0; i < DIM_COUNT; i++)
			bkn_null[i] = true;
	}
	else
	{
		HeapTupleHeader t = PG_GETARG_HEAPTUPLEHEADER(8);

		for (i = 0; i < DIM_COUNT; i++)
			bkn_dim(t, i + 1, dim_nama[i], &bkn[i], &bkn_null[i]);
		bkn_dim(t, 5, "total", &total, &total_null);
		periksa_nilai(bkn, bkn_null, total, total_null);
	}

	/* the agency's figures, by score.c under the rule set in force */
	memset(b, 0, sizeof(b));
	for (i = 0; i < DIM_COUNT; i++)
	{
		b[i].dim = i;
		b[i].bkn_null = bkn_null[i];
		b[i].bkn_h = bkn_null[i] ? 0 : bkn[i];
	}
	b[DIM_KUALIFIKASI].instansi_null = pendidikan < 0;
	if (pendidikan >= 0)
		b[DIM_KUALIFIKASI].instansi_h = skor1_h(ipasn_skor_kualifikasi, PG_GETARG_DATUM(0), false);
	b[DIM_KOMPETENSI].instansi_null = jabatan < 0;
	if (jabatan >= 0)
		b[DIM_KOMPETENSI].instansi_h = kompetensi_h(jabatan, diklatpim, fungsional, jp, jp_null,
													seminar);
	else if (!jp_null)
		(void) kompetensi_h(JABATAN_PELAKSANA, -1, false, jp, false, false);	/* checks jp_teknis */
	b[DIM_KINERJA].instansi_null = PG_ARGISNULL(6);
	if (!PG_ARGISNULL(6))
	{
		const char *kunci;

		b[DIM_KINERJA].instansi_h = skor1_h(ipasn_skor_kinerja_predikat, PG_GETARG_DATUM(6), false);
		/* the predicate as the rule table writes it */
		kunci = ipasn_predikat_kunci(text_to_cstring(PG_GETARG_TEXT_PP(6)));
		for (i = 0; i < a->n_predikat && kinerja_teks == NULL; i++)
			if (strcmp(kunci, a->predikat[i].kunci) == 0)
				kinerja_teks = a->predikat[i].teks;
		if (kinerja_teks == NULL)
			kinerja_teks = text_to_cstring(PG_GETARG_TEXT_PP(6));
	}
	b[DIM_DISIPLIN].instansi_null = false;
	b[DIM_DISIPLIN].instansi_h = skor1_h(ipasn_skor_disiplin, PG_GETARG_DATUM(7), PG_ARGISNULL(7));

	for (i = 0; i < DIM_COUNT; i++)
	{
		Baris	   *r = &b[i];

		if (r->bkn_null && r->instansi_null)
			continue;
		if (!r->bkn_null && !r->instansi_null && r->bkn_h == r->instansi_h)
			continue;
		if (r->bkn_null)
		{
			r->bacaan = psprintf("BKN tidak memberi nilai %s", dim_nama[i]);
			r->tindakan = psprintf("periksa data %s pegawai di SIASN", dim_nama[i]);
		}
		else if (i == DIM_KUALIFIKASI)
			baca_kualifikasi(r, pendidikan, a);
		else if (i == DIM_KOMPETENSI)
		{
			if (jabatan < 0)
			{
				r->bacaan = psprintf("nilai BKN %s; data jabatan instansi kosong",
									 angka_id(r->bkn_h));
				r->tindakan = pstrdup("lengkapi data jabatan instansi");
			}
			else
				baca_kompetensi(r, jabatan, diklatpim, fungsional, jp, jp_null, seminar, a);
		}
		else if (i == DIM_KINERJA)
			baca_kinerja(r, kinerja_teks, a);
		else
			baca_disiplin(r, hukuman, a);
		kirim_baris(rsinfo, r);
	}
	return (Datum) 0;
}
