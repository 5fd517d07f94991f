/*-------------------------------------------------------------------------
 *
 * ipasn.h
 *		Shared declarations of the ipasn extension: JP (jam pelajaran) per
 *		Peraturan LAN 10/2018 and IP ASN per PermenPANRB 38/2018.
 *
 * All JP and scores are fixed point: int64 hundredths ("_h" suffix).
 *
 *-------------------------------------------------------------------------
 */
#ifndef IPASN_H
#define IPASN_H

#include "fmgr.h"
#include "access/tupdesc.h"
#include "utils/date.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

/* ---------------------------------------------------------------------
 * The SQL enums, as dense C indexes in label order (ipasn--*.sql).
 * ---------------------------------------------------------------------
 */
typedef enum IpasnEnumKind
{
	IPASN_ENUM_JALUR = 0,
	IPASN_ENUM_LINGKUP,
	IPASN_ENUM_PENDIDIKAN,
	IPASN_ENUM_JABATAN,
	IPASN_ENUM_DIKLATPIM,
	IPASN_ENUM_HUKUMAN,
	IPASN_ENUM_KATEGORI,
	IPASN_ENUM_NKINDS
} IpasnEnumKind;

typedef enum IpasnJalur
{
	JALUR_PENDIDIKAN = 0,
	JALUR_PELATIHAN_KEPEMIMPINAN,
	JALUR_PELATIHAN_MANAJERIAL,
	JALUR_PELATIHAN_TEKNIS,
	JALUR_PELATIHAN_FUNGSIONAL,
	JALUR_PELATIHAN_SOSIAL_KULTURAL,
	JALUR_SEMINAR,
	JALUR_WORKSHOP,
	JALUR_KURSUS,
	JALUR_PENATARAN,
	JALUR_BIMTEK,
	JALUR_SOSIALISASI,
	JALUR_KLASIKAL_LAINNYA,
	JALUR_COACHING,
	JALUR_MENTORING,
	JALUR_E_LEARNING,
	JALUR_PELATIHAN_JARAK_JAUH,
	JALUR_DETASERING,
	JALUR_OUTBOUND,
	JALUR_PATOK_BANDING,
	JALUR_PERTUKARAN_PEGAWAI,
	JALUR_BELAJAR_MANDIRI,
	JALUR_KOMUNITAS_BELAJAR,
	JALUR_BIMBINGAN_DI_TEMPAT_KERJA,
	JALUR_MAGANG,
	JALUR_NONKLASIKAL_LAINNYA,
	JALUR_COUNT
} IpasnJalur;

typedef enum IpasnLingkup
{
	LINGKUP_NASIONAL = 0,
	LINGKUP_INTERNASIONAL,
	LINGKUP_COUNT
} IpasnLingkup;

typedef enum IpasnPendidikan
{
	PENDIDIKAN_TIDAK_SEKOLAH = 0,
	PENDIDIKAN_SD,
	PENDIDIKAN_SLTP,
	PENDIDIKAN_SLTA,
	PENDIDIKAN_D1,
	PENDIDIKAN_D2,
	PENDIDIKAN_D3,
	PENDIDIKAN_D4,
	PENDIDIKAN_S1,
	PENDIDIKAN_S2,
	PENDIDIKAN_S3,
	PENDIDIKAN_COUNT
} IpasnPendidikan;

typedef enum IpasnJabatan
{
	JABATAN_JPT_UTAMA = 0,
	JABATAN_JPT_MADYA,
	JABATAN_JPT_PRATAMA,
	JABATAN_ADMINISTRATOR,
	JABATAN_PENGAWAS,
	JABATAN_FUNGSIONAL,
	JABATAN_PELAKSANA,
	JABATAN_COUNT
} IpasnJabatan;

typedef enum IpasnDiklatpim
{
	DIKLATPIM_PKP = 0,
	DIKLATPIM_PKA,
	DIKLATPIM_PKN_II,
	DIKLATPIM_PKN_I,
	DIKLATPIM_COUNT
} IpasnDiklatpim;

typedef enum IpasnHukuman
{
	HUKUMAN_RINGAN = 0,
	HUKUMAN_SEDANG,
	HUKUMAN_BERAT,
	HUKUMAN_COUNT
} IpasnHukuman;

