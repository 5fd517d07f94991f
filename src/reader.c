/*-------------------------------------------------------------------------
 *
 * reader.c
 *		The text readers: what a text column of a user's training table
 *		means to the triggers (isi_jp, ringkas_jp) and to the SQL functions
 *		ipasn.teks_<type> (jalur, lingkup, pendidikan, jabatan, diklatpim,
 *		hukuman), ipasn.teks_label and ipasn.teks_jumlah; and hours as
 *		stored (ipasn.jumlah_jam).  Blank text is NULL; other text goes
 *		through the agency's vocabulary (sinonim.c), then the parsers of
 *		parse.c.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <ctype.h>

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"

#include "ipasn.h"
#include "parse.h"

/* ---------------------------------------------------------------------
 * Hours as stored: ipasn.jumlah_jam
 * ---------------------------------------------------------------------
 */

static void
jam_error(int jalur, Datum jam, const char *what) pg_attribute_noreturn();

static void
jam_error(int jalur, Datum jam, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("jam %s of jalur \"%s\" %s",
					DatumGetCString(DirectFunctionCall1(numeric_out, jam)),
					ipasn_enum_label(IPASN_ENUM_JALUR, jalur), what),
			 errhint("The jam is the hours of the activity as stored: at least 0, with at most two decimals (0 is read as not filled in).")));
	pg_unreachable();
}

/*
 * The jumlah (Peraturan LAN 10/2018: JP are lesson hours) of a stored hours value jam
 * (a numeric Datum) of a record of the given jalur (dense index): the hours
 * themselves where the jalur's unit is JP (ipasn.satuan: the nasional rule
 * with the latest start), nothing (false) for every other unit, so that the
 * days come from the dates, an activity counts once and a pendidikan record
 * without semesters is incomplete.  A jam of 0 is "not filled in" (false).
 * A negative jam, one with more than two decimals (by value) or a NaN or
 * infinite one raises 22023 whatever the unit.  *jumlah is jam itself.
 * ipasn_jumlah_jam_safe never raises: 1 (*jumlah set), 0 (NULL) or -1
 * (*kode: JPM_NEGATIVE, JPM_DECIMALS or JPM_NOT_FINITE).
 */
int
ipasn_jumlah_jam_safe(int jalur, Datum jam, Datum *jumlah, JpMasalahKode *kode)
{
	int64		h = 0;
	const AturanJp *rule;

	*kode = JPM_OK;
	switch (ipasn_datum_numeric_decode(jam, &h))
	{
		case IPASN_NUM_OK:
			if (h < 0)
				*kode = JPM_NEGATIVE;
			else if (h == 0)
				return 0;
			break;
		case IPASN_NUM_HUGE:
			/* too many hours: ipasn.jp names the bound */
			break;
		case IPASN_NUM_NEG_HUGE:
		case IPASN_NUM_NEG_DECIMALS:
			*kode = JPM_NEGATIVE;
			break;
		case IPASN_NUM_DECIMALS:
			*kode = JPM_DECIMALS;
			break;
		case IPASN_NUM_SPECIAL:
			*kode = JPM_NOT_FINITE;
			break;
	}
	if (*kode != JPM_OK)
		return -1;
	rule = ipasn_aturan_jp(jalur, LINGKUP_NASIONAL, 0, false);
	if (rule == NULL || rule->satuan != SATUAN_JP)
		return 0;
	*jumlah = jam;
	return 1;
}

bool
ipasn_jumlah_jam(int jalur, Datum jam, Datum *jumlah)
{
	JpMasalahKode kode;

	switch (ipasn_jumlah_jam_safe(jalur, jam, jumlah, &kode))
	{
		case 1:
			return true;
		case 0:
			return false;
		default:
			break;
	}
	switch (kode)
	{
		case JPM_NEGATIVE:
			jam_error(jalur, jam, "is negative");
			break;
		case JPM_DECIMALS:
			jam_error(jalur, jam, "has more than two decimals");
			break;
		default:
			jam_error(jalur, jam, "is not a finite number");
			break;
	}
	return false;
}

