/*-------------------------------------------------------------------------
 *
 * ipasn.c
 *		Module magic, _PG_init, the per-backend cache of ipasn's enum types
 *		and the fixed-point helpers shared by every other file.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/indexing.h"
#include "catalog/pg_extension.h"
#include "catalog/namespace.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/catcache.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/syscache.h"

#include "ipasn.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

static const char *const jalur_labels[] = {
	"pendidikan",
	"pelatihan_kepemimpinan", "pelatihan_manajerial", "pelatihan_teknis",
	"pelatihan_fungsional", "pelatihan_sosial_kultural", "seminar", "workshop",
	"kursus", "penataran", "bimtek", "sosialisasi", "klasikal_lainnya",
	"coaching", "mentoring", "e_learning", "pelatihan_jarak_jauh", "detasering",
	"outbound", "patok_banding", "pertukaran_pegawai", "belajar_mandiri",
	"komunitas_belajar", "bimbingan_di_tempat_kerja", "magang",
	"nonklasikal_lainnya"
};
static const char *const lingkup_labels[] = {"nasional", "internasional"};
static const char *const pendidikan_labels[] = {
	"tidak_sekolah", "sd", "sltp", "slta", "d1", "d2", "d3", "d4", "s1", "s2", "s3"
};
static const char *const jabatan_labels[] = {
	"jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas",
	"fungsional", "pelaksana"
};
static const char *const diklatpim_labels[] = {"pkp", "pka", "pkn_ii", "pkn_i"};
static const char *const hukuman_labels[] = {"ringan", "sedang", "berat"};
static const char *const kategori_labels[] = {
	"sangat_rendah", "rendah", "sedang", "tinggi", "sangat_tinggi"
};

StaticAssertDecl(lengthof(jalur_labels) == JALUR_COUNT, "jalur labels");
StaticAssertDecl(lengthof(pendidikan_labels) == PENDIDIKAN_COUNT, "pendidikan labels");
StaticAssertDecl(lengthof(jabatan_labels) == JABATAN_COUNT, "jabatan labels");
StaticAssertDecl(lengthof(diklatpim_labels) == DIKLATPIM_COUNT, "diklatpim labels");
StaticAssertDecl(lengthof(hukuman_labels) == HUKUMAN_COUNT, "hukuman labels");
StaticAssertDecl(lengthof(kategori_labels) == KATEGORI_COUNT, "kategori labels");

typedef struct EnumInfo
{
	const char *typname;
	const char *const *labels;
	int			nlabels;
} EnumInfo;

static const EnumInfo enum_info[IPASN_ENUM_NKINDS] = {
	{"jalur", jalur_labels, JALUR_COUNT},
	{"lingkup", lingkup_labels, LINGKUP_COUNT},
	{"pendidikan", pendidikan_labels, PENDIDIKAN_COUNT},
	{"jabatan", jabatan_labels, JABATAN_COUNT},
	{"diklatpim", diklatpim_labels, DIKLATPIM_COUNT},
	{"hukuman", hukuman_labels, HUKUMAN_COUNT},
	{"kategori", kategori_labels, KATEGORI_COUNT},
};

/*
 * Per-backend cache of the enum OIDs.  Enum value OIDs of one CREATE TYPE
 * are close together, so OID -> index is a small direct-mapped array.  The
 * cache is dropped by a syscache callback whenever pg_type or pg_enum
 * changes (DROP/CREATE EXTENSION), so it never outlives the types.
 */
#define ENUM_MAP_MAX 4096

typedef struct EnumCache
{
	bool		valid;
	Oid			typid;
	Oid			oids[32];
	Oid			min_oid;
	int			map_len;
	int8	   *map;			/* oid - min_oid -> index, -1 if none */
} EnumCache;

static EnumCache enum_cache[IPASN_ENUM_NKINDS];
static Oid	cached_schema = InvalidOid;
static char *cached_schema_name = NULL;

static void
enum_cache_reset(Datum arg, int cacheid, uint32 hashvalue)
{
	int			k;

	for (k = 0; k < IPASN_ENUM_NKINDS; k++)
	{
		if (enum_cache[k].map)
			pfree(enum_cache[k].map);
		enum_cache[k].map = NULL;
		enum_cache[k].valid = false;
	}
	cached_schema = InvalidOid;
	if (cached_schema_name)
		pfree(cached_schema_name);
	cached_schema_name = NULL;
}