typedef enum IpasnKategori
{
	KATEGORI_SANGAT_RENDAH = 0,
	KATEGORI_RENDAH,
	KATEGORI_SEDANG,
	KATEGORI_TINGGI,
	KATEGORI_SANGAT_TINGGI,
	KATEGORI_COUNT
} IpasnKategori;

/* ---------------------------------------------------------------------
 * ipasn.c: module start-up (_PG_init)
 * cache.c: the life cycle of every per-backend cache
 * ---------------------------------------------------------------------
 */
/*
 * A per-backend cache (cache.c has the life cycle): callbacks only call
 * ipasn_cache_invalidate; ipasn_cache_get returns the cache, building it
 * first when it is invalid.  A build function allocates what it keeps in
 * cxt and returns it; it runs under the latest snapshot with search_path
 * pinned to pg_catalog, pg_temp.
 */
typedef struct IpasnCache
{
	const char *name;			/* identifies its memory context */
	bool		valid;			/* false: build at the next use */
	uint64		generation;		/* counts the invalidations */
	MemoryContext cxt;			/* the attached cache, or NULL */
	void	   *data;			/* what the build returned, in cxt */
} IpasnCache;

#define IPASN_CACHE_INIT(name) {(name), false, 0, NULL, NULL}

typedef void *(*IpasnCacheBuild) (MemoryContext cxt, void *arg);

extern void *ipasn_cache_build(IpasnCache *cache, IpasnCacheBuild build, void *arg);

static inline void *
ipasn_cache_get(IpasnCache *cache, IpasnCacheBuild build, void *arg)
{
	if (likely(cache->valid))
		return cache->data;
	return ipasn_cache_build(cache, build, arg);
}

/*
 * For the builds: connects to SPI and runs a read-only query of ipasn's
 * table 'table'; the caller reads SPI_tuptable, then calls SPI_finish.
 */
extern void ipasn_cache_spi_read(const char *query, const char *table);

/* for invalidation callbacks: marks the cache invalid, frees nothing */
static inline void
ipasn_cache_invalidate(IpasnCache *cache)
{
	cache->valid = false;
	cache->generation++;
}

/*
 * The same steps for the per-trigger entries of the trigger caches: a fresh
 * context (child of the current one) to build an entry in, and attaching a
 * complete one under CacheMemoryContext, retiring the one in *slot.
 */
#define ipasn_cache_begin(name) \
	AllocSetContextCreate(CurrentMemoryContext, (name), ALLOCSET_SMALL_SIZES)
extern void ipasn_cache_attach(MemoryContext *slot, MemoryContext built);
extern void ipasn_cache_retire(MemoryContext old);

/* the first fields of an entry of a per-trigger cache (a hash by tgoid) */
typedef struct IpasnTriggerEntry
{
	Oid			tgoid;			/* hash key */
	bool		valid;
	MemoryContext cxt;			/* the attached entry, or NULL */
} IpasnTriggerEntry;

/*
 * A per-trigger cache: its entries (each starting with IpasnTriggerEntry)
 * in a hash table by trigger OID, under CacheMemoryContext.
 */
typedef struct IpasnTriggerCache
{
	const char *name;			/* of the hash table */
	Size		entrysize;
	/* the entry depends on table relid (a relcache callback's argument) */
	bool		(*uses) (const IpasnTriggerEntry *e, Oid relid);
	HTAB	   *entries;		/* made at the first lookup */
	uint64		generation;		/* counts the invalidations */
	bool		sweep;			/* an entry was marked invalid */
} IpasnTriggerCache;

#define IPASN_TRIGGER_CACHE_INIT(name, type, uses) \
	{(name), sizeof(type), (uses), NULL, 0, false}

/* for relcache callbacks: marks the entries using relid (any: InvalidOid) invalid */
extern void ipasn_trigger_cache_inval(IpasnTriggerCache *tc, Oid relid);

/*
 * The entry of trigger tgoid, a new one zeroed (invalid, no context); the
 * first lookup after an invalidation frees the entries of dropped triggers
 * first.
 */
extern IpasnTriggerEntry *ipasn_trigger_cache_lookup(IpasnTriggerCache *tc, Oid tgoid);

/*
 * Attaches the entry of trigger tgoid built in 'built' (a context of
 * ipasn_cache_begin) when the generation was 'start': the entry, found
 * again (building processes invalidations), valid unless one arrived
 * meanwhile.  The caller fills the rest of it.
 */
