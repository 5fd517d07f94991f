/*-------------------------------------------------------------------------
 *
 * column.c
 *		The column resolver shared by both triggers (isi_jp.c, ringkasan.c)
 *		and by the SQL helpers of the summary and the backfills
 *		(ipasn._kolom_sql): which column types a role accepts and how a
 *		value of each is read.  This is the only place that maps a column
 *		type to a reading.
 *
 *	role					types (a domain is read as its base type)
 *	pegawai					any type (the summary groups by it)
 *	jalur, lingkup			the ipasn enum; text, varchar, char (parsed)
 *	jumlah					numeric; smallint, integer, bigint; text, ...
 *	mulai, selesai			date; timestamp, timestamptz (their date)
 *	jp (isi_jp only)		numeric with a scale of at least 2 (JP are counted
 *							to hundredths), or numeric without a typmod
 *	masalah (isi_jp only)	text or varchar (the reason a row gives no JP)
 *
 * A jumlah column is read as what its table declares it holds
 * (jumlah_dalam): 'satuan', the amount in the jalur's own unit, as is;
 * 'jam', hours as SIASN and most SIMPEG tables store them, through
 * ipasn_jumlah_jam after the column is read.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/relation.h"
#include "access/table.h"
#include "catalog/indexing.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "ipasn.h"
#include "parse.h"

const char *const ipasn_column_role_name[COLUMN_NROLES] = {
	"pegawai", "jalur", "lingkup", "jumlah", "mulai", "selesai", "jp", "masalah"
};

/* what a role accepts, as the hints say it */
static const char *const role_accepts[COLUMN_NROLES] = {
	"any type",
	"ipasn.jalur, text, varchar or char",
	"ipasn.lingkup, text, varchar or char",
	"numeric, smallint, integer, bigint, text, varchar or char",
	"date, timestamp or timestamptz",
	"date, timestamp or timestamptz",
	"numeric, or numeric(p, s) with s at least 2",
	"text or varchar"
};

static bool
is_text_type(Oid typid)
{
	return typid == TEXTOID || typid == VARCHAROID || typid == BPCHAROID;
}

/* the reading of a (base) type in a role; COLUMN_NONE if it has none */
static IpasnColumnKind
column_kind(Oid base, IpasnColumnRole role)
{
	switch (role)
	{
		case COLUMN_PEGAWAI:
			return COLUMN_AS_IS;
		case COLUMN_JALUR:
		case COLUMN_LINGKUP:
			if (base == ipasn_enum_typid(role == COLUMN_JALUR ?
										 IPASN_ENUM_JALUR : IPASN_ENUM_LINGKUP))
				return COLUMN_AS_IS;
			return is_text_type(base) ? COLUMN_TEXT : COLUMN_NONE;
		case COLUMN_JUMLAH:
			if (base == NUMERICOID)
				return COLUMN_AS_IS;
			if (base == INT2OID)
				return COLUMN_INT2;
			if (base == INT4OID)
				return COLUMN_INT4;
			if (base == INT8OID)
				return COLUMN_INT8;
			return is_text_type(base) ? COLUMN_TEXT : COLUMN_NONE;
		case COLUMN_MULAI:
		case COLUMN_SELESAI:
			if (base == DATEOID)
				return COLUMN_AS_IS;
			if (base == TIMESTAMPOID)
				return COLUMN_TIMESTAMP;
			if (base == TIMESTAMPTZOID)
				return COLUMN_TIMESTAMPTZ;
			return COLUMN_NONE;
		case COLUMN_JP:
			return base == NUMERICOID ? COLUMN_AS_IS : COLUMN_NONE;
		case COLUMN_MASALAH:
			return base == TEXTOID || base == VARCHAROID ? COLUMN_AS_IS : COLUMN_NONE;
		case COLUMN_NROLES:
			break;
	}
	return COLUMN_NONE;
}

static void
column_not_found(const IpasnColumnUser *user, const char *colname, IpasnColumnRole role)
{
	if (user->trigger)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" given as %s column of trigger \"%s\" does not exist in table \"%s\"",
						colname, ipasn_column_role_name[role], user->trigger, user->table),
				 errhint("Column names in trigger arguments are case sensitive: an unquoted name in CREATE TRIGGER is folded to lower case only where it is written without quotes.")));
	ereport(ERROR,
			(errcode(ERRCODE_UNDEFINED_COLUMN),
			 errmsg("column \"%s\" given as %s column does not exist in table %s",
					colname, ipasn_column_role_name[role], user->table),
			 errhint("Column names in trigger arguments are case sensitive.")));
}

