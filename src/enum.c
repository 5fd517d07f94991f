/*-------------------------------------------------------------------------
 *
 * enum.c
 *		The per-backend cache of ipasn's schema and enum types: enum value
 *		OID <-> dense C index (the label order of the install script).
 *
 * The cache is marked invalid by syscache callbacks on pg_type, pg_enum
 * and pg_namespace (DROP/CREATE EXTENSION, ALTER EXTENSION ... SET SCHEMA,
 * ALTER SCHEMA ... RENAME) and reloaded at its next use.  It lives in
 * static storage of fixed size: a reload overwrites it once it is complete
 * and nothing is ever freed, so a caller holding the schema name across
 * SPI calls (which process invalidations) keeps a valid string.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/indexing.h"
#include "catalog/namespace.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "utils/builtins.h"
#include "utils/catcache.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "ipasn.h"

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
 * Enum value OIDs of one CREATE TYPE are close together, so OID -> index is
 * a small direct-mapped array; a type whose OIDs are spread wider (labels
 * added later by ALTER TYPE ... ADD VALUE) is searched linearly.
 */
#define ENUM_MAP_MAX 1024
#define ENUM_LABELS_MAX 32

StaticAssertDecl(JALUR_COUNT <= ENUM_LABELS_MAX, "enum labels");

typedef struct EnumCache
{
	Oid			typid;
	Oid			oids[ENUM_LABELS_MAX];
	Oid			min_oid;
	int			map_len;		/* 0: no map, search oids[] */
	int8		map[ENUM_MAP_MAX];	/* oid - min_oid -> index, -1 if none */
} EnumCache;

static EnumCache enum_cache[IPASN_ENUM_NKINDS];
static bool enum_valid[IPASN_ENUM_NKINDS];

static Oid	schema_oid = InvalidOid;
static NameData schema_name;	/* never freed: callers hold it */

/* bumped by every invalidation: a load that saw one stays invalid */
static uint64 enum_inval_count = 0;

/*
 * Syscache callback (pg_type, pg_enum, pg_namespace): marks the cache
 * invalid; frees nothing.
 */
void
ipasn_enum_inval(Datum arg, int cacheid, uint32 hashvalue)
{
	int			k;

	for (k = 0; k < IPASN_ENUM_NKINDS; k++)
		enum_valid[k] = false;
	schema_oid = InvalidOid;
	enum_inval_count++;
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
	if (unlikely(!OidIsValid(schema_oid)))
	{
		uint64		start = enum_inval_count;
		Oid			nsp = extension_schema(get_extension_oid("ipasn", false));
		char	   *name = get_namespace_name(nsp);

		if (name == NULL)
			elog(ERROR, "schema of extension ipasn not found");
		namestrcpy(&schema_name, name);
		pfree(name);
		/* an invalidation that arrived while reading: read again next time */
		if (start != enum_inval_count)
			return nsp;
		schema_oid = nsp;
	}
	return schema_oid;
}

const char *
ipasn_schema_name(void)
{
	(void) ipasn_schema_oid();
	return NameStr(schema_name);
}

Oid
ipasn_relid(const char *relname)
{
	Oid			relid = get_relname_relid(relname, ipasn_schema_oid());

	if (!OidIsValid(relid))
		elog(ERROR, "table %s of extension ipasn not found", relname);
	return relid;
}

/* the OIDs of the labels of one enum, into *c; raises if one is missing */
static void
enum_read_labels(IpasnEnumKind kind, EnumCache *c)
{
	const EnumInfo *info = &enum_info[kind];
	CatCList   *list;
	int			i;

	c->typid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
							   CStringGetDatum(info->typname),
							   ObjectIdGetDatum(ipasn_schema_oid()));
	if (!OidIsValid(c->typid))
		elog(ERROR, "type %s of extension ipasn not found", info->typname);

	for (i = 0; i < info->nlabels; i++)
		c->oids[i] = InvalidOid;
	list = SearchSysCacheList1(ENUMTYPOIDNAME, ObjectIdGetDatum(c->typid));
	for (i = 0; i < list->n_members; i++)
	{
		Form_pg_enum en = (Form_pg_enum) GETSTRUCT(&list->members[i]->tuple);
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
		if (!OidIsValid(c->oids[i]))
			elog(ERROR, "label \"%s\" of type %s not found",
				 info->labels[i], info->typname);
}

/*
 * Loads one enum into a local copy and installs it only once it is
 * complete: an error leaves the old (invalid) entry, which is reloaded at
 * the next use.
 */
static void
enum_cache_load(IpasnEnumKind kind)
{
	EnumCache	c;
	int			nlabels = enum_info[kind].nlabels;
	uint64		start = enum_inval_count;
	Oid			lo = InvalidOid,
				hi = InvalidOid;
	int			i;

	enum_read_labels(kind, &c);
	for (i = 0; i < nlabels; i++)
	{
		if (!OidIsValid(lo) || c.oids[i] < lo)
			lo = c.oids[i];
		if (!OidIsValid(hi) || c.oids[i] > hi)
			hi = c.oids[i];
	}
	c.min_oid = lo;
	c.map_len = 0;
	if (hi - lo < ENUM_MAP_MAX)
	{
		c.map_len = hi - lo + 1;
		memset(c.map, -1, c.map_len);
		for (i = 0; i < nlabels; i++)
			c.map[c.oids[i] - lo] = (int8) i;
	}
	memcpy(&enum_cache[kind], &c, offsetof(EnumCache, map) + c.map_len);
	/* an invalidation that arrived while loading: reload next time */
	enum_valid[kind] = (start == enum_inval_count);
}

static inline const EnumCache *
enum_cache_get(IpasnEnumKind kind)
{
	if (unlikely(!enum_valid[kind]))
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
	const EnumCache *c = enum_cache_get(kind);
	int			i;

	if (c->map_len > 0)
	{
		if (value >= c->min_oid && value - c->min_oid < (Oid) c->map_len &&
			c->map[value - c->min_oid] >= 0)
			return c->map[value - c->min_oid];
	}
	else
	{
		for (i = 0; i < enum_info[kind].nlabels; i++)
			if (c->oids[i] == value)
				return i;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid value for type %s: enum OID %u",
					enum_info[kind].typname, value)));
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