extern IpasnTriggerEntry *ipasn_trigger_cache_attach(IpasnTriggerCache *tc, Oid tgoid,
													 MemoryContext built, uint64 start);

/* ---------------------------------------------------------------------
 * enum.c: enum OID <-> dense index, cached per backend
 * ---------------------------------------------------------------------
 */
extern void ipasn_enum_inval(Datum arg, int cacheid, uint32 hashvalue);
extern const char *ipasn_enum_type_name(IpasnEnumKind kind);
extern int	ipasn_enum_count(IpasnEnumKind kind);
extern const char *ipasn_enum_label(IpasnEnumKind kind, int index);
extern int	ipasn_enum_index(IpasnEnumKind kind, Oid value);
extern Oid	ipasn_enum_oid(IpasnEnumKind kind, int index);
extern Oid	ipasn_enum_typid(IpasnEnumKind kind);
extern Oid	ipasn_schema_oid(void);
extern const char *ipasn_schema_name(void);
extern Oid	ipasn_relid(const char *relname);

/* ---------------------------------------------------------------------
 * fixed.c: hundredths in an int64, numeric in and out
 * ---------------------------------------------------------------------
 */

/*
 * Reading a numeric as hundredths never raises: the status says whether the
 * value is NaN/infinite, has more than two decimals by value, or has a
 * magnitude of at least 10^12 (*h is set only for IPASN_NUM_OK).
 */
typedef enum IpasnNumStatus
{
	IPASN_NUM_OK = 0,
	IPASN_NUM_SPECIAL,			/* NaN or infinite */
	IPASN_NUM_HUGE,				/* >= 10^12 */
	IPASN_NUM_NEG_HUGE,			/* <= -10^12 */
	IPASN_NUM_DECIMALS,			/* more than two decimals */
	IPASN_NUM_NEG_DECIMALS		/* negative, more than two decimals */
} IpasnNumStatus;
extern IpasnNumStatus ipasn_datum_numeric_decode(Datum d, int64 *h);
/* true for IPASN_NUM_OK */
extern bool ipasn_datum_numeric_to_h(Datum d, int64 *h);
/* hundredths to numeric with exactly two decimals */
extern Datum ipasn_h_to_numeric(int64 h);
/* x * (100 + persen) / 100 rounded half up (x >= 0) */
extern int64 ipasn_add_percent(int64 h, int32 persen);
/* "12.50" */
extern char *ipasn_h_to_cstring(int64 h);
/* "12,5": Indonesian decimal comma, trailing zeros dropped */
extern char *ipasn_h_to_cstring_id(int64 h);

/* ---------------------------------------------------------------------
 * rules.c: the rule cache (every rule table), per backend, reloaded
 * after a change; returned pointers stay valid to the end of the
 * transaction
 * ---------------------------------------------------------------------
 */
typedef enum IpasnSatuan
{
	SATUAN_JP = 0,
	SATUAN_HARI,
	SATUAN_KEGIATAN,
	SATUAN_SEMESTER,
	SATUAN_COUNT
} IpasnSatuan;

/*
 * The units of aturan_jp.satuan, one table (rules.c) for every use: the
 * label of the table and of ipasn.satuan(), the word in Indonesian and in
 * English messages, and the plausibility bound of one record's jumlah in
 * hundredths (2000 JP, 366 days, 100 activities, 20 semesters).
 */
typedef struct IpasnSatuanTable
{
	const char *label[SATUAN_COUNT];
	const char *nama[SATUAN_COUNT];
	const char *name[SATUAN_COUNT];
	int64		max_h[SATUAN_COUNT];
} IpasnSatuanTable;

extern const IpasnSatuanTable ipasn_satuan_info;
#define ipasn_satuan_label (ipasn_satuan_info.label)

typedef struct AturanJp
{
	int16		jalur;
	int16		lingkup;
	DateADT		berlaku_mulai;	/* first day in force */
	DateADT		berlaku_sampai; /* last day in force */
	bool		bawaan;			/* built-in row */
	IpasnSatuan satuan;
	int64		faktor_h;		/* JP per unit, hundredths */
	int32		tambahan_persen;	/* +N% on the converted value */
	int64		batas_harian_h; /* per-day cap (JP, before the bonus); 0 =
								 * none */
	int32		batas_bulanan;	/* activities counted per month; 0 = none */
} AturanJp;

