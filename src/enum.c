/*-------------------------------------------------------------------------
 *
 * enum.c
 *		The per-backend caches of ipasn's schema and enum types: the schema's
 *		OID and name, and per enum type its OID and enum value OID <-> dense
 *		C index (the label order of the install script).
 *
 * Each is an IpasnCache (cache.c): the syscache callback ipasn_enum_inval
 * marks invalid only what a change touches, by the hash value the callback
 * is given: an enum type by its pg_type row (TYPEOID) or the pg_enum rows
 * of its labels (ENUMOID), everything by the schema's pg_namespace row
 * (DROP/CREATE EXTENSION, ALTER SCHEMA ... RENAME); a full reset (hash 0)
 * marks everything.  A change to any other type leaves the caches alone.
 * The next use builds again; the schema name returned stays valid until
 * the end of the transaction.
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
	uint32		typhash;		/* of typid in the pg_type syscache */
	Oid			oids[ENUM_LABELS_MAX];
	uint32		hashes[ENUM_LABELS_MAX];	/* of each in the pg_enum syscache */
	Oid			min_oid;
	int			map_len;		/* 0: no map, search oids[] */
	int8		map[FLEXIBLE_ARRAY_MEMBER]; /* oid - min_oid -> index, -1 if none */
} EnumCache;

typedef struct SchemaCache
{
	Oid			oid;
	uint32		hash;			/* of oid in the pg_namespace syscache */
	NameData	name;
} SchemaCache;

static IpasnCache schema_cache = IPASN_CACHE_INIT("ipasn schema");
static IpasnCache enum_cache[IPASN_ENUM_NKINDS] = {
	IPASN_CACHE_INIT("ipasn enum jalur"),
	IPASN_CACHE_INIT("ipasn enum lingkup"),
	IPASN_CACHE_INIT("ipasn enum pendidikan"),
	IPASN_CACHE_INIT("ipasn enum jabatan"),
	IPASN_CACHE_INIT("ipasn enum diklatpim"),
	IPASN_CACHE_INIT("ipasn enum hukuman"),
	IPASN_CACHE_INIT("ipasn enum kategori"),
};

/* does a change of the row with this hash in syscache cacheid touch c? */
static bool
enum_touched(const IpasnCache *c, int cacheid, uint32 hashvalue)
{
	const EnumCache *e = (const EnumCache *) c->data;
	int			i;

	/* a build under way has nothing to match yet: count the change */
	if (!c->valid || e == NULL || hashvalue == 0)
		return true;
	if (cacheid == TYPEOID)
		return e->typhash == hashvalue;
	for (i = 0; i < ENUM_LABELS_MAX && OidIsValid(e->oids[i]); i++)
		if (e->hashes[i] == hashvalue)
			return true;
	return false;
}

/*
 * Syscache callback (pg_type, pg_enum, pg_namespace): marks invalid what the
 * changed row touches; frees nothing.
 */