static void
column_is_system(const IpasnColumnUser *user, const char *colname)
{
	if (user->trigger)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("trigger \"%s\" on table \"%s\" cannot use system column \"%s\"",
						user->trigger, user->table, colname)));
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("table %s cannot be summarized by system column \"%s\"",
					user->table, colname)));
}

static void
column_wrong_type(const IpasnColumnUser *user, const char *colname,
				  IpasnColumnRole role, Oid typid)
{
	const char *r = ipasn_column_role_name[role];

	if (user->trigger)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("%s column \"%s\" of table \"%s\" has type %s, which trigger \"%s\" cannot use",
						r, colname, user->table, format_type_be(typid), user->trigger),
				 errhint("The %s column must be of type %s.", r, role_accepts[role])));
	ereport(ERROR,
			(errcode(ERRCODE_DATATYPE_MISMATCH),
			 errmsg("%s column \"%s\" of table %s has type %s, which ipasn cannot use",
					r, colname, user->table, format_type_be(typid)),
			 errhint("The %s column must be of type %s.", r, role_accepts[role])));
}

static int	column_numeric_scale(int32 typmod);
static void column_too_few_decimals(const IpasnColumnUser *user, const char *colname,
									Oid typid, int32 typmod) pg_attribute_noreturn();

/*
 * Resolves column colname of tupdesc in a role: its number and reading.
 * Raises 42703 for a missing column, 0A000 for a system column (and for a
 * generated one when user->before: generated columns are computed after
 * BEFORE triggers), 42804 for a type the role does not accept and for a
 * jp column of fewer than two decimals.
 */
void
ipasn_column_resolve(TupleDesc tupdesc, const char *colname, IpasnColumnRole role,
					 const IpasnColumnUser *user, IpasnColumn *out)
{
	int			attnum = SPI_fnumber(tupdesc, colname);
	Form_pg_attribute att;

	if (attnum == SPI_ERROR_NOATTRIBUTE)
		column_not_found(user, colname, role);
	if (attnum <= 0)
		column_is_system(user, colname);
	att = TupleDescAttr(tupdesc, attnum - 1);
	if (att->attgenerated && user->before)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("trigger \"%s\" on table \"%s\" cannot use generated column \"%s\"",
						user->trigger, user->table, colname),
				 errdetail("Generated columns are computed after BEFORE triggers run.")));

	out->attnum = attnum;
	out->typid = att->atttypid;
	out->typmod = att->atttypmod;
	out->collation = att->attcollation;
	out->jam = false;
	/* the columns written are taken as they are: a domain is refused */
	out->base = role == COLUMN_JP || role == COLUMN_MASALAH ?
		att->atttypid : getBaseType(att->atttypid);
	out->kind = column_kind(out->base, role);
	if (out->kind == COLUMN_NONE)
		column_wrong_type(user, colname, role, att->atttypid);
	if (role == COLUMN_JP && column_numeric_scale(out->typmod) < 2)
		column_too_few_decimals(user, colname, att->atttypid, out->typmod);
}

/*
 * The scale of a numeric typmod (that of numeric_typmod_scale in numeric.c,
 * which PostgreSQL does not export: the scale is the low 11 bits, signed);
 * 2 for no typmod, which keeps every decimal
 */
static int
column_numeric_scale(int32 typmod)
{
	if (typmod < (int32) VARHDRSZ)
		return 2;
	return (((typmod - VARHDRSZ) & 0x7ff) ^ 1024) - 1024;
}

/*
 * A jp column of type numeric(p, s) with s below 2 would round the JP that
 * Peraturan LAN 10/2018 gives to hundredths (1.25 JP into numeric(6,1):
 * 1.3), silently: refused, 42804.
 */