/*
 * ipasn.jumlah_jam(jalur ipasn.jalur, jam numeric) -> numeric: the jumlah of
 * ipasn.jp for a stored hours value (see ipasn_jumlah_jam).
 */
PG_FUNCTION_INFO_V1(ipasn_jumlah_jam_sql);
Datum
ipasn_jumlah_jam_sql(PG_FUNCTION_ARGS)
{
	int			jalur = ipasn_enum_index(IPASN_ENUM_JALUR, PG_GETARG_OID(0));
	Datum		jumlah;

	if (!ipasn_jumlah_jam(jalur, PG_GETARG_DATUM(1), &jumlah))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(jumlah);
}

/* ---------------------------------------------------------------------
 * Text columns
 * ---------------------------------------------------------------------
 */

/*
 * True when a text holds no value: blank, or, surrounding white space
 * ignored, only dashes ("-", "--", the en dash "–", the em dash "—"), "n/a"
 * or "tidak ada" (any case, any spaces between the words): what SIMPEG
 * exports write for "no value".
 */
bool
ipasn_text_is_none(const char *s, int len)
{
	static const char *const none_words[] = {"na", "tidakada"};
	char		key[16];
	int			n = 0;
	int			b = 0;
	int			e = len;
	int			i;

	while (b < e && isspace((unsigned char) s[b]))
		b++;
	while (e > b && isspace((unsigned char) s[e - 1]))
		e--;
	if (b == e)
		return true;

	/* dashes only: '-', U+2013 and U+2014 (UTF-8 e2 80 93 / e2 80 94) */
	for (i = b; i < e;)
	{
		if (s[i] == '-')
			i++;
		else if (i + 2 < e && (unsigned char) s[i] == 0xe2 &&
				 (unsigned char) s[i + 1] == 0x80 &&
				 ((unsigned char) s[i + 2] == 0x93 || (unsigned char) s[i + 2] == 0x94))
			i += 3;
		else
			break;
	}
	if (i == e)
		return true;

	/*
	 * "n/a", "N/A", "tidak ada": letters, with '/' and spaces between.  Most
	 * texts are values ("Pelatihan Teknis", "24"): they stop at their first
	 * character, which no such word may start with.
	 */
	if (!(s[b] == 'n' || s[b] == 'N' || s[b] == 't' || s[b] == 'T' || s[b] == '/'))
		return false;
	for (i = b; i < e; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c >= 'a' && c <= 'z')
		{
			if (n == (int) sizeof(key) - 1)
				return false;
			key[n++] = c;
		}
		else if (!(c == '/' || isspace((unsigned char) c)))
			return false;
	}
	key[n] = '\0';
	for (i = 0; i < (int) lengthof(none_words); i++)
		if (strcmp(key, none_words[i]) == 0)
			return true;
	return false;
}

/*
 * Text to enum index, never raising: no value (ipasn_text_is_none) is
 * BACAAN_KOSONG; the agency's vocabulary (ipasn.sinonim) first, then the
 * built-in forms of parse.c, for the whole text and for each of its parts.
 * A jalur text an agency marked as not competency development is
 * BACAAN_BUKAN_BANGKOM; a measure that is no disciplinary penalty
 * ("Pemberhentian sementara", PP 94/2021 art. 8 does not list it) reads as
 * no penalty (BACAAN_KOSONG).
 */
IpasnBacaan
ipasn_read_enum_safe(IpasnEnumKind kind, const char *s, int len, int *index)
{
	bool		ambiguous;
	int			idx;

	if (ipasn_text_is_none(s, len))
		return BACAAN_KOSONG;
	idx = ipasn_parse_text_ext(kind, s, len, ipasn_sinonim_lookup, &ambiguous);
	if (idx == IPASN_BUKAN_BANGKOM)
		return BACAAN_BUKAN_BANGKOM;
	if (idx == IPASN_BUKAN_HUKUMAN)
		return BACAAN_KOSONG;
	if (idx < 0)
		return BACAAN_TIDAK_DIKENAL;
	*index = idx;
	return BACAAN_OK;
}

/*
 * Text to enum index: no value -> false (NULL); the agency's vocabulary
 * (ipasn.sinonim) first, then the built-in forms of parse.c, for the whole
 * text and for each of its parts; unknown text raises 22P02.  A text an
 * agency marked as not competency development is NULL (no jalur: no JP);
 * ipasn.baca_catatan lists it.
 */