/*
 * The rule for a jalur/lingkup in force on a date (has_date false: the rule
 * with the latest start).  NULL if none.
 */
extern const AturanJp *ipasn_aturan_jp(int jalur, int lingkup, DateADT tanggal, bool has_date);

/* relcache callback: marks the rule cache invalid */
extern void ipasn_rules_inval(Datum arg, Oid relid);

/* sinonim.c: relcache callback, marks the agency vocabulary invalid */
extern void ipasn_sinonim_inval(Datum arg, Oid relid);

/* ---------------------------------------------------------------------
 * rules.c: the IP ASN rule set chosen by the setting ipasn.aturan
 * (tables ipasn.aturan_ipasn, ipasn.aturan_komponen, ipasn.aturan_kinerja)
 * ---------------------------------------------------------------------
 */
#define IPASN_ATURAN_BAWAAN "permenpanrb_38_2018"
extern char *ipasn_aturan_setting;

/* an SKP predicate of the rule set */
typedef struct Predikat
{
	char	   *kunci;			/* normalised: lower case, letters and digits */
	char	   *teks;			/* as written in the table */
	int64		skor_h;
} Predikat;

typedef struct AturanSkor
{
	char		nama[NAMEDATALEN];	/* rule set name */
	int64		target_jp_h;	/* 20-JP component threshold (2000) */
	int64		target_jp_tinggi_h; /* the higher regional target (4000) */
	int32		jendela_jp_tahun;	/* window of the JP component, years (1) */
	int32		jendela_seminar_tahun;	/* window of the seminar component (2) */
	int32		jendela_hukuman_tahun;	/* window of penalties (5) */
	bool		komponen_jp[JALUR_COUNT];	/* counts toward the 20 JP */
	bool		komponen_seminar[JALUR_COUNT];	/* meets the seminar component */
	bool		komponen_fungsional[JALUR_COUNT];	/* is a diklat fungsional */
	int			n_predikat;
	Predikat   *predikat;		/* agency rows first, then most points */
} AturanSkor;

/* the rule set in force for this session (setting ipasn.aturan) */
extern const AturanSkor *ipasn_aturan_skor(void);
/* "Sangat  Baik." -> "sangatbaik": how predicates are compared */
extern char *ipasn_predikat_kunci(const char *s);
/* a predicate of the earlier appraisals only (PP 46/2011, DP3): read, never suggested */
extern bool ipasn_predikat_lama(const char *kunci);

/* ---------------------------------------------------------------------
 * score.c
 * ---------------------------------------------------------------------
 */
/* first day of the window of n years ending on as_of (inclusive) */
extern DateADT ipasn_window_start(DateADT as_of, int years);

/* ---------------------------------------------------------------------
 * jp.c: conversion of one record
 * ---------------------------------------------------------------------
 */
/*
 * Why a record gives no JP (its masalah): the kode, and the JpMasalah with
 * the kode and the values its text names.  ipasn_jp_masalah_kode gives the
 * kode's stable text (ipasn.catatan.kode), ipasn_jp_masalah_text the
 * masalah's plain-Indonesian text.
 */
typedef enum JpMasalahKode
{
	JPM_OK = 0,
	JPM_INCOMPLETE,				/* jp gives NULL */
	JPM_NEGATIVE,
	JPM_TOO_BIG,
	JPM_DECIMALS,
	JPM_NOT_WHOLE,
	JPM_NOT_FINITE,
	JPM_DATE_NOT_FINITE,
	JPM_SELESAI_BEFORE_MULAI,
	JPM_SPAN_TOO_LONG,
	JPM_NO_RULE
} JpMasalahKode;

typedef enum JpKind
{
	JPK_NULL = 0,				/* incomplete record: no JP */
	JPK_FIXED,					/* converted on its own: value_h */
	JPK_DAILY,					/* per-day cap: spread over days */
	JPK_MONTHLY					/* per-month cap: count activities */
} JpKind;

/* A record, as read from SQL */
typedef struct JpRecord
{
	int			jalur;
	int			lingkup;
	bool		jumlah_null;
	Datum		jumlah;			/* numeric */
	bool		mulai_null;
	DateADT		mulai;
	bool		selesai_null;
	DateADT		selesai;
} JpRecord;