/* PG 15 keeps get_extension_schema() static: scan pg_extension ourselves */
static Oid
extension_schema(Oid extoid)
{
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	Oid			nsp = InvalidOid;

	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_oid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(extoid));
	scan = systable_beginscan(rel, ExtensionOidIndexId, true, NULL, 1, &key);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
		nsp = ((Form_pg_extension) GETSTRUCT(tup))->extnamespace;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return nsp;
}

Oid
ipasn_schema_oid(void)
{
	if (!OidIsValid(cached_schema))
	{
		Oid			ext = get_extension_oid("ipasn", false);
		Oid			nsp = extension_schema(ext);
		char	   *name = get_namespace_name(nsp);

		if (name == NULL)
			elog(ERROR, "schema of extension ipasn not found");
		cached_schema_name = MemoryContextStrdup(TopMemoryContext, name);
		cached_schema = nsp;
	}
	return cached_schema;
}

const char *
ipasn_schema_name(void)
{
	(void) ipasn_schema_oid();
	return cached_schema_name;
}

Oid
ipasn_relid(const char *relname)
{
	Oid			relid = get_relname_relid(relname, ipasn_schema_oid());

	if (!OidIsValid(relid))
		elog(ERROR, "table %s.%s of extension ipasn not found",
			 ipasn_schema_name(), relname);
	return relid;
}

static void
enum_cache_load(IpasnEnumKind kind)
{
	EnumCache  *c = &enum_cache[kind];
	const EnumInfo *info = &enum_info[kind];
	Oid			typid;
	CatCList   *list;
	Oid			lo = InvalidOid,
				hi = InvalidOid;
	int			i;

	typid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
							CStringGetDatum(info->typname),
							ObjectIdGetDatum(ipasn_schema_oid()));
	if (!OidIsValid(typid))
		elog(ERROR, "type %s.%s of extension ipasn not found",
			 ipasn_schema_name(), info->typname);

	for (i = 0; i < info->nlabels; i++)
		c->oids[i] = InvalidOid;

	list = SearchSysCacheList1(ENUMTYPOIDNAME, ObjectIdGetDatum(typid));
	for (i = 0; i < list->n_members; i++)
	{
		HeapTuple	tup = &list->members[i]->tuple;
		Form_pg_enum en = (Form_pg_enum) GETSTRUCT(tup);
		int			j;

		for (j = 0; j < info->nlabels; j++)
		{
			if (strcmp(NameStr(en->enumlabel), info->labels[j]) == 0)
			{
				c->oids[j] = en->oid;
				break;
			}
		}
	}
	ReleaseSysCacheList(list);

	for (i = 0; i < info->nlabels; i++)
	{
		if (!OidIsValid(c->oids[i]))
			elog(ERROR, "label \"%s\" of type %s.%s not found",
				 info->labels[i], ipasn_schema_name(), info->typname);
		if (!OidIsValid(lo) || c->oids[i] < lo)
			lo = c->oids[i];
		if (!OidIsValid(hi) || c->oids[i] > hi)
			hi = c->oids[i];
	}

	if (c->map)
		pfree(c->map);
	c->map = NULL;
	c->map_len = 0;
	if (hi - lo < ENUM_MAP_MAX)
	{
		c->map_len = hi - lo + 1;
		c->map = MemoryContextAlloc(TopMemoryContext, c->map_len);
		memset(c->map, -1, c->map_len);
		for (i = 0; i < info->nlabels; i++)
			c->map[c->oids[i] - lo] = (int8) i;
	}
	c->min_oid = lo;
	c->typid = typid;
	c->valid = true;
}

static inline EnumCache *
enum_cache_get(IpasnEnumKind kind)
{
	if (unlikely(!enum_cache[kind].valid))
		enum_cache_load(kind);
	return &enum_cache[kind];
}

const char *
ipasn_enum_type_name(IpasnEnumKind kind)
{
	return enum_info[kind].typname;
}

int
ipasn_enum_count(IpasnEnumKind kind)
{
	return enum_info[kind].nlabels;
}