bool
ipasn_read_enum_text(IpasnEnumKind kind, text *t, int *index)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);

	switch (ipasn_read_enum_safe(kind, s, len, index))
	{
		case BACAAN_OK:
			return true;
		case BACAAN_KOSONG:
		case BACAAN_BUKAN_BANGKOM:
			return false;
		case BACAAN_TIDAK_DIKENAL:
			ipasn_parse_error_ext(kind, s, len, true);
	}
	return false;
}

/*
 * The unit words that may follow the number of a text jumlah column, by
 * their letters (lower case, everything else dropped): the ones that name
 * what the column's number is (JP, the lesson hours of Peraturan LAN 10/2018: SIMPEG's "jam"
 * is the JP of the certificate), and the ones that contradict it.
 */
static const char *const jumlah_units_ok[] = {
	"jp", "jpl", "jam", "jampelajaran", "jamlatihan"
};
static const char *const jumlah_units_other[] = {
	"hari", "kali", "kegiatan", "semester", "bulan", "minggu", "tahun",
	"menit", "sks", "sesi", "pertemuan", "paket", "angkatan", "orang"
};

/*
 * Text to numeric for jumlah, never raising: surrounding blanks are
 * ignored, no value ("", "-", "n/a", ...: ipasn_text_is_none) is
 * JUMLAH_KOSONG, "12", "12.5", "12,5", "-3" are read, optionally followed
 * by the unit JP, JPL, jam, jam pelajaran or jam latihan ("24 JP", "8 jam",
 * "12,5 jam pelajaran"; *in_jp is then set).  Another unit ("2 hari", "3
 * kali") is JUMLAH_UNIT_LAIN: the number is not an amount of hours.  A
 * separator followed by exactly three digits ("1.500", "1,500") is
 * JUMLAH_RIBUAN (an ambiguous thousands separator in Indonesian); anything
 * else is JUMLAH_TIDAK_SAH.
 */
IpasnJumlahBacaan
ipasn_read_jumlah_safe(const char *src, int srclen, Datum *result, bool *in_jp)
{
	char	   *s;
	char	   *p;
	char	   *end;
	int			int_digits = 0;
	int			frac_digits = 0;
	bool		sep = false;
	char	   *q;
	char	   *numend;
	char		unit[32];
	int			ulen = 0;
	bool		unit_long = false;
	int			i;

	*in_jp = false;
	if (ipasn_text_is_none(src, srclen))
		return JUMLAH_KOSONG;
	s = pnstrdup(src, srclen);
	p = s;
	while (*p && isspace((unsigned char) *p))
		p++;
	end = p + strlen(p);
	while (end > p && isspace((unsigned char) end[-1]))
		end--;
	*end = '\0';

	q = p;
	if (*q == '+' || *q == '-')
		q++;
	for (; *q; q++)
	{
		if (isdigit((unsigned char) *q))
		{
			if (sep)
				frac_digits++;
			else
				int_digits++;
		}
		else if ((*q == '.' || *q == ',') && !sep)
			sep = true;
		else
			break;
	}
	numend = q;

	/* the unit, by its letters */
	for (; *q; q++)
	{
		char		c = *q;

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c >= 'a' && c <= 'z')
		{
			if (ulen < (int) sizeof(unit) - 1)
				unit[ulen++] = c;
			else
				unit_long = true;
		}
		else if (!(isspace((unsigned char) c) || c == '.'))
		{
			unit_long = true;	/* anything but letters, spaces and dots */
			break;
		}
	}
	unit[ulen] = '\0';

	if (int_digits + frac_digits > 0 && ulen > 0 && !unit_long && numend > p)
	{
		bool		known = false;

		for (i = 0; i < (int) lengthof(jumlah_units_ok); i++)
			if (strcmp(unit, jumlah_units_ok[i]) == 0)
				known = true;
		for (i = 0; i < (int) lengthof(jumlah_units_other) && !known; i++)
			if (strcmp(unit, jumlah_units_other[i]) == 0)
			{
				pfree(s);
				return JUMLAH_UNIT_LAIN;
			}
		if (known)
		{
			ulen = 0;
			*in_jp = true;
		}
	}
	if (ulen > 0 || unit_long || int_digits + frac_digits == 0)
	{
		pfree(s);
		return JUMLAH_TIDAK_SAH;
	}
	if (sep && frac_digits == 3 && int_digits > 0)
	{
		pfree(s);
		return JUMLAH_RIBUAN;
	}
	*numend = '\0';
	if (int_digits + frac_digits <= 18)
	{
		/*
		 * The digits as an int64 and the count of decimals: the value and
		 * the scale numeric_in gives ("12,50" is 12.50, "-0" is 0), without
		 * its parsing
		 */
		int64		v = 0;

		for (q = p; *q; q++)
			if (isdigit((unsigned char) *q))
				v = v * 10 + (*q - '0');
		if (*p == '-')
			v = -v;
		*result = NumericGetDatum(frac_digits > 0
								  ? int64_div_fast_to_numeric(v, frac_digits)
								  : int64_to_numeric(v));
	}
	else
	{
		for (q = p; *q; q++)
			if (*q == ',')
				*q = '.';
		/* digits with at most one separator: numeric_in cannot fail */
		*result = DirectFunctionCall3(numeric_in, CStringGetDatum(p),
									  ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
	}
	pfree(s);
	return JUMLAH_OK;
}