/* A record, converted: what the caps need */
typedef struct JpConverted
{
	JpKind		kind;
	const AturanJp *rule;
	int64		jumlah_h;		/* the amount used (hundredths of its unit) */
	bool		jumlah_derived; /* the amount came from the dates */
	int64		value_h;		/* FIXED: JP; DAILY: JP before bonus;
								 * MONTHLY: JP of one activity (with bonus) */
	int32		count;			/* MONTHLY: activities */
	bool		dated;			/* DAILY/MONTHLY: has a date */
	DateADT		first_day;		/* DAILY: first day; MONTHLY: the day whose
								 * month counts */
	int32		days;			/* DAILY: days */
} JpConverted;

typedef struct JpMasalah
{
	JpMasalahKode kode;
	int64		value_h;		/* the offending amount or span */
	int64		limit_h;		/* its bound */
	IpasnSatuan satuan;
} JpMasalah;

/* never raises; returns false with *masalah filled on a bad record */
extern bool ipasn_jp_convert(const JpRecord *rec, JpConverted *out, JpMasalah *masalah);
/*
 * raises the documented error (SQLSTATE and message) of a problem, naming
 * the record's values
 */
extern void ipasn_jp_report(const JpRecord *rec, const JpMasalah *masalah) pg_attribute_noreturn();
/* plain-Indonesian text of a problem (masalah) */
extern char *ipasn_jp_masalah_text(const JpRecord *rec, const JpMasalah *masalah);
/* JP of a converted record alone (caps applied to the record alone) */
extern int64 ipasn_jp_alone(const JpConverted *c);
/* convenience: JP of a record, raising on bad input; false = NULL */
extern bool ipasn_jp_record(const JpRecord *rec, int64 *jp_h);
/*
 * janggal: the plain-Indonesian reason why a record that jp accepts does not
 * fit its dates (an amount in days or activities above the days of its
 * dates, more than 32 JP a day, a date after the current date), palloc'd;
 * NULL when it is plausible or when masalah refuses it.  Never raises.
 */
extern char *ipasn_jp_janggal_text(const JpRecord *rec);
/* the same for a record ipasn_jp_convert converted into *c (a kind other than JPK_NULL): no second conversion */
extern char *ipasn_jp_janggal_conv(const JpRecord *rec, const JpConverted *c);
/*
 * the stable kode of a problem (ipasn.catatan.kode): "tidak_lengkap",
 * "jumlah_negatif", ...; NULL for JPM_OK
 */
extern const char *ipasn_jp_masalah_kode(JpMasalahKode kode);
/* a date in ISO 8601 whatever DateStyle says ("2024-05-06"), palloc'd */
extern char *ipasn_date_iso(DateADT d);
/* fill a JpRecord from 5 SQL arguments from 'first'; false if jalur or lingkup is NULL */
extern bool ipasn_jp_args(FunctionCallInfo fcinfo, int first, JpRecord *rec);

/* ---------------------------------------------------------------------
 * column.c: the column resolver of both triggers and the SQL helpers
 * ---------------------------------------------------------------------
 */
typedef enum IpasnColumnRole
{
	COLUMN_PEGAWAI = 0,
	COLUMN_JALUR,
	COLUMN_LINGKUP,
	COLUMN_JUMLAH,
	COLUMN_MULAI,
	COLUMN_SELESAI,
	COLUMN_JP,
	COLUMN_MASALAH,				/* isi_jp's optional problem column */
	COLUMN_NROLES
} IpasnColumnRole;

extern const char *const ipasn_column_role_name[COLUMN_NROLES];

/* how a column is read */
typedef enum IpasnColumnKind
{
	COLUMN_NONE = 0,			/* the role does not accept the type */
	COLUMN_AS_IS,				/* the role's own type (or any: pegawai) */
	COLUMN_TEXT,				/* text, varchar, char(n): parsed */
	COLUMN_INT2,
	COLUMN_INT4,
	COLUMN_INT8,
	COLUMN_TIMESTAMP,
	COLUMN_TIMESTAMPTZ
} IpasnColumnKind;

typedef struct IpasnColumn
{
	int			attnum;
	IpasnColumnKind kind;
	Oid			typid;
	Oid			base;			/* typid, or the base type of a domain */
	int32		typmod;
	Oid			collation;
	bool		jam;			/* jumlah only: the column holds hours
								 * (jumlah_dalam 'jam'), read through
								 * ipasn_jumlah_jam */
} IpasnColumn;

