/*-------------------------------------------------------------------------
 *
 * catatan.c
 *		ipasn.baca_catatan: one record of an agency's training table read
 *		exactly as the triggers read it (ipasn.sinonim first, hours through
 *		ipasn.jumlah_jam when the amount column holds hours, no scope read as
 *		nasional), never raising on the record's values: what cannot be read
 *		is NULL, with the reason in plain Indonesian (masalah) and a stable
 *		code (kode).  PARALLEL SAFE without subtransactions: every reading
 *		below has a non-raising path (reader.c, jp.c).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "ipasn.h"
#include "catatan.h"
#include "parse.h"
#include "program.h"

/* how much of a text masalah quotes */
#define KUTIP_MAX 100

/* the stable codes of the readers (the others: ipasn_jp_masalah_kode) */
#define KODE_TEKS_TIDAK_DIKENAL "teks_tidak_dikenal"
#define KODE_BUKAN_BANGKOM "bukan_bangkom"
#define KODE_JALUR_KOSONG "jalur_kosong"
#define KODE_JUMLAH_TIDAK_TERBACA "jumlah_tidak_terbaca"

/* a text for masalah: surrounding blanks dropped, at most KUTIP_MAX bytes */
static char *
kutip(text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			n;

	while (len > 0 && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
					   s[len - 1] == '\n' || s[len - 1] == '\r'))
		len--;
	n = len > KUTIP_MAX ? pg_mbcliplen(s, len, KUTIP_MAX) : len;
	return psprintf("%.*s%s", n, s, n < len ? "..." : "");
}

/* an invalid record: nothing of it counts */
static void
tolak(IpasnCatatan *out, const char *kode, char *masalah)
{
	out->jalur = -1;
	out->lingkup = -1;
	out->jumlah_null = true;
	out->jumlah = (Datum) 0;
	out->kode = kode;
	out->masalah = masalah;
	out->janggal = NULL;
}

/* the values of a record as ipasn.jp reads them */
static void
catatan_record(const IpasnCatatan *c, JpRecord *rec)
{
	rec->jalur = c->jalur;
	rec->lingkup = c->lingkup;
	rec->jumlah_null = c->jumlah_null;
	rec->jumlah = c->jumlah;
	rec->mulai_null = c->mulai_null;
	rec->mulai = c->mulai;
	rec->selesai_null = c->selesai_null;
	rec->selesai = c->selesai;
}

/*
 * The JP ipasn.aturan_program fixes for the programme a jalur text names
 * (program.h), tried with the whole text and with its leading words ("PKP"
 * of "PKP Angkatan XII").  Not by the leadership level it names: a
 * "Diklatpim Tk. IV" of 2015 is the level of today's PKP, not its
 * programme of 830 JP.
 */
static bool
program_jp(text *jalur, int jalur_idx, bool has_date, DateADT tanggal, Datum *jp)
{
	const char *s = VARDATA_ANY(jalur);
	int			len = VARSIZE_ANY_EXHDR(jalur);
	int			n;

	if (ipasn_program_jp_tanggal(s, len, jalur_idx, has_date, tanggal, jp))
		return true;
	n = ipasn_parse_lead_len(IPASN_ENUM_JALUR, s, len, ipasn_sinonim_lookup);
	return n > 0 && ipasn_program_jp_tanggal(s, n, jalur_idx, has_date, tanggal, jp);
}