/*
 * Text to numeric for jumlah (ipasn_read_jumlah_safe), raising 22P02 for
 * what it cannot read; false for no value.
 */
bool
ipasn_read_jumlah_text(text *t, Datum *result)
{
	bool		in_jp;

	return ipasn_read_jumlah_text_unit(t, result, &in_jp);
}

/* the trimmed text, for a message */
static char *
trimmed_text(text *t)
{
	char	   *s = text_to_cstring(t);
	char	   *p = s;
	char	   *end;

	while (*p && isspace((unsigned char) *p))
		p++;
	end = p + strlen(p);
	while (end > p && isspace((unsigned char) end[-1]))
		end--;
	*end = '\0';
	return p;
}

/*
 * The same, and *in_jp tells whether the number was followed by a JP unit
 * word (JP, jam, jam pelajaran ...).
 */
bool
ipasn_read_jumlah_text_unit(text *t, Datum *result, bool *in_jp)
{
	char	   *p;
	char	   *numend;

	switch (ipasn_read_jumlah_safe(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), result, in_jp))
	{
		case JUMLAH_OK:
			return true;
		case JUMLAH_KOSONG:
			return false;
		case JUMLAH_UNIT_LAIN:
			p = trimmed_text(t);
			numend = p + ((*p == '+' || *p == '-') ? 1 : 0);
			numend += strspn(numend, "0123456789.,");
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("jumlah \"%s\" is not in JP", p),
					 errdetail("Only JP, jam or jam pelajaran may follow the number; \"%s\" is another unit.",
							   numend + strspn(numend, " \t\n\r\f\v")),
					 errhint("Write the number alone (2 for a 2-day seminar where the column holds each jalur's own unit), or leave it blank so that the days come from the dates.")));
			break;
		case JUMLAH_RIBUAN:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("ambiguous jumlah \"%s\"", trimmed_text(t)),
					 errdetail("A dot or comma followed by three digits may be a thousands separator."),
					 errhint("Write the number without a thousands separator (1500), or with at most two decimals (1.5).")));
			break;
		case JUMLAH_TIDAK_SAH:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid jumlah \"%s\"", trimmed_text(t)),
					 errhint("Write jumlah as a number such as 12, 12.5 or 12,5, optionally followed by JP, jam or jam pelajaran (no thousands separators).")));
			break;
	}
	return false;
}

/*
 * ipasn.teks_<kind>(text): no value -> NULL, else the reading of the
 * triggers; or_null: the never-raising twin (unknown text -> NULL too)
 */
static Datum
teks_enum(FunctionCallInfo fcinfo, IpasnEnumKind kind, bool or_null)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int			idx;

	if (or_null)
	{
		if (ipasn_read_enum_safe(kind, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &idx) != BACAAN_OK)
			PG_RETURN_NULL();
	}
	else if (!ipasn_read_enum_text(kind, t, &idx))
		PG_RETURN_NULL();
	PG_RETURN_OID(ipasn_enum_oid(kind, idx));
}