/* who resolves: the messages name the trigger, or the table only */
typedef struct IpasnColumnUser
{
	const char *trigger;		/* NULL: an SQL helper */
	const char *table;
	bool		before;			/* a BEFORE trigger: no generated column */
} IpasnColumnUser;

extern void ipasn_column_resolve(TupleDesc tupdesc, const char *colname,
								 IpasnColumnRole role, const IpasnColumnUser *user,
								 IpasnColumn *out);
extern bool ipasn_column_read_enum(const IpasnColumn *col, IpasnEnumKind kind,
								   Datum d, bool isnull, int *index);
extern bool ipasn_column_read_jumlah(const IpasnColumn *col, Datum d, bool isnull,
									 Datum *result, bool *in_jp);
extern bool ipasn_column_read_date(const IpasnColumn *col, Datum d, bool isnull,
								   DateADT *result);
extern bool ipasn_column_read_record(const IpasnColumn *col, const Datum *values,
									 const bool *isnull, JpRecord *rec,
									 const char *const *names, const char **reading);

/*
 * jumlah_dalam, the declaration of what an amount column holds: 1 for
 * 'jam' (hours), 0 for 'satuan' (the jalur's own unit), -1 for anything
 * else, NULL included; the error of a bad one (22023), who naming the
 * trigger or function that was given it.
 */
extern int	ipasn_jumlah_dalam(const char *value);
extern void ipasn_jumlah_dalam_error(const char *value, const char *who) pg_attribute_noreturn();
/* 'satuan' while the catalog is still ipasn 0.1.0's or 0.2.0's, else NULL */
extern const char *ipasn_jumlah_dalam_lama(void);

/* relcache callbacks of the triggers' caches (isi_jp.c, ringkasan.c) */
extern void ipasn_isi_jp_inval(Datum arg, Oid relid);
extern void ipasn_ringkas_inval(Datum arg, Oid relid);

/* ---------------------------------------------------------------------
 * jp_state.c: the aggregate state ipasn.jp_state (layout: see there)
 * ---------------------------------------------------------------------
 */
typedef struct JpEntry
{
	int32		key;			/* DAILY: first day; MONTHLY: month number;
								 * NO_KEY: undated */
	int32		value_h;		/* DAILY: JP of each day (version 1: of the
								 * record, spread over its days); MONTHLY: JP
								 * per activity (at most MAX_VALUE_H) */
	int32		limit;			/* DAILY: cap (hundredths); MONTHLY:
								 * activities counted */
	int16		n;				/* DAILY: days of the run (undated: records);
								 * MONTHLY: activities */
	int16		persen;			/* DAILY: bonus applied after the cap */
	uint8		tag;
	uint8		jalur;
	uint8		lingkup;
	uint8		teknis;			/* counts toward jp_teknis (profil_bangkom) */
} JpEntry;						/* 20 bytes: a run of days, or a month's
								 * activities of one value */

typedef struct JpStateData
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;			/* profil_bangkom: JP_STATE_FLAG_* */
	uint16		pad;
	int32		n;				/* entries used */
	int32		cap;			/* entries allocated */
	int32		pad2;
	int64		kegiatan;
	int64		fixed_h;
	int64		fixed_teknis_h; /* profil_bangkom: the part of fixed_h that
								 * counts toward the 20-JP component */
	JpEntry		e[FLEXIBLE_ARRAY_MEMBER];
} JpStateData;

#define JP_STATE_FLAG_SEMINAR 0x01
#define JP_STATE_FLAG_FUNGSIONAL 0x02
#define JP_STATE_FLAG_ALL (JP_STATE_FLAG_SEMINAR | JP_STATE_FLAG_FUNGSIONAL)

typedef JpStateData *JpState;

/* a jp_state argument, detoasted; a version-1 datum (0.2.0) converted */
extern JpState ipasn_jp_state_from_datum(Datum d);
#define DatumGetJpState(d) ipasn_jp_state_from_datum(d)

extern JpState ipasn_jp_state_new(int cap);
/* a copy with room for at least cap entries (in the current context) */
extern JpState ipasn_jp_state_copy(JpState src, int cap);
/* add one converted record; returns the (possibly moved) state */
extern JpState ipasn_jp_state_add_converted(JpState s, const JpConverted *c, bool teknis);
/* merge b into a; returns the (possibly moved) a */
extern JpState ipasn_jp_state_merge(JpState a, JpState b);
/* JP of the state, caps applied; teknis_only: toward the 20-JP component */
extern int64 ipasn_jp_state_value_h(JpState s, bool teknis_only);
/* the state normalised (days and months combined), without spare room */
extern JpState ipasn_jp_state_compacted(JpState s);