void
ipasn_baca_catatan(text *jalur, text *lingkup, text *jumlah,
				   bool mulai_null, DateADT mulai,
				   bool selesai_null, DateADT selesai,
				   bool jam, IpasnCatatan *out)
{
	JpRecord	rec;
	JpConverted conv;
	JpMasalah	masalah;
	int			idx = -1;
	bool		in_jp = false;

	memset(out, 0, sizeof(IpasnCatatan));
	out->jalur = -1;
	out->lingkup = -1;
	out->jumlah_null = true;
	out->mulai_null = mulai_null;
	out->mulai = mulai_null ? 0 : mulai;
	out->selesai_null = selesai_null;
	out->selesai = selesai_null ? 0 : selesai;

	/* jalur */
	switch (jalur == NULL ? BACAAN_KOSONG :
			ipasn_read_enum_safe(IPASN_ENUM_JALUR, VARDATA_ANY(jalur),
								 VARSIZE_ANY_EXHDR(jalur), &idx))
	{
		case BACAAN_OK:
			out->jalur = idx;
			break;
		case BACAAN_KOSONG:
			tolak(out, KODE_JALUR_KOSONG, pstrdup("jalur kosong"));
			return;
		case BACAAN_BUKAN_BANGKOM:
			tolak(out, KODE_BUKAN_BANGKOM,
				  psprintf("\"%s\" bukan pengembangan kompetensi (ipasn.sinonim)",
						   kutip(jalur)));
			return;
		case BACAAN_TIDAK_DIKENAL:
			tolak(out, KODE_TEKS_TIDAK_DIKENAL,
				  psprintf("jalur \"%s\" tidak dikenal", kutip(jalur)));
			return;
	}

	/* lingkup: no value is nasional, or the scope word of the jalur text */
	switch (lingkup == NULL ? BACAAN_KOSONG :
			ipasn_read_enum_safe(IPASN_ENUM_LINGKUP, VARDATA_ANY(lingkup),
								 VARSIZE_ANY_EXHDR(lingkup), &idx))
	{
		case BACAAN_OK:
			out->lingkup = idx;
			break;
		case BACAAN_KOSONG:
		case BACAAN_BUKAN_BANGKOM:
			idx = ipasn_lingkup_in_jalur(VARDATA_ANY(jalur), VARSIZE_ANY_EXHDR(jalur),
										 ipasn_sinonim_lookup, out->jalur);
			out->lingkup = idx >= 0 ? idx : LINGKUP_NASIONAL;
			break;
		case BACAAN_TIDAK_DIKENAL:
			tolak(out, KODE_TEKS_TIDAK_DIKENAL,
				  psprintf("lingkup \"%s\" tidak dikenal", kutip(lingkup)));
			return;
	}

	/* jumlah */
	if (jumlah != NULL)
	{
		Datum		d = (Datum) 0;
		const char *why = NULL;

		switch (ipasn_read_jumlah_safe(VARDATA_ANY(jumlah), VARSIZE_ANY_EXHDR(jumlah),
									   &d, &in_jp))
		{
			case JUMLAH_OK:
				out->jumlah_null = false;
				out->jumlah = d;
				break;
			case JUMLAH_KOSONG:
				break;
			case JUMLAH_UNIT_LAIN:
				why = "bukan dalam JP";
				break;
			case JUMLAH_RIBUAN:
				why = "ambigu (titik atau koma diikuti tiga angka bisa pemisah ribuan)";
				break;
			case JUMLAH_TIDAK_SAH:
				why = "bukan angka";
				break;
		}
		if (why != NULL)
		{
			tolak(out, KODE_JUMLAH_TIDAK_TERBACA,
				  psprintf("jumlah \"%s\" %s", kutip(jumlah), why));
			return;
		}
	}
	if (!out->jumlah_null && jam)
	{
		JpMasalahKode kode;
		Datum		d;

		switch (ipasn_jumlah_jam_safe(out->jalur, out->jumlah, &d, &kode))
		{
			case 1:
				out->jumlah = d;
				break;
			case 0:
				out->jumlah_null = true;
				out->jumlah = (Datum) 0;
				break;
			default:
				{
					char	   *n = DatumGetCString(DirectFunctionCall1(numeric_out,
																		out->jumlah));

					tolak(out, ipasn_jp_masalah_kode(kode),
						  kode == JPM_NEGATIVE ?
						  psprintf("jam %s tidak boleh negatif", n) :
						  kode == JPM_DECIMALS ?
						  psprintf("jam %s memiliki lebih dari dua angka desimal", n) :
						  psprintf("jam %s bukan bilangan yang sah", n));
					return;
				}
		}
	}
	else if (!out->jumlah_null && in_jp && !ipasn_jumlah_unit_ok(out->jalur))
	{
		const AturanJp *rule = ipasn_aturan_jp(out->jalur, LINGKUP_NASIONAL, 0, false);

		tolak(out, KODE_JUMLAH_TIDAK_TERBACA,
			  psprintf("jumlah \"%s\" dalam JP, padahal jalur %s dihitung dalam %s",
					   kutip(jumlah), ipasn_enum_label(IPASN_ENUM_JALUR, out->jalur),
					   ipasn_satuan_info.nama[rule->satuan]));
		return;
	}

	/*
	 * No amount: the programme's JP where a regulation fixes it
	 * (ipasn.aturan_program), by the whole jalur text or its leading words
	 * ("PKP Angkatan XII")
	 */
	if (out->jumlah_null)
	{
		Datum		d;

		if (program_jp(jalur, out->jalur, mulai_null ? !selesai_null : true,
					   mulai_null ? selesai : mulai, &d))
		{
			out->jumlah_null = false;
			out->jumlah = d;
		}
	}

	/* the checks of ipasn.jp */
	catatan_record(out, &rec);
	if (!ipasn_jp_convert(&rec, &conv, &masalah))
	{
		tolak(out, ipasn_jp_masalah_kode(masalah.kode), ipasn_jp_masalah_text(&rec, &masalah));
		return;
	}
	if (conv.kind == JPK_NULL)
	{
		/* incomplete: counts for attendance, jalur and lingkup kept */
		out->kode = ipasn_jp_masalah_kode(JPM_INCOMPLETE);
		out->masalah = ipasn_jp_masalah_text(&rec, &masalah);
		return;
	}
	out->janggal = ipasn_jp_janggal_conv(&rec, &conv);
}