/*
 * ipasn.teks_jalur(text) -> ipasn.jalur: the reading of a text jalur column
 * by the triggers (blank -> NULL; ipasn.sinonim, then ipasn.parse_jalur's
 * forms).
 */
PG_FUNCTION_INFO_V1(ipasn_teks_jalur);
Datum
ipasn_teks_jalur(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_JALUR, false);
}

/*
 * ipasn.teks_lingkup(text) -> ipasn.lingkup: blank -> NULL; nasional,
 * internasional, dalam negeri, luar negeri (any case, spaces, punctuation)
 * and the agency's rows.
 */
PG_FUNCTION_INFO_V1(ipasn_teks_lingkup);
Datum
ipasn_teks_lingkup(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_LINGKUP, false);
}

/* ipasn.teks_pendidikan(text) -> ipasn.pendidikan */
PG_FUNCTION_INFO_V1(ipasn_teks_pendidikan);
Datum
ipasn_teks_pendidikan(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_PENDIDIKAN, false);
}

/* ipasn.teks_jabatan(text) -> ipasn.jabatan */
PG_FUNCTION_INFO_V1(ipasn_teks_jabatan);
Datum
ipasn_teks_jabatan(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_JABATAN, false);
}

/* ipasn.teks_diklatpim(text) -> ipasn.diklatpim */
PG_FUNCTION_INFO_V1(ipasn_teks_diklatpim);
Datum
ipasn_teks_diklatpim(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_DIKLATPIM, false);
}

/* ipasn.teks_hukuman(text) -> ipasn.hukuman */
PG_FUNCTION_INFO_V1(ipasn_teks_hukuman);
Datum
ipasn_teks_hukuman(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_HUKUMAN, false);
}

/* ipasn.teks_jalur_or_null(text): as teks_jalur, NULL for unknown text */
PG_FUNCTION_INFO_V1(ipasn_teks_jalur_or_null);
Datum
ipasn_teks_jalur_or_null(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_JALUR, true);
}

/* ipasn.teks_lingkup_or_null(text): as teks_lingkup, NULL for unknown text */
PG_FUNCTION_INFO_V1(ipasn_teks_lingkup_or_null);
Datum
ipasn_teks_lingkup_or_null(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_LINGKUP, true);
}

/* ipasn.teks_pendidikan_or_null(text): as teks_pendidikan, NULL for unknown text */
PG_FUNCTION_INFO_V1(ipasn_teks_pendidikan_or_null);
Datum
ipasn_teks_pendidikan_or_null(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_PENDIDIKAN, true);
}

/* ipasn.teks_jabatan_or_null(text): as teks_jabatan, NULL for unknown text */
PG_FUNCTION_INFO_V1(ipasn_teks_jabatan_or_null);
Datum
ipasn_teks_jabatan_or_null(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_JABATAN, true);
}

/* ipasn.teks_diklatpim_or_null(text): as teks_diklatpim, NULL for unknown text */
PG_FUNCTION_INFO_V1(ipasn_teks_diklatpim_or_null);
Datum
ipasn_teks_diklatpim_or_null(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_DIKLATPIM, true);
}

/* ipasn.teks_hukuman_or_null(text): as teks_hukuman, NULL for unknown text */
PG_FUNCTION_INFO_V1(ipasn_teks_hukuman_or_null);
Datum
ipasn_teks_hukuman_or_null(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_HUKUMAN, true);
}

/*
 * ipasn.teks_label(tipe regtype, teks text) -> text: the label the text
 * readers give a text (ipasn.sinonim first, then the built-in forms); NULL
 * for blank or unknown text.  For listing the texts of a table that nobody
 * knows yet.  tipe must be one of the six parsed types (22023).
 */