static void
column_too_few_decimals(const IpasnColumnUser *user, const char *colname,
						Oid typid, int32 typmod)
{
	const char *type = format_type_with_typemod(typid, typmod);

	if (user->trigger)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("jp column \"%s\" of table \"%s\" has type %s, which cannot hold the JP that trigger \"%s\" writes",
						colname, user->table, type, user->trigger),
				 errdetail("JP are counted to two decimals (Peraturan LAN 10/2018, Lampiran: 17 JP of pelatihan teknis abroad, +20%%, are 20.40 JP); a column with fewer decimals would round them."),
				 errhint("Use numeric, or numeric(p, s) with s at least 2, e.g. ALTER TABLE ... ALTER COLUMN %s TYPE numeric(7,2).",
						 quote_identifier(colname))));
	ereport(ERROR,
			(errcode(ERRCODE_DATATYPE_MISMATCH),
			 errmsg("jp column \"%s\" of table %s has type %s, which cannot hold JP to two decimals",
					colname, user->table, type),
			 errdetail("JP are counted to two decimals (Peraturan LAN 10/2018, Lampiran); a column with fewer decimals would round them."),
			 errhint("Use numeric, or numeric(p, s) with s at least 2.")));
}

/* ---------------------------------------------------------------------
 * Reading a value
 * ---------------------------------------------------------------------
 */

/* jalur or lingkup: the dense index; false for NULL or blank text */
bool
ipasn_column_read_enum(const IpasnColumn *col, IpasnEnumKind kind, Datum d,
					   bool isnull, int *index)
{
	if (isnull)
		return false;
	if (col->kind == COLUMN_AS_IS)
	{
		*index = ipasn_enum_index(kind, DatumGetObjectId(d));
		return true;
	}
	return ipasn_read_enum_text(kind, DatumGetTextPP(d), index);
}

/*
 * jumlah: a numeric; false for NULL or blank text.  *in_jp: a text amount
 * carried a JP unit word ("8 jam").
 */
bool
ipasn_column_read_jumlah(const IpasnColumn *col, Datum d, bool isnull, Datum *result,
						 bool *in_jp)
{
	*in_jp = false;
	if (isnull)
		return false;
	switch (col->kind)
	{
		case COLUMN_AS_IS:
			*result = d;
			return true;
		case COLUMN_INT2:
			*result = NumericGetDatum(int64_to_numeric(DatumGetInt16(d)));
			return true;
		case COLUMN_INT4:
			*result = NumericGetDatum(int64_to_numeric(DatumGetInt32(d)));
			return true;
		case COLUMN_INT8:
			*result = NumericGetDatum(int64_to_numeric(DatumGetInt64(d)));
			return true;
		case COLUMN_TEXT:
			return ipasn_read_jumlah_text_unit(DatumGetTextPP(d), result, in_jp);
		default:
			elog(ERROR, "unexpected reading %d of a jumlah column", (int) col->kind);
	}
	return false;
}

/* mulai or selesai: a date; false for NULL */
bool
ipasn_column_read_date(const IpasnColumn *col, Datum d, bool isnull, DateADT *result)
{
	if (isnull)
		return false;
	switch (col->kind)
	{
		case COLUMN_AS_IS:
			*result = DatumGetDateADT(d);
			return true;
		case COLUMN_TIMESTAMP:
			*result = DatumGetDateADT(DirectFunctionCall1(timestamp_date, d));
			return true;
		case COLUMN_TIMESTAMPTZ:
			*result = DatumGetDateADT(DirectFunctionCall1(timestamptz_date, d));
			return true;
		default:
			elog(ERROR, "unexpected reading %d of a date column", (int) col->kind);
	}
	return false;
}

/*
 * The five columns jalur .. selesai of a deformed row (values and isnull
 * indexed by attnum - 1) into *rec.  All five are read, so that bad data
 * raises even in a row without jalur.  Returns false when jalur or lingkup
 * is NULL (no record).  When names is given, *reading names the column
 * being read (for an error context) and is NULL afterwards.
 */