const char *
ipasn_enum_label(IpasnEnumKind kind, int index)
{
	Assert(index >= 0 && index < enum_info[kind].nlabels);
	return enum_info[kind].labels[index];
}

int
ipasn_enum_index(IpasnEnumKind kind, Oid value)
{
	EnumCache  *c = enum_cache_get(kind);
	int			i;

	if (c->map && value >= c->min_oid && value - c->min_oid < (Oid) c->map_len)
	{
		int8		idx = c->map[value - c->min_oid];

		if (idx >= 0)
			return idx;
	}
	else
	{
		for (i = 0; i < enum_info[kind].nlabels; i++)
			if (c->oids[i] == value)
				return i;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid value for type %s.%s: enum OID %u",
					ipasn_schema_name(), enum_info[kind].typname, value)));
	return -1;					/* keep compiler quiet */
}

Oid
ipasn_enum_oid(IpasnEnumKind kind, int index)
{
	Assert(index >= 0 && index < enum_info[kind].nlabels);
	return enum_cache_get(kind)->oids[index];
}

Oid
ipasn_enum_typid(IpasnEnumKind kind)
{
	return enum_cache_get(kind)->typid;
}

/* ---------------------------------------------------------------------
 * Numbers
 * ---------------------------------------------------------------------
 */

/*
 * The on-disk layout of numeric (src/backend/utils/adt/numeric.c; it is
 * part of the on-disk format, so pg_upgrade keeps it stable).  Reading it
 * directly avoids a detoast copy, a NumericVar and a numeric multiply per
 * row.
 */
#define NBASE_ 10000
#define NUMERIC_SIGN_MASK_ 0xC000
#define NUMERIC_NEG_ 0x4000
#define NUMERIC_SHORT_ 0x8000
#define NUMERIC_SPECIAL_ 0xC000
#define NUMERIC_SHORT_SIGN_MASK_ 0x2000
#define NUMERIC_SHORT_WEIGHT_SIGN_MASK_ 0x0040
#define NUMERIC_SHORT_WEIGHT_MASK_ 0x003F

static IpasnNumStatus
numeric_bytes_to_h(const char *p, Size len, int64 *h)
{
	uint16		header;
	int			weight;
	bool		neg;
	const char *digits;
	int			ndigits;
	int			i;
	int64		acc = 0;

	if (len < sizeof(uint16))
		return IPASN_NUM_SPECIAL;
	memcpy(&header, p, sizeof(uint16));
	if ((header & NUMERIC_SIGN_MASK_) == NUMERIC_SPECIAL_)
		return IPASN_NUM_SPECIAL;	/* NaN, +-Infinity */
	if ((header & NUMERIC_SIGN_MASK_) == NUMERIC_SHORT_)
	{
		neg = (header & NUMERIC_SHORT_SIGN_MASK_) != 0;
		weight = (header & NUMERIC_SHORT_WEIGHT_SIGN_MASK_) ?
			(int) (~NUMERIC_SHORT_WEIGHT_MASK_ | (header & NUMERIC_SHORT_WEIGHT_MASK_)) :
			(int) (header & NUMERIC_SHORT_WEIGHT_MASK_);
		digits = p + sizeof(uint16);
		ndigits = (len - sizeof(uint16)) / sizeof(int16);
	}
	else
	{
		int16		w;

		if (len < 2 * sizeof(uint16))
			return IPASN_NUM_SPECIAL;
		neg = (header & NUMERIC_SIGN_MASK_) == NUMERIC_NEG_;
		memcpy(&w, p + sizeof(uint16), sizeof(int16));
		weight = w;
		digits = p + 2 * sizeof(uint16);
		ndigits = (len - 2 * sizeof(uint16)) / sizeof(int16);
	}
	if (ndigits == 0)
	{
		*h = 0;
		return IPASN_NUM_OK;
	}
	/* |value| >= 10^12 is out of every range ipasn reads */
	if (weight > 2)
		return neg ? IPASN_NUM_NEG_HUGE : IPASN_NUM_HUGE;
	for (i = 0; i < ndigits; i++)
	{
		int16		d;
		int			w = weight - i;

		memcpy(&d, digits + i * sizeof(int16), sizeof(int16));
		if (w >= 0)
		{
			int64		scale = 100;
			int			k;

			for (k = 0; k < w; k++)
				scale *= NBASE_;
			acc += (int64) d * scale;
		}
		else if (w == -1)
		{
			if (d % 100 != 0)
				return neg ? IPASN_NUM_NEG_DECIMALS : IPASN_NUM_DECIMALS;
			acc += d / 100;
		}
		else if (d != 0)
			return neg ? IPASN_NUM_NEG_DECIMALS : IPASN_NUM_DECIMALS;
	}
	*h = neg ? -acc : acc;
	return IPASN_NUM_OK;
}