PG_FUNCTION_INFO_V1(ipasn_teks_label);
Datum
ipasn_teks_label(PG_FUNCTION_ARGS)
{
	Oid			tipe = PG_GETARG_OID(0);
	text	   *t = PG_GETARG_TEXT_PP(1);
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			kind = ipasn_sinonim_kind(tipe);
	int			idx;

	if (kind < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("type %s is not parsed by ipasn", format_type_be(tipe)),
				 errhint("The tipe must be one of the types jalur, lingkup, pendidikan, jabatan, diklatpim and hukuman.")));
	switch (ipasn_read_enum_safe(kind, s, len, &idx))
	{
		case BACAAN_OK:
			PG_RETURN_TEXT_P(cstring_to_text(ipasn_enum_label(kind, idx)));
		case BACAAN_BUKAN_BANGKOM:
			PG_RETURN_TEXT_P(cstring_to_text(IPASN_LABEL_BUKAN_BANGKOM));
		case BACAAN_KOSONG:
		case BACAAN_TIDAK_DIKENAL:
			break;
	}
	PG_RETURN_NULL();
}

/*
 * ipasn.teks_jumlah(text) -> numeric: blank -> NULL; a number with a dot
 * or a comma as the decimal separator.
 */
PG_FUNCTION_INFO_V1(ipasn_teks_jumlah);
Datum
ipasn_teks_jumlah(PG_FUNCTION_ARGS)
{
	Datum		result;

	if (!ipasn_read_jumlah_text(PG_GETARG_TEXT_PP(0), &result))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

/*
 * ipasn.teks_jumlah_or_null(text) -> numeric: as teks_jumlah, never raising:
 * NULL for what teks_jumlah refuses.
 */
PG_FUNCTION_INFO_V1(ipasn_teks_jumlah_or_null);
Datum
ipasn_teks_jumlah_or_null(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	Datum		result;
	bool		in_jp;

	if (ipasn_read_jumlah_safe(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &result, &in_jp) != JUMLAH_OK)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

/*
 * A text amount in a column declared to hold each jalur's own unit
 * (jumlah_dalam 'satuan'): a JP unit word ("8 jam", "24 JP") is accepted
 * only where the jalur is counted in JP (ipasn.satuan); elsewhere the
 * number is hours, not days, activities or semesters, and reading it as
 * such would multiply the JP silently.  Raises 22P02.
 */
bool
ipasn_jumlah_unit_ok(int jalur)
{
	const AturanJp *rule = ipasn_aturan_jp(jalur, LINGKUP_NASIONAL, 0, false);

	return rule == NULL || rule->satuan == SATUAN_JP;
}

void
ipasn_jumlah_unit_check(int jalur, text *t)
{
	const AturanJp *rule = ipasn_aturan_jp(jalur, LINGKUP_NASIONAL, 0, false);

	if (rule == NULL || rule->satuan == SATUAN_JP)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("jumlah \"%s\" is in JP, but jalur \"%s\" is counted in %s",
					text_to_cstring(t), ipasn_enum_label(IPASN_ENUM_JALUR, jalur),
					ipasn_satuan_label[rule->satuan]),
			 errhint("The amount column is declared jumlah_dalam => 'satuan' (each jalur's own unit). Declare 'jam' if it holds hours (a seminar then counts its days, coaching its activities), or write the number alone.")));
}

/*
 * ipasn._teks_jumlah_satuan(jalur ipasn.jalur, teks text) -> numeric: a text
 * amount of a column declared 'satuan', as the triggers read it:
 * ipasn.teks_jumlah, and a JP unit word only where the jalur counts JP.
 * Used by the statements of the summary and the backfill.
 */
PG_FUNCTION_INFO_V1(ipasn_teks_jumlah_satuan);
Datum
ipasn_teks_jumlah_satuan(PG_FUNCTION_ARGS)
{
	Datum		result;
	bool		in_jp;

	if (PG_ARGISNULL(1))
		PG_RETURN_NULL();
	if (!ipasn_read_jumlah_text_unit(PG_GETARG_TEXT_PP(1), &result, &in_jp))
		PG_RETURN_NULL();
	if (in_jp && !PG_ARGISNULL(0))
		ipasn_jumlah_unit_check(ipasn_enum_index(IPASN_ENUM_JALUR, PG_GETARG_OID(0)),
								PG_GETARG_TEXT_PP(1));
	PG_RETURN_DATUM(result);
}