void
ipasn_enum_inval(Datum arg, int cacheid, uint32 hashvalue)
{
	const SchemaCache *sc = (const SchemaCache *) schema_cache.data;
	int			k;

	if (cacheid == NAMESPACEOID)
	{
		if (schema_cache.valid && sc != NULL && hashvalue != 0 && sc->hash != hashvalue)
			return;
		/* the schema itself: every type in it goes too */
		ipasn_cache_invalidate(&schema_cache);
		for (k = 0; k < IPASN_ENUM_NKINDS; k++)
			ipasn_cache_invalidate(&enum_cache[k]);
		return;
	}
	for (k = 0; k < IPASN_ENUM_NKINDS; k++)
		if (enum_touched(&enum_cache[k], cacheid, hashvalue))
			ipasn_cache_invalidate(&enum_cache[k]);
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

static void *
schema_build(MemoryContext cxt, void *arg)
{
	SchemaCache *sc = MemoryContextAllocZero(cxt, sizeof(SchemaCache));
	char	   *name;

	sc->oid = extension_schema(get_extension_oid("ipasn", false));
	name = get_namespace_name(sc->oid);
	if (name == NULL)
		elog(ERROR, "schema of extension ipasn not found");
	namestrcpy(&sc->name, name);
	sc->hash = GetSysCacheHashValue1(NAMESPACEOID, ObjectIdGetDatum(sc->oid));
	return sc;
}

static inline const SchemaCache *
schema_get(void)
{
	return (const SchemaCache *) ipasn_cache_get(&schema_cache, schema_build, NULL);
}

Oid
ipasn_schema_oid(void)
{
	return schema_get()->oid;
}

const char *
ipasn_schema_name(void)
{
	return NameStr(schema_get()->name);
}

Oid
ipasn_relid(const char *relname)
{
	Oid			relid = get_relname_relid(relname, ipasn_schema_oid());

	if (!OidIsValid(relid))
		elog(ERROR, "table %s of extension ipasn not found", relname);
	return relid;
}

/*
 * The type and the OIDs of its labels, into cxt; raises if the type or one
 * of the labels is missing.  Built only once it is complete: an error
 * leaves the cache invalid, built again at the next use.
 */
static void *
enum_build(MemoryContext cxt, void *arg)
{
	IpasnEnumKind kind = (IpasnEnumKind) (intptr_t) arg;
	const EnumInfo *info = &enum_info[kind];
	Oid			oids[ENUM_LABELS_MAX];
	Oid			typid;
	Oid			lo = InvalidOid,
				hi = InvalidOid;
	int			map_len = 0;
	CatCList   *list;
	EnumCache  *c;
	int			i;

	typid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
							CStringGetDatum(info->typname),
							ObjectIdGetDatum(ipasn_schema_oid()));
	if (!OidIsValid(typid))
		elog(ERROR, "type %s of extension ipasn not found", info->typname);

	for (i = 0; i < info->nlabels; i++)
		oids[i] = InvalidOid;
	list = SearchSysCacheList1(ENUMTYPOIDNAME, ObjectIdGetDatum(typid));
	for (i = 0; i < list->n_members; i++)
	{
		Form_pg_enum en = (Form_pg_enum) GETSTRUCT(&list->members[i]->tuple);
		int			j;

		for (j = 0; j < info->nlabels; j++)
		{
			if (strcmp(NameStr(en->enumlabel), info->labels[j]) == 0)
			{
				oids[j] = en->oid;
				break;
			}
		}
	}
	ReleaseSysCacheList(list);

	for (i = 0; i < info->nlabels; i++)
	{
		if (!OidIsValid(oids[i]))
			elog(ERROR, "label \"%s\" of type %s not found",
				 info->labels[i], info->typname);
		if (!OidIsValid(lo) || oids[i] < lo)
			lo = oids[i];
		if (!OidIsValid(hi) || oids[i] > hi)
			hi = oids[i];
	}
	if (hi - lo < ENUM_MAP_MAX)
		map_len = hi - lo + 1;

	c = MemoryContextAllocZero(cxt, offsetof(EnumCache, map) + Max(map_len, 1));
	c->typid = typid;
	c->typhash = GetSysCacheHashValue1(TYPEOID, ObjectIdGetDatum(typid));
	c->min_oid = lo;
	c->map_len = map_len;
	memset(c->map, -1, map_len);
	for (i = 0; i < info->nlabels; i++)
	{
		c->oids[i] = oids[i];
		c->hashes[i] = GetSysCacheHashValue1(ENUMOID, ObjectIdGetDatum(oids[i]));
		if (map_len > 0)
			c->map[oids[i] - lo] = (int8) i;
	}
	return c;
}

static inline const EnumCache *
enum_cache_get(IpasnEnumKind kind)
{
	return (const EnumCache *) ipasn_cache_get(&enum_cache[kind], enum_build,
											   (void *) (intptr_t) kind);
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