bool
ipasn_column_read_record(const IpasnColumn *col, const Datum *values, const bool *isnull,
						 JpRecord *rec, const char *const *names, const char **reading)
{
	bool		has_record;
	bool		has_jalur;
	bool		in_jp;

#define COLUMN_VALUE(role) values[col[role].attnum - 1], isnull[col[role].attnum - 1]
#define COLUMN_READING(role) do { if (names) *reading = names[role]; } while (0)

	memset(rec, 0, sizeof(JpRecord));
	COLUMN_READING(COLUMN_JALUR);
	has_jalur = ipasn_column_read_enum(&col[COLUMN_JALUR], IPASN_ENUM_JALUR,
									   COLUMN_VALUE(COLUMN_JALUR), &rec->jalur);
	has_record = has_jalur;
	COLUMN_READING(COLUMN_LINGKUP);
	if (!ipasn_column_read_enum(&col[COLUMN_LINGKUP], IPASN_ENUM_LINGKUP,
								COLUMN_VALUE(COLUMN_LINGKUP), &rec->lingkup))
		has_record = false;
	COLUMN_READING(COLUMN_JUMLAH);
	rec->jumlah_null = !ipasn_column_read_jumlah(&col[COLUMN_JUMLAH],
												 COLUMN_VALUE(COLUMN_JUMLAH), &rec->jumlah,
												 &in_jp);
	/* hours: as ipasn.jumlah_jam(jalur, jam), which is NULL for NULL jalur */
	if (col[COLUMN_JUMLAH].jam && has_jalur && !rec->jumlah_null)
		rec->jumlah_null = !ipasn_jumlah_jam(rec->jalur, rec->jumlah, &rec->jumlah);
	/* each jalur's own unit: "8 jam" only where the jalur counts JP */
	else if (in_jp && has_jalur)
		ipasn_jumlah_unit_check(rec->jalur,
								DatumGetTextPP(values[col[COLUMN_JUMLAH].attnum - 1]));
	COLUMN_READING(COLUMN_MULAI);
	rec->mulai_null = !ipasn_column_read_date(&col[COLUMN_MULAI],
											  COLUMN_VALUE(COLUMN_MULAI), &rec->mulai);
	COLUMN_READING(COLUMN_SELESAI);
	rec->selesai_null = !ipasn_column_read_date(&col[COLUMN_SELESAI],
												COLUMN_VALUE(COLUMN_SELESAI), &rec->selesai);
	if (names)
		*reading = NULL;
#undef COLUMN_VALUE
#undef COLUMN_READING
	return has_record;
}

/* ---------------------------------------------------------------------
 * jumlah_dalam: what an amount column holds
 * ---------------------------------------------------------------------
 */

/* 1 for 'jam', 0 for 'satuan', -1 for anything else (NULL too) */
int
ipasn_jumlah_dalam(const char *value)
{
	if (value == NULL)
		return -1;
	if (strcmp(value, "jam") == 0)
		return 1;
	if (strcmp(value, "satuan") == 0)
		return 0;
	return -1;
}

/*
 * The declaration a trigger without one was read with, while the catalog
 * is still that of ipasn 0.1.0 or 0.2.0 (the library is updated before
 * ALTER EXTENSION ipasn UPDATE is run): 'satuan', as those versions read
 * it, so that such a database keeps firing unchanged until it is updated;
 * the update to 0.3.0 re-creates those triggers with an explicit 'satuan'.
 * NULL once the catalog is 0.3.0 or later: there is no default.
 */
const char *
ipasn_jumlah_dalam_lama(void)
{
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tuple;
	const char *result = NULL;

	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_extname, BTEqualStrategyNumber, F_NAMEEQ,
				CStringGetDatum("ipasn"));
	scan = systable_beginscan(rel, ExtensionNameIndexId, true, NULL, 1, &key);
	tuple = systable_getnext(scan);
	if (HeapTupleIsValid(tuple))
	{
		bool		isnull;
		Datum		d = heap_getattr(tuple, Anum_pg_extension_extversion,
									 RelationGetDescr(rel), &isnull);

		if (!isnull)
		{
			char	   *v = text_to_cstring(DatumGetTextPP(d));

			if (strcmp(v, "0.1.0") == 0 || strcmp(v, "0.2.0") == 0)
				result = "satuan";
		}
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return result;
}

/* the error of a missing or unknown jumlah_dalam given to who */
void
ipasn_jumlah_dalam_error(const char *value, const char *who)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("jumlah_dalam must be 'jam' or 'satuan'"),
			 value ? errdetail("The jumlah_dalam given to %s is \"%s\".", who, value) :
			 errdetail("No jumlah_dalam was given to %s.", who),
			 errhint("Declare what the amount column holds: 'jam' when it holds hours, as SIASN and most SIMPEG tables store them, read through jumlah_jam (a seminar counts per day, coaching per activity: Peraturan LAN 10/2018, Lampiran); 'satuan' when it holds the amount in each jalur's own unit (JP, days, activities or semesters).")));
	pg_unreachable();
}