/*
 * The cross-record caps of Peraturan LAN 10/2018, Lampiran, one
 * implementation for the aggregates (jp_state.c, reading a state) and
 * ipasn.jp_rincian (rincian.c, explaining one).  The caller spreads its
 * per-day-capped records into JpCapDay items (one a day of each record or
 * run; an undated record is one item, a day of its own) and its
 * per-month-capped records into JpCapMonth items, sorts them, and walks the
 * days and months: each day counts the sum of its items at most the lowest
 * of their caps, the bonus of a group (jalur, lingkup, teknis, bonus)
 * applies to the sum of its days; each month counts its activities worth
 * most, as many as the lowest limit of its items.
 */
typedef struct JpCapDay
{
	uint8		jalur;
	uint8		lingkup;
	uint8		teknis;
	bool		undated;
	int32		persen;			/* bonus applied to the group's capped sum */
	int32		day;			/* undated: 0 */
	int32		ref;			/* the caller's index (a record), or 0 */
	int32		cap;			/* hundredths */
	int32		count;			/* undated: equal records; dated: 1 */
	int64		value_h;		/* what the item puts on the day */
} JpCapDay;

/* one capped day, as ipasn_jp_capped_day found it */
typedef struct JpCappedDay
{
	int64		end;			/* index after its last item */
	int32		cap;			/* the lowest cap of its items */
	int64		sum_h;			/* what its items put on it */
	int64		own_h;			/* the same, each at most its own cap */
	int64		value_h;		/* what it counts: sum_h at most cap */
} JpCappedDay;

typedef struct JpCapMonth
{
	uint8		jalur;
	uint8		teknis;
	int32		key;			/* month number (ipasn_month_of) */
	int32		ref;			/* the caller's index (a record), or 0 */
	int64		value_h;		/* JP of one activity */
	int32		n;				/* activities */
	int32		limit;			/* activities the month counts at most */
	int32		taken;			/* set by ipasn_jp_capped_month */
} JpCapMonth;

/* an item of the per-month caps: n activities of value_h in a month */
static inline void
ipasn_jp_cap_month_set(JpCapMonth *v, int jalur, int teknis, int32 key,
					   int32 ref, int64 value_h, int32 n, int32 limit)
{
	v->jalur = (uint8) jalur;
	v->teknis = (uint8) teknis;
	v->key = key;
	v->ref = ref;
	v->value_h = value_h;
	v->n = n;
	v->limit = limit;
	v->taken = 0;
}

/* month number of a date: year * 12 + month - 1 */
extern int32 ipasn_month_of(DateADT d);
/* sort by group, dated days in order then the undated, then ref */
extern void ipasn_jp_sort_days(JpCapDay *days, int64 n);
/* a and b are in one group of the per-day caps (one bonus) */
extern bool ipasn_jp_same_day_group(const JpCapDay *a, const JpCapDay *b);
/* the day of sorted days[] starting at days[i] */
extern void ipasn_jp_capped_day(const JpCapDay *days, int64 n, int64 i, JpCappedDay *out);
/* sort by jalur, teknis, month, worth most first, then ref */
extern void ipasn_jp_sort_months(JpCapMonth *m, int64 n);
/*
 * the month of sorted m[] starting at m[i]: sets each item's 'taken',
 * *limit (the lowest) and *value_h (what the month counts); returns the
 * index after its last item
 */
extern int64 ipasn_jp_capped_month(JpCapMonth *m, int64 n, int64 i,
								   int32 *limit, int64 *value_h);

/* jp_agg.c: add a record to a caller-owned jp_state in cxt (see there) */
extern Datum ipasn_jp_state_append(Datum state, bool state_null,
								   const JpRecord *rec, MemoryContext cxt);

/*
 * the per-day spread of Peraturan LAN 10/2018 caps: value of day i
 * (0-based) of h hundredths over d days, the first h % d days one more
 */
static inline int64
ipasn_spread_day(int64 h, int32 d, int32 i)
{
	return h / d + ((i < h % d) ? 1 : 0);
}

#endif							/* IPASN_H */
