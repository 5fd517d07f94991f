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
 */
bool
ipasn_jumlah_jam(int jalur, Datum jam, Datum *jumlah)
{
	int64		h = 0;
	const AturanJp *rule;

	switch (ipasn_datum_numeric_decode(jam, &h))
	{
		case IPASN_NUM_OK:
			if (h < 0)
				jam_error(jalur, jam, "is negative");
			if (h == 0)
				return false;
			break;
		case IPASN_NUM_HUGE:
			/* too many hours: ipasn.jp names the bound */
			break;
		case IPASN_NUM_NEG_HUGE:
		case IPASN_NUM_NEG_DECIMALS:
			jam_error(jalur, jam, "is negative");
			break;
		case IPASN_NUM_DECIMALS:
			jam_error(jalur, jam, "has more than two decimals");
			break;
		case IPASN_NUM_SPECIAL:
			jam_error(jalur, jam, "is not a finite number");
			break;
	}
	rule = ipasn_aturan_jp(jalur, LINGKUP_NASIONAL, 0, false);
	if (rule == NULL || rule->satuan != SATUAN_JP)
		return false;
	*jumlah = jam;
	return true;
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

/* true when the text holds only white space */
static bool
text_is_blank(const char *s, int len)
{
	int			i;

	for (i = 0; i < len; i++)
		if (!isspace((unsigned char) s[i]))
			return false;
	return true;
}

/*
 * Text to enum index: blank -> false (NULL); the agency's vocabulary
 * (ipasn.sinonim) first, then the built-in forms of parse.c, for the whole
 * text and for each of its parts; unknown text raises 22P02.
 */
bool
ipasn_read_enum_text(IpasnEnumKind kind, text *t, int *index)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	bool		ambiguous;
	int			idx;

	if (text_is_blank(s, len))
		return false;
	idx = ipasn_parse_text_ext(kind, s, len, ipasn_sinonim_lookup, &ambiguous);
	if (idx < 0)
		ipasn_parse_error_ext(kind, s, len, true);
	*index = idx;
	return true;
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
 * Text to numeric for jumlah: surrounding blanks are ignored, blank is
 * NULL, "12", "12.5", "12,5", "-3" are read, optionally followed by the
 * unit JP, JPL, jam, jam pelajaran or jam latihan ("24 JP", "8 jam",
 * "12,5 jam pelajaran").  Another unit ("2 hari", "3 kali") is refused: the
 * number is not an amount of hours.  A separator followed by exactly three
 * digits ("1.500", "1,500") is refused as ambiguous (a thousands separator
 * in Indonesian), as is anything else.
 */
bool
ipasn_read_jumlah_text(text *t, Datum *result)
{
	bool		in_jp;

	return ipasn_read_jumlah_text_unit(t, result, &in_jp);
}

/*
 * The same, and *in_jp tells whether the number was followed by a JP unit
 * word (JP, jam, jam pelajaran ...).
 */
bool
ipasn_read_jumlah_text_unit(text *t, Datum *result, bool *in_jp)
{
	char	   *s = text_to_cstring(t);
	char	   *p = s;
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
	while (*p && isspace((unsigned char) *p))
		p++;
	end = p + strlen(p);
	while (end > p && isspace((unsigned char) end[-1]))
		end--;
	*end = '\0';
	if (*p == '\0')
	{
		pfree(s);
		return false;
	}

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
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("jumlah \"%s\" is not in JP", p),
						 errdetail("Only JP, jam or jam pelajaran may follow the number; \"%s\" is another unit.",
								   numend + strspn(numend, " \t\n\r\f\v")),
						 errhint("Write the number alone (2 for a 2-day seminar where the column holds each jalur's own unit), or leave it blank so that the days come from the dates.")));
		if (known)
		{
			ulen = 0;
			*in_jp = true;
		}
	}
	if (ulen > 0 || unit_long || int_digits + frac_digits == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid jumlah \"%s\"", p),
				 errhint("Write jumlah as a number such as 12, 12.5 or 12,5, optionally followed by JP, jam or jam pelajaran (no thousands separators).")));
	if (sep && frac_digits == 3 && int_digits > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("ambiguous jumlah \"%s\"", p),
				 errdetail("A dot or comma followed by three digits may be a thousands separator."),
				 errhint("Write the number without a thousands separator (1500), or with at most two decimals (1.5).")));
	*numend = '\0';
	for (q = p; *q; q++)
		if (*q == ',')
			*q = '.';
	*result = DirectFunctionCall3(numeric_in, CStringGetDatum(p),
								  ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
	pfree(s);
	return true;
}

/* ipasn.teks_<kind>(text): blank -> NULL, else the reading of the triggers */
static Datum
teks_enum(FunctionCallInfo fcinfo, IpasnEnumKind kind)
{
	int			idx;

	if (!ipasn_read_enum_text(kind, PG_GETARG_TEXT_PP(0), &idx))
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
	return teks_enum(fcinfo, IPASN_ENUM_JALUR);
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
	return teks_enum(fcinfo, IPASN_ENUM_LINGKUP);
}

/* ipasn.teks_pendidikan(text) -> ipasn.pendidikan */
PG_FUNCTION_INFO_V1(ipasn_teks_pendidikan);
Datum
ipasn_teks_pendidikan(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_PENDIDIKAN);
}

/* ipasn.teks_jabatan(text) -> ipasn.jabatan */
PG_FUNCTION_INFO_V1(ipasn_teks_jabatan);
Datum
ipasn_teks_jabatan(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_JABATAN);
}

/* ipasn.teks_diklatpim(text) -> ipasn.diklatpim */
PG_FUNCTION_INFO_V1(ipasn_teks_diklatpim);
Datum
ipasn_teks_diklatpim(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_DIKLATPIM);
}

/* ipasn.teks_hukuman(text) -> ipasn.hukuman */
PG_FUNCTION_INFO_V1(ipasn_teks_hukuman);
Datum
ipasn_teks_hukuman(PG_FUNCTION_ARGS)
{
	return teks_enum(fcinfo, IPASN_ENUM_HUKUMAN);
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
	bool		ambiguous;
	int			idx;

	if (kind < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("type %s is not parsed by ipasn", format_type_be(tipe)),
				 errhint("The tipe must be one of the types jalur, lingkup, pendidikan, jabatan, diklatpim and hukuman.")));
	if (text_is_blank(s, len))
		PG_RETURN_NULL();
	idx = ipasn_parse_text_ext(kind, s, len, ipasn_sinonim_lookup, &ambiguous);
	if (idx < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(ipasn_enum_label(kind, idx)));
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
 * A text amount in a column declared to hold each jalur's own unit
 * (jumlah_dalam 'satuan'): a JP unit word ("8 jam", "24 JP") is accepted
 * only where the jalur is counted in JP (ipasn.satuan); elsewhere the
 * number is hours, not days, activities or semesters, and reading it as
 * such would multiply the JP silently.  Raises 22P02.
 */
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