/*
 * ipasn._jumlah_dalam(jumlah_dalam text, fungsi text) -> boolean: true for
 * 'jam', false for 'satuan'; raises the error naming fungsi otherwise (NULL
 * included).  The procedures' check, the same as the triggers'.
 */
PG_FUNCTION_INFO_V1(ipasn_jumlah_dalam_sql);
Datum
ipasn_jumlah_dalam_sql(PG_FUNCTION_ARGS)
{
	char	   *value = PG_ARGISNULL(0) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(0));
	char	   *who = PG_ARGISNULL(1) ? "ipasn" : text_to_cstring(PG_GETARG_TEXT_PP(1));
	int			jam = ipasn_jumlah_dalam(value);

	/* named as the messages name functions: without the schema */
	if (strncmp(who, "ipasn.", 6) == 0)
		who += 6;
	if (jam < 0)
		ipasn_jumlah_dalam_error(value, psprintf("function \"%s\"", who));
	PG_RETURN_BOOL(jam == 1);
}

/* ---------------------------------------------------------------------
 * The same readings as SQL expressions, for the summary's statements and
 * the backfills
 * ---------------------------------------------------------------------
 */

/* role from its SQL name */
static IpasnColumnRole
column_role(const char *name)
{
	int			r;

	for (r = 0; r < COLUMN_NROLES; r++)
		if (strcmp(name, ipasn_column_role_name[r]) == 0)
			return (IpasnColumnRole) r;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown column role \"%s\"", name)));
	return COLUMN_NROLES;		/* keep compiler quiet */
}

/*
 * ipasn._kolom_sql(sumber regclass, kolom text, peran text, alias text) ->
 * text: the SQL expression that reads column kolom (of alias) in a role the
 * way the triggers read it; raises on a missing or wrongly typed column.
 */
PG_FUNCTION_INFO_V1(ipasn_kolom_sql);
Datum
ipasn_kolom_sql(PG_FUNCTION_ARGS)
{
	Oid			relid;
	const char *kolom;
	IpasnColumnRole role;
	const char *alias;
	char	   *ref;
	Relation	rel;
	IpasnColumnUser user;
	IpasnColumn col;
	char	   *expr = NULL;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	relid = PG_GETARG_OID(0);
	kolom = PG_ARGISNULL(1) ? "<NULL>" : text_to_cstring(PG_GETARG_TEXT_PP(1));
	role = column_role(text_to_cstring(PG_GETARG_TEXT_PP(2)));
	alias = PG_ARGISNULL(3) ? "s" : text_to_cstring(PG_GETARG_TEXT_PP(3));

	rel = relation_open(relid, AccessShareLock);
	user.trigger = NULL;
	user.before = false;
	user.table = DatumGetCString(DirectFunctionCall1(regclassout, ObjectIdGetDatum(relid)));
	if (PG_ARGISNULL(1))
		column_not_found(&user, kolom, role);
	ipasn_column_resolve(RelationGetDescr(rel), kolom, role, &user, &col);
	relation_close(rel, AccessShareLock);

	ref = psprintf("%s.%s", quote_identifier(alias), quote_identifier(kolom));
	switch (col.kind)
	{
		case COLUMN_AS_IS:
			expr = ref;
			break;
		case COLUMN_TEXT:
			expr = psprintf("%s.teks_%s(%s::text)",
							quote_identifier(ipasn_schema_name()),
							ipasn_column_role_name[role], ref);
			break;
		case COLUMN_INT2:
		case COLUMN_INT4:
		case COLUMN_INT8:
			expr = psprintf("%s::numeric", ref);
			break;
		case COLUMN_TIMESTAMP:
		case COLUMN_TIMESTAMPTZ:
			expr = psprintf("%s::date", ref);
			break;
		case COLUMN_NONE:
			elog(ERROR, "unexpected column reading");
	}
	PG_RETURN_TEXT_P(cstring_to_text(expr));
}