bool
ipasn_numeric_to_h(Numeric num, int64 *h)
{
	return numeric_bytes_to_h(VARDATA_ANY(num), VARSIZE_ANY_EXHDR(num), h) == IPASN_NUM_OK;
}

bool
ipasn_datum_numeric_to_h(Datum d, int64 *h)
{
	return ipasn_datum_numeric_decode(d, h) == IPASN_NUM_OK;
}

IpasnNumStatus
ipasn_datum_numeric_decode(Datum d, int64 *h)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(d);
	IpasnNumStatus ok;

	if (VARATT_IS_EXTENDED(v) && !VARATT_IS_SHORT(v))
	{
		struct varlena *detoasted = PG_DETOAST_DATUM_PACKED(d);

		ok = numeric_bytes_to_h(VARDATA_ANY(detoasted),
								VARSIZE_ANY_EXHDR(detoasted), h);
		if (detoasted != v)
			pfree(detoasted);
		return ok;
	}
	return numeric_bytes_to_h(VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), h);
}

/*
 * Hundredths to a numeric of scale 2, written directly in the short on-disk
 * format (what make_result() builds for such values: no leading or trailing
 * zero digits, weight 0 for zero); one palloc instead of a NumericVar and
 * two allocations per row.
 */
#define NUMERIC_SHORT_DSCALE_SHIFT_ 7

Datum
ipasn_h_to_numeric(int64 h)
{
	int16		digits[8];
	int16		intdig[8];
	int			ni = 0,
				nd = 0,
				i,
				weight;
	bool		neg = h < 0;
	uint64		a = neg ? -(uint64) h : (uint64) h;
	uint64		ip = a / 100;
	uint16		header;
	Size		len;
	char	   *res;

	while (ip > 0)
	{
		intdig[ni++] = (int16) (ip % NBASE_);
		ip /= NBASE_;
	}
	for (i = ni - 1; i >= 0; i--)
		digits[nd++] = intdig[i];
	weight = ni - 1;
	digits[nd++] = (int16) ((a % 100) * 100);
	while (nd > 0 && digits[nd - 1] == 0)
		nd--;
	if (nd == 0)
	{
		weight = 0;
		neg = false;
	}
	header = NUMERIC_SHORT_ |
		(neg ? NUMERIC_SHORT_SIGN_MASK_ : 0) |
		(2 << NUMERIC_SHORT_DSCALE_SHIFT_) |
		(weight < 0 ? NUMERIC_SHORT_WEIGHT_SIGN_MASK_ : 0) |
		(weight & NUMERIC_SHORT_WEIGHT_MASK_);
	len = VARHDRSZ + sizeof(uint16) + nd * sizeof(int16);
	res = palloc(len);
	SET_VARSIZE(res, len);
	memcpy(res + VARHDRSZ, &header, sizeof(uint16));
	if (nd > 0)
		memcpy(res + VARHDRSZ + sizeof(uint16), digits, nd * sizeof(int16));
	return PointerGetDatum(res);
}

int64
ipasn_add_percent(int64 h, int32 persen)
{
	if (persen == 0)
		return h;
	return (h * (100 + persen) + 50) / 100;
}

char *
ipasn_h_to_cstring(int64 h)
{
	int64		a = h < 0 ? -h : h;

	return psprintf("%s" INT64_FORMAT ".%02d", h < 0 ? "-" : "",
					a / 100, (int) (a % 100));
}

void
_PG_init(void)
{
	CacheRegisterSyscacheCallback(TYPEOID, enum_cache_reset, (Datum) 0);
	CacheRegisterSyscacheCallback(ENUMOID, enum_cache_reset, (Datum) 0);
	ipasn_rules_init();
	ipasn_score_init();
	MarkGUCPrefixReserved("ipasn");
}