bool
ipasn_catatan_record(const IpasnCatatan *c, JpRecord *rec)
{
	if (c->jalur < 0 || c->lingkup < 0)
		return false;
	catatan_record(c, rec);
	return true;
}

/*
 * ipasn.baca_catatan(jalur text, lingkup text, jumlah text, mulai date,
 * selesai date, jumlah_dalam text) -> ipasn.catatan (jalur, lingkup,
 * jumlah, masalah, kode, janggal).  Not STRICT: NULL columns are no value.
 * Raises only on a jumlah_dalam other than 'jam' or 'satuan' (22023).
 */
PG_FUNCTION_INFO_V1(ipasn_baca_catatan_sql);
Datum
ipasn_baca_catatan_sql(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc = (TupleDesc) fcinfo->flinfo->fn_extra;
	int			jam = -1;
	IpasnCatatan c;
	Datum		values[6];
	bool		nulls[6];

	/* jumlah_dalam read in place: no copy per record */
	if (!PG_ARGISNULL(5))
	{
		text	   *t = PG_GETARG_TEXT_PP(5);
		int			len = VARSIZE_ANY_EXHDR(t);

		if (len == 3 && memcmp(VARDATA_ANY(t), "jam", 3) == 0)
			jam = 1;
		else if (len == 6 && memcmp(VARDATA_ANY(t), "satuan", 6) == 0)
			jam = 0;
		else
			ipasn_jumlah_dalam_error(text_to_cstring(t), "baca_catatan");
	}
	else
		ipasn_jumlah_dalam_error(NULL, "baca_catatan");
	if (tupdesc == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type of baca_catatan must be a row type");
		tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = tupdesc;
	}

	ipasn_baca_catatan(PG_ARGISNULL(0) ? NULL : PG_GETARG_TEXT_PP(0),
					   PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1),
					   PG_ARGISNULL(2) ? NULL : PG_GETARG_TEXT_PP(2),
					   PG_ARGISNULL(3), PG_ARGISNULL(3) ? 0 : PG_GETARG_DATEADT(3),
					   PG_ARGISNULL(4), PG_ARGISNULL(4) ? 0 : PG_GETARG_DATEADT(4),
					   jam == 1, &c);

	memset(nulls, 0, sizeof(nulls));
	nulls[0] = c.jalur < 0;
	values[0] = nulls[0] ? (Datum) 0 : ObjectIdGetDatum(ipasn_enum_oid(IPASN_ENUM_JALUR, c.jalur));
	nulls[1] = c.lingkup < 0;
	values[1] = nulls[1] ? (Datum) 0 : ObjectIdGetDatum(ipasn_enum_oid(IPASN_ENUM_LINGKUP, c.lingkup));
	nulls[2] = c.jumlah_null;
	values[2] = c.jumlah;
	nulls[3] = c.masalah == NULL;
	values[3] = nulls[3] ? (Datum) 0 : CStringGetTextDatum(c.masalah);
	nulls[4] = c.kode == NULL;
	values[4] = nulls[4] ? (Datum) 0 : CStringGetTextDatum(c.kode);
	nulls[5] = c.janggal == NULL;
	values[5] = nulls[5] ? (Datum) 0 : CStringGetTextDatum(c.janggal);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
