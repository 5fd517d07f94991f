/*-------------------------------------------------------------------------
 *
 * parse.c
 *		Parsers for messy HR data: free text to ipasn's enums
 *		(parse_jalur, parse_pendidikan, parse_jabatan, parse_diklatpim,
 *		parse_hukuman and their _or_null twins), SIASN's numeric and letter
 *		codes (jalur_siasn, diklatpim_siasn, hukuman_siasn, predikat_siasn,
 *		pendidikan_siasn) and fungsional_dikecualikan.
 *
 * Every text is first normalized into a stack buffer: ASCII letters are
 * lower-cased, digits kept, everything else (spaces, punctuation, bytes of
 * multibyte characters) dropped, so "S-1", "s 1" and "S1" all become "s1",
 * "Diklatpim Tk. III" becomes "diklatpimtkiii" and "II.a" becomes "iia".
 * The normalized text is then looked up, whole, in a sorted static table of
 * spellings (binary search), and, where the forms are open-ended, matched by
 * a small structured grammar (SIASN-style codes KL01, leadership levels
 * "Diklatpim Tk. IV", echelons "Eselon III.a") or, for penalties, by the
 * prefix of the legal phrase.  Whole-string comparison is what keeps "I",
 * "II", "III" and "IV" apart after the dots and spaces are gone.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <ctype.h>

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "ipasn.h"
#include "parse.h"

/* normalized forms longer than this are not in any table */
#define NORM_MAX IPASN_KEY_MAX

/* how much of an unknown value an error message quotes */
#define QUOTE_MAX 100

typedef struct Spelling
{
	const char *key;			/* normalized: [a-z0-9]+ */
	int8		value;			/* dense enum index */
} Spelling;

/*
 * The spelling tables.  The enum labels themselves (normalized) are accepted
 * for every kind without being listed here.  Keep README (section Parsers)
 * and sql/parse.sql in step with these lists.
 */
static const Spelling jalur_spellings[] = {
	/* pendidikan */
	{"tugasbelajar", JALUR_PENDIDIKAN},
	{"tubel", JALUR_PENDIDIKAN},
	{"izinbelajar", JALUR_PENDIDIKAN},
	{"pendidikanformal", JALUR_PENDIDIKAN},
	{"pemberiantugasbelajar", JALUR_PENDIDIKAN},
	/* pelatihan_kepemimpinan (and every form parse_diklatpim knows) */
	{"diklatpim", JALUR_PELATIHAN_KEPEMIMPINAN},
	{"diklatkepemimpinan", JALUR_PELATIHAN_KEPEMIMPINAN},
	{"diklatpimpinan", JALUR_PELATIHAN_KEPEMIMPINAN},
	{"diklatstruktural", JALUR_PELATIHAN_KEPEMIMPINAN},
	{"pelatihanstruktural", JALUR_PELATIHAN_KEPEMIMPINAN},
	{"pkn", JALUR_PELATIHAN_KEPEMIMPINAN},
	{"pelatihankepemimpinan", JALUR_PELATIHAN_KEPEMIMPINAN},
	/* Peraturan LAN 10/2018: "pelatihan struktural kepemimpinan" */
	{"pelatihanstrukturalkepemimpinan", JALUR_PELATIHAN_KEPEMIMPINAN},
	/* pelatihan_manajerial */
	{"manajerial", JALUR_PELATIHAN_MANAJERIAL},
	{"diklatmanajerial", JALUR_PELATIHAN_MANAJERIAL},
	/* pelatihan_teknis */
	{"teknis", JALUR_PELATIHAN_TEKNIS},
	{"diklatteknis", JALUR_PELATIHAN_TEKNIS},
	{"pelatihanteknis", JALUR_PELATIHAN_TEKNIS},
	{"diklatteknissubstantif", JALUR_PELATIHAN_TEKNIS},
	/* pelatihan_fungsional */
	{"fungsional", JALUR_PELATIHAN_FUNGSIONAL},
	{"diklatfungsional", JALUR_PELATIHAN_FUNGSIONAL},
	{"diklatpenjenjangan", JALUR_PELATIHAN_FUNGSIONAL},
	{"diklatfungsionalpenjenjangan", JALUR_PELATIHAN_FUNGSIONAL},
	/* pelatihan_sosial_kultural */
	{"sosialkultural", JALUR_PELATIHAN_SOSIAL_KULTURAL},
	{"sosiokultural", JALUR_PELATIHAN_SOSIAL_KULTURAL},
	{"diklatsosialkultural", JALUR_PELATIHAN_SOSIAL_KULTURAL},
	{"pelatihansosiokultural", JALUR_PELATIHAN_SOSIAL_KULTURAL},
	/* seminar */
	{"webinar", JALUR_SEMINAR},
	{"konferensi", JALUR_SEMINAR},
	{"conference", JALUR_SEMINAR},
	{"sarasehan", JALUR_SEMINAR},
	{"simposium", JALUR_SEMINAR},
	{"seminarkonferensisarasehan", JALUR_SEMINAR},
	{"seminarkonferensi", JALUR_SEMINAR},
	/* workshop */
	{"lokakarya", JALUR_WORKSHOP},
	{"workshoplokakarya", JALUR_WORKSHOP},
	/* kursus */
	{"course", JALUR_KURSUS},
	/* bimtek */
	{"bimbinganteknis", JALUR_BIMTEK},
	{"bintek", JALUR_BIMTEK},
	/* klasikal_lainnya */
	{"klasikallain", JALUR_KLASIKAL_LAINNYA},

	/*
	 * Pelatihan Dasar CPNS (PP 11/2017: the probation's integrated training;
	 * Peraturan LAN 12/2018)
	 * and its forerunner Diklat Prajabatan (PP 101/2000 art. 8): neither a
	 * kind of "pelatihan" nor any other form the Lampiran of Peraturan LAN
	 * 10/2018 names, so its "pelatihan klasikal lainnya" (doc/readers.md)
	 */
	{"latsar", JALUR_KLASIKAL_LAINNYA},
	{"latsarcpns", JALUR_KLASIKAL_LAINNYA},
	{"pelatihandasarcpns", JALUR_KLASIKAL_LAINNYA},
	{"pelatihandasarcalonpns", JALUR_KLASIKAL_LAINNYA},
	{"pelatihandasarcalonpegawainegerisipil", JALUR_KLASIKAL_LAINNYA},
	{"prajabatan", JALUR_KLASIKAL_LAINNYA},
	{"prajab", JALUR_KLASIKAL_LAINNYA},
	{"diklatprajabatan", JALUR_KLASIKAL_LAINNYA},
	{"diklatprajab", JALUR_KLASIKAL_LAINNYA},
	{"pelatihanprajabatan", JALUR_KLASIKAL_LAINNYA},
	{"pendidikandanpelatihanprajabatan", JALUR_KLASIKAL_LAINNYA},

	/*
	 * In House Training: a classical training an agency holds itself; its
	 * kind is not in the name, so the Lampiran's "pelatihan klasikal
	 * lainnya" (an agency that files its IHTs as pelatihan teknis says so in
	 * ipasn.sinonim: doc/readers.md)
	 */
	{"iht", JALUR_KLASIKAL_LAINNYA},
	{"inhousetraining", JALUR_KLASIKAL_LAINNYA},
	{"pelatihanklasikallainnya", JALUR_KLASIKAL_LAINNYA},
	/* e_learning */
	{"pembelajaranelektronik", JALUR_E_LEARNING},
	/* pelatihan_jarak_jauh */
	{"pjj", JALUR_PELATIHAN_JARAK_JAUH},
	{"distancelearning", JALUR_PELATIHAN_JARAK_JAUH},
	{"diklatjarakjauh", JALUR_PELATIHAN_JARAK_JAUH},
	{"pembelajaranjarakjauh", JALUR_PELATIHAN_JARAK_JAUH},
	/* detasering */
	{"secondment", JALUR_DETASERING},
	/* outbound */
	{"outbond", JALUR_OUTBOUND},
	{"outboundtraining", JALUR_OUTBOUND},
	/* Peraturan LAN 10/2018: "pembelajaran alam terbuka (outbound)" */
	{"pembelajaranalamterbuka", JALUR_OUTBOUND},
	/* patok_banding */
	{"studibanding", JALUR_PATOK_BANDING},
	{"benchmarking", JALUR_PATOK_BANDING},
	{"benchmark", JALUR_PATOK_BANDING},
	/* pertukaran_pegawai */
	{"pertukaran", JALUR_PERTUKARAN_PEGAWAI},
	{"pertukaranpns", JALUR_PERTUKARAN_PEGAWAI},
	{"pertukaranasn", JALUR_PERTUKARAN_PEGAWAI},
	/* belajar_mandiri */
	{"selflearning", JALUR_BELAJAR_MANDIRI},
	{"selfdevelopment", JALUR_BELAJAR_MANDIRI},
	/* komunitas_belajar */
	{"communityofpractice", JALUR_KOMUNITAS_BELAJAR},
	{"cop", JALUR_KOMUNITAS_BELAJAR},
	{"communityofpractices", JALUR_KOMUNITAS_BELAJAR},
	{"communitiesofpractice", JALUR_KOMUNITAS_BELAJAR},
	/* bimbingan_di_tempat_kerja */
	{"bimbingantempatkerja", JALUR_BIMBINGAN_DI_TEMPAT_KERJA},
	{"onthejobtraining", JALUR_BIMBINGAN_DI_TEMPAT_KERJA},
	{"ojt", JALUR_BIMBINGAN_DI_TEMPAT_KERJA},
	/* magang */
	{"praktikkerja", JALUR_MAGANG},
	{"praktekkerja", JALUR_MAGANG},
	{"magangpraktikkerja", JALUR_MAGANG},
	{"internship", JALUR_MAGANG},
	/* nonklasikal_lainnya */
	{"nonklasikallain", JALUR_NONKLASIKAL_LAINNYA},
	{"pelatihannonklasikallainnya", JALUR_NONKLASIKAL_LAINNYA},
};

static const Spelling lingkup_spellings[] = {
	{"dalamnegeri", LINGKUP_NASIONAL},
	{"luarnegeri", LINGKUP_INTERNASIONAL},
	{"tingkatnasional", LINGKUP_NASIONAL},
	{"tingkatinternasional", LINGKUP_INTERNASIONAL},
	{"skalanasional", LINGKUP_NASIONAL},
	{"skalainternasional", LINGKUP_INTERNASIONAL},
};


static const Spelling pendidikan_spellings[] = {
	/* tidak_sekolah */
	{"belumsekolah", PENDIDIKAN_TIDAK_SEKOLAH},
	{"tidakbelumsekolah", PENDIDIKAN_TIDAK_SEKOLAH},
	{"belumtamatsd", PENDIDIKAN_TIDAK_SEKOLAH},
	{"belumtamatsdsederajat", PENDIDIKAN_TIDAK_SEKOLAH},
	{"tidaktamatsd", PENDIDIKAN_TIDAK_SEKOLAH},
	/* sd */
	{"sekolahdasar", PENDIDIKAN_SD},
	{"tamatsd", PENDIDIKAN_SD},
	{"tamatsdsederajat", PENDIDIKAN_SD},
	{"sdsederajat", PENDIDIKAN_SD},
	{"mi", PENDIDIKAN_SD},
	{"sdmi", PENDIDIKAN_SD},
	{"paketa", PENDIDIKAN_SD},
	/* sltp */
	{"smp", PENDIDIKAN_SLTP},
	{"mts", PENDIDIKAN_SLTP},
	{"smpmts", PENDIDIKAN_SLTP},
	{"sltpsederajat", PENDIDIKAN_SLTP},
	{"smpsederajat", PENDIDIKAN_SLTP},
	{"sltpkejuruan", PENDIDIKAN_SLTP},
	{"sekolahmenengahpertama", PENDIDIKAN_SLTP},
	{"paketb", PENDIDIKAN_SLTP},
	/* slta */
	{"sma", PENDIDIKAN_SLTA},
	{"smk", PENDIDIKAN_SLTA},
	{"smu", PENDIDIKAN_SLTA},
	{"stm", PENDIDIKAN_SLTA},
	{"smea", PENDIDIKAN_SLTA},
	{"spg", PENDIDIKAN_SLTA},
	{"spk", PENDIDIKAN_SLTA},
	{"ma", PENDIDIKAN_SLTA},
	{"mak", PENDIDIKAN_SLTA},
	{"smasmk", PENDIDIKAN_SLTA},
	{"smama", PENDIDIKAN_SLTA},
	{"sltasederajat", PENDIDIKAN_SLTA},
	{"smasederajat", PENDIDIKAN_SLTA},
	{"sltakejuruan", PENDIDIKAN_SLTA},
	{"sltakeguruan", PENDIDIKAN_SLTA},
	{"sekolahmenengahatas", PENDIDIKAN_SLTA},
	{"sekolahmenengahkejuruan", PENDIDIKAN_SLTA},
	{"paketc", PENDIDIKAN_SLTA},
	/* d1 ("Diploma I/II" is left out: it normalizes to "Diploma III") */
	{"di", PENDIDIKAN_D1},
	{"diplomai", PENDIDIKAN_D1},
	{"diploma1", PENDIDIKAN_D1},
	{"diplomasatu", PENDIDIKAN_D1},
	/* d2 */
	{"dii", PENDIDIKAN_D2},
	{"diplomaii", PENDIDIKAN_D2},
	{"diploma2", PENDIDIKAN_D2},
	{"diplomadua", PENDIDIKAN_D2},
	/* d3 */
	{"diii", PENDIDIKAN_D3},
	{"diplomaiii", PENDIDIKAN_D3},
	{"diploma3", PENDIDIKAN_D3},
	{"diplomatiga", PENDIDIKAN_D3},
	{"diplomaiiisarjanamuda", PENDIDIKAN_D3},
	{"diiisarjanamuda", PENDIDIKAN_D3},
	{"sarjanamuda", PENDIDIKAN_D3},
	{"akademi", PENDIDIKAN_D3},
	{"akademidiplomaiiismuda", PENDIDIKAN_D3},
	/* d4 */
	{"div", PENDIDIKAN_D4},
	{"diplomaiv", PENDIDIKAN_D4},
	{"diploma4", PENDIDIKAN_D4},
	{"diplomaempat", PENDIDIKAN_D4},
	{"sarjanaterapan", PENDIDIKAN_D4},
	{"diplomaivstratai", PENDIDIKAN_D4},
	/* s1 */
	{"strata1", PENDIDIKAN_S1},
	{"stratai", PENDIDIKAN_S1},
	{"stratasatu", PENDIDIKAN_S1},
	{"sarjana", PENDIDIKAN_S1},
	{"s1sarjana", PENDIDIKAN_S1},
	{"sarjanas1", PENDIDIKAN_S1},
	/* s2 */
	{"strata2", PENDIDIKAN_S2},
	{"strataii", PENDIDIKAN_S2},
	{"stratadua", PENDIDIKAN_S2},
	{"magister", PENDIDIKAN_S2},
	{"s2magister", PENDIDIKAN_S2},
	{"master", PENDIDIKAN_S2},
	{"pascasarjana", PENDIDIKAN_S2},
	/* s3 */
	{"strata3", PENDIDIKAN_S3},
	{"strataiii", PENDIDIKAN_S3},
	{"stratatiga", PENDIDIKAN_S3},
	{"doktor", PENDIDIKAN_S3},
	{"s3doktor", PENDIDIKAN_S3},
	{"doktoral", PENDIDIKAN_S3},
	{"phd", PENDIDIKAN_S3},
};

static const Spelling jabatan_spellings[] = {
	{"jabatanpimpinantinggiutama", JABATAN_JPT_UTAMA},
	{"pimpinantinggiutama", JABATAN_JPT_UTAMA},
	{"jabatanpimpinantinggimadya", JABATAN_JPT_MADYA},
	{"pimpinantinggimadya", JABATAN_JPT_MADYA},
	{"jabatanpimpinantinggipratama", JABATAN_JPT_PRATAMA},
	{"pimpinantinggipratama", JABATAN_JPT_PRATAMA},
	{"jabatanadministrator", JABATAN_ADMINISTRATOR},
	{"jabatanpengawas", JABATAN_PENGAWAS},
	{"jf", JABATAN_FUNGSIONAL},
	{"jft", JABATAN_FUNGSIONAL},
	{"jabatanfungsional", JABATAN_FUNGSIONAL},
	{"fungsionaltertentu", JABATAN_FUNGSIONAL},
	{"jabatanfungsionaltertentu", JABATAN_FUNGSIONAL},
	{"jfu", JABATAN_PELAKSANA},
	{"fungsionalumum", JABATAN_PELAKSANA},
	{"jabatanfungsionalumum", JABATAN_PELAKSANA},
	{"jabatanpelaksana", JABATAN_PELAKSANA},
	{"staf", JABATAN_PELAKSANA},
	{"staff", JABATAN_PELAKSANA},
	{"stafpelaksana", JABATAN_PELAKSANA},
};

static const Spelling diklatpim_spellings[] = {
	{"pelatihankepemimpinanpengawas", DIKLATPIM_PKP},
	{"pelatihankepemimpinanadministrator", DIKLATPIM_PKA},
	/* the names before Diklatpim (PP 14/1994 and earlier) */
	{"adum", DIKLATPIM_PKP},
	{"sepada", DIKLATPIM_PKP},
	{"spama", DIKLATPIM_PKA},
	{"sepala", DIKLATPIM_PKA},
	{"spamen", DIKLATPIM_PKN_II},
	{"sepadya", DIKLATPIM_PKN_II},
	{"spati", DIKLATPIM_PKN_I},
	{"sespanas", DIKLATPIM_PKN_I},
};

static const Spelling hukuman_spellings[] = {
	{"ptdh", HUKUMAN_BERAT},
	{"pdhtaps", HUKUMAN_BERAT},
};

static const Spelling *const spelling_lists[IPASN_ENUM_NKINDS] = {
	[IPASN_ENUM_JALUR] = jalur_spellings,
	[IPASN_ENUM_LINGKUP] = lingkup_spellings,
	[IPASN_ENUM_PENDIDIKAN] = pendidikan_spellings,
	[IPASN_ENUM_JABATAN] = jabatan_spellings,
	[IPASN_ENUM_DIKLATPIM] = diklatpim_spellings,
	[IPASN_ENUM_HUKUMAN] = hukuman_spellings,
	[IPASN_ENUM_KATEGORI] = NULL,	/* the labels only */
};

static const int spelling_counts[IPASN_ENUM_NKINDS] = {
	[IPASN_ENUM_JALUR] = lengthof(jalur_spellings),
	[IPASN_ENUM_LINGKUP] = lengthof(lingkup_spellings),
	[IPASN_ENUM_PENDIDIKAN] = lengthof(pendidikan_spellings),
	[IPASN_ENUM_JABATAN] = lengthof(jabatan_spellings),
	[IPASN_ENUM_DIKLATPIM] = lengthof(diklatpim_spellings),
	[IPASN_ENUM_HUKUMAN] = lengthof(hukuman_spellings),
	[IPASN_ENUM_KATEGORI] = 0,
};

/*
 * Penalty phrases, matched as prefixes of the normalized text so that the
 * legal phrase with its amount and duration ("... sebesar 25% selama 6
 * bulan") is accepted.  "Penurunan pangkat" is not here: its level depends
 * on the duration (hukuman_penurunan_pangkat).
 */
static const Spelling hukuman_prefix[] = {
	/* ringan: PP 94/2021 art. 8(2), PP 53/2010 art. 7(2) */
	{"teguranlisan", HUKUMAN_RINGAN},
	{"tegurantertulis", HUKUMAN_RINGAN},
	/* "Teguran" alone: both teguran lisan and tertulis are ringan */
	{"teguran", HUKUMAN_RINGAN},
	{"pernyataantidakpuas", HUKUMAN_RINGAN},
	/* sedang: PP 94/2021 art. 8(3) */
	{"pemotongantunjangan", HUKUMAN_SEDANG},
	{"pemotongantukin", HUKUMAN_SEDANG},
	{"pemotongantpp", HUKUMAN_SEDANG},
	{"pemotongantambahanpenghasilan", HUKUMAN_SEDANG},
	/* sedang: PP 53/2010 art. 7(3) */
	{"penundaankenaikangajiberkala", HUKUMAN_SEDANG},
	{"penundaankgb", HUKUMAN_SEDANG},
	{"penundaankenaikanpangkat", HUKUMAN_SEDANG},
	/* berat: PP 94/2021 art. 8(4), PP 53/2010 art. 7(4) */
	{"penurunanjabatan", HUKUMAN_BERAT},
	{"pembebasandarijabatan", HUKUMAN_BERAT},
	{"pembebasanjabatan", HUKUMAN_BERAT},
	{"pemindahandalamrangkapenurunanjabatan", HUKUMAN_BERAT},
	{"pemberhentiandenganhormat", HUKUMAN_BERAT},
	{"pemberhentiantidakdenganhormat", HUKUMAN_BERAT},
};

/*
 * Per kind, the spellings plus the normalized enum labels, sorted by key for
 * a binary search.  Built on first use in TopMemoryContext; it depends only
 * on the static tables above, so it never needs invalidation.
 */
typedef struct SpellingIndex
{
	Spelling   *entries;
	int			n;
} SpellingIndex;

static SpellingIndex spelling_index[IPASN_ENUM_NKINDS];

static int
spelling_cmp(const void *a, const void *b)
{
	return strcmp(((const Spelling *) a)->key, ((const Spelling *) b)->key);
}

/*
 * Lower-cased ASCII letters and digits of s into buf; returns the length.
 *
 * One thing survives the dropped separators: where they stood between two
 * roman-numeral letters ("Diploma I/II", "Diklatpim I II"), a '|' is kept,
 * which no table key contains, so that such text is unknown rather than read
 * as "Diploma III".
 */
static int
normalize(const char *s, int len, char *buf, int bufsize, bool *truncated)
{
	int			n = 0;
	bool		gap = false;
	int			i;

	*truncated = false;
	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
		{
			gap = true;
			continue;
		}
		if (gap && n > 0 && (c == 'i' || c == 'v') &&
			(buf[n - 1] == 'i' || buf[n - 1] == 'v') &&
			n < bufsize - 1)
			buf[n++] = '|';
		gap = false;
		if (n < bufsize - 1)
			buf[n++] = c;
		else
			*truncated = true;
	}
	buf[n] = '\0';
	return n;
}

char *
ipasn_normalize_text(const char *s, int len)
{
	/* a '|' may stand before each letter: at most twice the length */
	char	   *buf = palloc(2 * (Size) len + 1);
	bool		truncated;

	normalize(s, len, buf, 2 * len + 1, &truncated);
	return buf;
}

static void
spelling_index_build(IpasnEnumKind kind)
{
	SpellingIndex *ix = &spelling_index[kind];
	int			nspell = spelling_counts[kind];
	int			nlab = ipasn_enum_count(kind);
	Spelling   *e;
	int			n = 0;
	int			i;

	e = MemoryContextAlloc(TopMemoryContext, sizeof(Spelling) * (nspell + nlab));
	for (i = 0; i < nlab; i++)
	{
		const char *label = ipasn_enum_label(kind, i);
		char		buf[NORM_MAX + 1];
		bool		truncated;
		char	   *key;

		normalize(label, strlen(label), buf, sizeof(buf), &truncated);
		key = MemoryContextStrdup(TopMemoryContext, buf);
		e[n].key = key;
		e[n].value = i;
		n++;
	}
	for (i = 0; i < nspell; i++)
		e[n++] = spelling_lists[kind][i];
	qsort(e, n, sizeof(Spelling), spelling_cmp);

	/* a key listed twice must mean the same thing */
	for (i = 1; i < n; i++)
		if (strcmp(e[i - 1].key, e[i].key) == 0 && e[i - 1].value != e[i].value)
			elog(ERROR, "built-in spelling \"%s\" of %s is ambiguous",
				 e[i].key, ipasn_enum_type_name(kind));

	ix->entries = e;
	ix->n = n;
}

/* the enum index of a normalized key, or -1 */
static int
spelling_lookup(IpasnEnumKind kind, const char *key)
{
	SpellingIndex *ix = &spelling_index[kind];
	Spelling	probe;
	Spelling   *hit;

	if (unlikely(ix->entries == NULL))
		spelling_index_build(kind);
	probe.key = key;
	hit = bsearch(&probe, ix->entries, ix->n, sizeof(Spelling), spelling_cmp);
	return hit ? hit->value : -1;
}

static inline bool
starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* "1".."99" (one or two digits, the whole string) or -1 */
static int
code_number(const char *p)
{
	if (p[0] >= '0' && p[0] <= '9' && p[1] == '\0')
		return p[0] - '0';
	if (p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' && p[2] == '\0')
		return (p[0] - '0') * 10 + (p[1] - '0');
	return -1;
}

/*
 * A level I..IV (roman or arabic) at the start of p; sets *rest past it.
 * The longest roman numeral wins ("iii" before "ii" before "i").
 */
static int
level_prefix(const char *p, const char **rest)
{
	static const struct
	{
		const char *s;
		int			level;
	}			levels[] = {
		{"iv", 4}, {"iii", 3}, {"ii", 2}, {"i", 1},
		{"4", 4}, {"3", 3}, {"2", 2}, {"1", 1},
	};
	int			i;

	for (i = 0; i < (int) lengthof(levels); i++)
		if (starts_with(p, levels[i].s))
		{
			*rest = p + strlen(levels[i].s);
			return levels[i].level;
		}
	return -1;
}

/* a level I..IV that is the whole of p, or -1 */
static int
level_whole(const char *p)
{
	const char *rest;
	int			level = level_prefix(p, &rest);

	return (level > 0 && *rest == '\0') ? level : -1;
}

static int
parse_diklatpim_norm(const char *k)
{
	static const struct
	{
		const char *prefix;
		bool		nasional;	/* PKN: levels II and I only */
	}			prefixes[] = {
		{"diklatpim", false},
		{"diklatpimpinan", false},
		{"diklatkepemimpinan", false},
		{"pelatihankepemimpinan", false},
		{"pelatihankepemimpinannasional", true},
		{"pim", false},
		{"pkn", true},
	};
	/* level IV is the lowest (pkp), level I the highest (pkn_i) */
	static const int8 by_level[5] = {
		-1, DIKLATPIM_PKN_I, DIKLATPIM_PKN_II, DIKLATPIM_PKA, DIKLATPIM_PKP
	};
	int			v;
	int			i;

	v = spelling_lookup(IPASN_ENUM_DIKLATPIM, k);
	if (v >= 0)
		return v;

	/* <prefix> [tingkat|tk] <I..IV> */
	for (i = 0; i < (int) lengthof(prefixes); i++)
	{
		const char *r;
		int			level;

		if (!starts_with(k, prefixes[i].prefix))
			continue;
		r = k + strlen(prefixes[i].prefix);
		if (starts_with(r, "tingkat"))
			r += strlen("tingkat");
		else if (starts_with(r, "tk"))
			r += strlen("tk");
		level = level_whole(r);
		if (level < 0 || (prefixes[i].nasional && level > 2))
			continue;
		return by_level[level];
	}
	return -1;
}

/*
 * "Pertukaran antara PNS dengan pegawai swasta/BUMN/BUMD" (Peraturan LAN
 * 10/2018), normalized: "pertukaran" [antara] pns|asn dengan [pegawai]
 * followed by one or more of swasta, bumn, bumd, badan usaha milik negara,
 * badan usaha milik daerah, in any order.  A rule rather than a list, so
 * that the "/" between the kinds of employer does not split the name.
 */
static bool
pertukaran_long_form(const char *k)
{
	static const char *const pihak[] = {
		"swasta", "bumn", "bumd", "badanusahamiliknegara", "badanusahamilikdaerah"
	};
	const char *p = k;
	int			n = 0;
	int			i;

	if (!starts_with(p, "pertukaran"))
		return false;
	p += strlen("pertukaran");
	if (starts_with(p, "antara"))
		p += strlen("antara");
	if (starts_with(p, "pns") || starts_with(p, "asn"))
		p += 3;
	else
		return false;
	if (!starts_with(p, "dengan"))
		return false;
	p += strlen("dengan");
	if (starts_with(p, "pegawai"))
		p += strlen("pegawai");
	while (*p != '\0')
	{
		for (i = 0; i < (int) lengthof(pihak); i++)
			if (starts_with(p, pihak[i]))
				break;
		if (i == (int) lengthof(pihak))
			return false;
		p += strlen(pihak[i]);
		n++;
	}
	return n > 0;
}

/* words that may stand before the name of a form (normalized) */
static const char *const lead_words[] = {
	"jalurpengembangankompetensidalambentuk",
	"pengembangankompetensidalambentuk",
	"dalambentuk",
};

static int
parse_jalur_norm(const char *k)
{
	int			v;
	int			num;
	int			i;

	v = spelling_lookup(IPASN_ENUM_JALUR, k);
	if (v >= 0)
		return v;

	/* SIASN-style codes: P.. education, KL01..KL12, NKL01..NKL13 */
	if (k[0] == 'p' && code_number(k + 1) >= 0)
		return JALUR_PENDIDIKAN;
	if (starts_with(k, "kl"))
	{
		num = code_number(k + 2);
		if (num >= 1 && num <= JALUR_KLASIKAL_LAINNYA - JALUR_PENDIDIKAN)
			return JALUR_PELATIHAN_KEPEMIMPINAN + num - 1;
		return -1;
	}
	if (starts_with(k, "nkl"))
	{
		num = code_number(k + 3);
		if (num >= 1 && num <= JALUR_NONKLASIKAL_LAINNYA - JALUR_KLASIKAL_LAINNYA)
			return JALUR_COACHING + num - 1;
		return -1;
	}

	/* any leadership training: "Diklatpim Tk. III", "PKA", "PKN II" */
	if (parse_diklatpim_norm(k) >= 0)
		return JALUR_PELATIHAN_KEPEMIMPINAN;

	/* the long form of pertukaran pegawai */
	if (pertukaran_long_form(k))
		return JALUR_PERTUKARAN_PEGAWAI;

	/*
	 * The Lampiran's "jalur pengembangan kompetensi dalam bentuk pelatihan
	 * klasikal lainnya": the words before the form's name
	 */
	for (i = 0; i < (int) lengthof(lead_words); i++)
		if (starts_with(k, lead_words[i]) && k[strlen(lead_words[i])] != '\0')
			return parse_jalur_norm(k + strlen(lead_words[i]));
	return -1;
}

static inline bool
ends_with(const char *s, const char *suffix)
{
	size_t		n = strlen(s);
	size_t		m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/*
 * A position name that says its kind (normalized), or -1:
 *	- a functional position by its level: "... Ahli Pertama / Muda / Madya
 *	  / Utama" (the keahlian levels) and "... Pemula / Terampil / Mahir /
 *	  Penyelia" (the keterampilan levels) of PP 11/2017 (also the older
 *	  "Pelaksana Pemula", "Pelaksana Lanjutan");
 *	- "Kepala Seksi / Subbagian / Subbidang ...": the echelon IV heads (PP
 *	  18/2016), jabatan pengawas by UU 5/2014 art. 131.
 * Other names ("Analis Kepegawaian" without a level, "Kepala Bidang",
 * "Kepala Dinas", "Kepala UPT") do not say it: unknown.
 */
static int
jabatan_nama(const char *k)
{
	static const char *const fungsional_akhir[] = {
		"ahlipertama", "ahlimuda", "ahlimadya", "ahliutama",
		"pemula", "terampil", "mahir", "penyelia", "pelaksanalanjutan",
	};
	static const char *const pengawas_awal[] = {
		"kepalaseksi", "kepalasubbagian", "kepalasubbag", "kepalasubbidang",
		"kepalasubbid",
	};
	int			i;

	for (i = 0; i < (int) lengthof(fungsional_akhir); i++)
		if (ends_with(k, fungsional_akhir[i]))
			return JABATAN_FUNGSIONAL;
	for (i = 0; i < (int) lengthof(pengawas_awal); i++)
		if (starts_with(k, pengawas_awal[i]))
			return JABATAN_PENGAWAS;
	return -1;
}

/*
 * Echelons: [eselon|esl] <I..IV> [a|b].  Without the "eselon" word the
 * letter is required ("IIa", "2a"), so that a bare "I" or "2" is not read as
 * an echelon.  I.a and I.b are jpt_madya: which I.a positions are jpt_utama
 * is the agency's call.
 */
static int
parse_jabatan_norm(const char *k)
{
	static const int8 by_echelon[5] = {
		-1, JABATAN_JPT_MADYA, JABATAN_JPT_PRATAMA, JABATAN_ADMINISTRATOR,
		JABATAN_PENGAWAS
	};
	const char *p = k;
	const char *rest;
	bool		worded = false;
	int			v;
	int			level;

	v = spelling_lookup(IPASN_ENUM_JABATAN, k);
	if (v >= 0)
		return v;

	/* position names that say their kind */
	v = jabatan_nama(k);
	if (v >= 0)
		return v;

	if (starts_with(p, "eselon"))
	{
		p += strlen("eselon");
		worded = true;
	}
	else if (starts_with(p, "esl"))
	{
		p += strlen("esl");
		worded = true;
	}
	level = level_prefix(p, &rest);
	if (level < 0)
		return -1;
	if ((rest[0] == 'a' || rest[0] == 'b') && rest[1] == '\0')
		return by_echelon[level];
	if (rest[0] == '\0' && worded)
		return by_echelon[level];
	return -1;
}

/*
 * "Penurunan pangkat setingkat lebih rendah selama 1 (satu) tahun" is sedang,
 * "... selama 3 (tiga) tahun" berat (PP 53/2010 art. 7).  p points past
 * "penurunanpangkat".  Sets *ambiguous when no duration is given.
 */
static int
hukuman_penurunan_pangkat(const char *p, bool *ambiguous)
{
	static const Spelling durations[] = {
		{"1satutahun", HUKUMAN_SEDANG},
		{"1tahun", HUKUMAN_SEDANG},
		{"satutahun", HUKUMAN_SEDANG},
		{"12bulan", HUKUMAN_SEDANG},
		{"3tigatahun", HUKUMAN_BERAT},
		{"3tahun", HUKUMAN_BERAT},
		{"tigatahun", HUKUMAN_BERAT},
		{"36bulan", HUKUMAN_BERAT},
	};
	const char *d = strstr(p, "selama");
	int			i;

	if (d == NULL)
	{
		*ambiguous = true;
		return -1;
	}
	d += strlen("selama");
	for (i = 0; i < (int) lengthof(durations); i++)
		if (starts_with(d, durations[i].key))
			return durations[i].value;
	return -1;
}

static int
parse_hukuman_norm(const char *k, bool *ambiguous)
{
	const char *p = k;
	int			v;
	int			i;

	/* "Hukuman disiplin tingkat sedang", "Hukdis berat" */
	if (starts_with(p, "hukumandisiplin"))
		p += strlen("hukumandisiplin");
	else if (starts_with(p, "hukuman"))
		p += strlen("hukuman");
	else if (starts_with(p, "hukdis"))
		p += strlen("hukdis");
	if (starts_with(p, "tingkat"))
		p += strlen("tingkat");

	v = spelling_lookup(IPASN_ENUM_HUKUMAN, p);
	if (v >= 0)
		return v;

	/*
	 * Not a disciplinary penalty: PP 94/2021 art. 8 does not list them.
	 * Pemberhentian sementara is an administrative measure (PP 11/2017 art.
	 * 276: detention, appointment as a state official ...), pembebasan
	 * sementara dari tugas jabatan a measure during the examination (PP
	 * 94/2021 art. 27).  Read as no penalty.
	 */
	if (starts_with(p, "pemberhentiansementara") ||
		starts_with(p, "diberhentikansementara") ||
		starts_with(p, "pembebasansementara") ||
		starts_with(p, "dibebaskansementara"))
		return IPASN_BUKAN_HUKUMAN;
	for (i = 0; i < (int) lengthof(hukuman_prefix); i++)
		if (starts_with(p, hukuman_prefix[i].key))
			return hukuman_prefix[i].value;
	if (starts_with(p, "penurunanpangkat"))
		return hukuman_penurunan_pangkat(p + strlen("penurunanpangkat"), ambiguous);
	return -1;
}

static int
parse_norm(IpasnEnumKind kind, const char *k, bool truncated, bool *ambiguous)
{
	*ambiguous = false;
	if (k[0] == '\0')
		return -1;
	/* only the penalty phrases are matched by prefix */
	if (kind == IPASN_ENUM_HUKUMAN)
		return parse_hukuman_norm(k, ambiguous);
	if (truncated)
		return -1;
	switch (kind)
	{
		case IPASN_ENUM_JALUR:
			return parse_jalur_norm(k);
		case IPASN_ENUM_JABATAN:
			return parse_jabatan_norm(k);
		case IPASN_ENUM_DIKLATPIM:
			return parse_diklatpim_norm(k);
		default:
			return spelling_lookup(kind, k);
	}
}

/*
 * Abbreviations of agency lists, word by word (jalur only): "Pel. Teknis",
 * "Plt. Teknis", "Diklat Fungsional", "Pelatihan Tkns", "Bimb. Teknis".
 */
static const struct
{
	const char *word;
	const char *means;
}			jalur_abbrev[] = {
	{"pel", "pelatihan"},
	{"plt", "pelatihan"},
	{"diklat", "pelatihan"},
	{"tkns", "teknis"},
	{"tek", "teknis"},
	{"tehnis", "teknis"},
	{"bimb", "bimbingan"},
	{"fungs", "fungsional"},
	{"manaj", "manajerial"},
	{"struk", "struktural"},
};

typedef struct TextSpan
{
	int			off;
	int			len;
} TextSpan;

/*
 * The next word of s[0..len) from *i: a maximal run of ASCII letters and
 * digits, into *w, *i past it.  False when no word is left.
 */
static bool
next_word(const char *s, int len, int *i, TextSpan *w)
{
	while (*i < len && !isalnum((unsigned char) s[*i]))
		(*i)++;
	if (*i >= len)
		return false;
	w->off = *i;
	while (*i < len && isalnum((unsigned char) s[*i]))
		(*i)++;
	w->len = *i - w->off;
	return true;
}

/*
 * s with the abbreviations of jalur_abbrev written out, into out (words
 * separated by spaces).  Returns false when no word was abbreviated.
 */
static bool
expand_abbrev(const char *s, int len, char *out, int outsize)
{
	int			n = 0;
	int			i = 0;
	bool		changed = false;
	TextSpan	span;

	while (next_word(s, len, &i, &span))
	{
		int			w;
		int			j;
		const char *word = s + span.off;
		int			wlen = span.len;

		for (j = 0; j < (int) lengthof(jalur_abbrev); j++)
			if ((int) strlen(jalur_abbrev[j].word) == wlen &&
				pg_strncasecmp(word, jalur_abbrev[j].word, wlen) == 0)
			{
				word = jalur_abbrev[j].means;
				wlen = strlen(word);
				changed = true;
				break;
			}
		if (n + wlen + 1 >= outsize)
			return false;
		if (n > 0)
			out[n++] = ' ';
		for (w = 0; w < wlen; w++)
			out[n++] = word[w];
	}
	out[n] = '\0';
	return changed;
}

/*
 * One text (a whole text or a part of one): the agency's vocabulary first
 * (extra, may be NULL), then the built-in forms; for jalur, the same again
 * with the abbreviations written out.  *exact is set when the normalized
 * text itself is a key of the agency's vocabulary or of a spelling table
 * (not a grammar, a prefix or an abbreviation).
 */
static int
parse_piece(IpasnEnumKind kind, const char *s, int len, IpasnKeyLookup extra,
			bool *ambiguous, bool *exact)
{
	char		buf[NORM_MAX + 1];
	bool		truncated;
	int			v;

	*exact = false;
	normalize(s, len, buf, sizeof(buf), &truncated);
	if (buf[0] == '\0')
		return -1;
	if (!truncated)
	{
		/* an agency's row: a label, or 'bukan_bangkom' */
		if (extra != NULL && (v = extra(kind, buf)) != -1)
		{
			*exact = true;
			return v;
		}
		if ((v = spelling_lookup(kind, buf)) >= 0)
		{
			*exact = true;
			return v;
		}
	}
	v = parse_norm(kind, buf, truncated, ambiguous);
	if (v >= 0 || kind != IPASN_ENUM_JALUR)
		return v;
	{
		char		exp[NORM_MAX * 2 + 1];

		if (!expand_abbrev(s, len, exp, sizeof(exp)))
			return -1;
		normalize(exp, strlen(exp), buf, sizeof(buf), &truncated);
		if (extra != NULL && !truncated)
		{
			v = extra(kind, buf);
			if (v != -1)
				return v;
		}
		return parse_norm(kind, buf, truncated, ambiguous);
	}
}

#define MAX_PARTS 16

static bool
has_alnum(const char *s, int len)
{
	int			i;

	for (i = 0; i < len; i++)
		if (isalnum((unsigned char) s[i]))
			return true;
	return false;
}

/*
 * Splits s on "/" and on the word "atau" into at most MAX_PARTS spans with
 * letters or digits in them.  Returns the count, or -1 when there are too
 * many.
 */
static int
split_alternatives(const char *s, int len, TextSpan *parts)
{
	int			n = 0;
	int			b = 0;
	int			i = 0;

	while (i <= len)
	{
		int			seplen = 0;

		if (i == len)
			seplen = 0;
		else if (s[i] == '/')
			seplen = 1;
		else if (i + 4 <= len && pg_strncasecmp(s + i, "atau", 4) == 0 &&
				 (i == 0 || !isalnum((unsigned char) s[i - 1])) &&
				 (i + 4 == len || !isalnum((unsigned char) s[i + 4])))
			seplen = 4;
		else
		{
			i++;
			continue;
		}
		if (has_alnum(s + b, i - b))
		{
			if (n == MAX_PARTS)
				return -1;
			parts[n].off = b;
			parts[n].len = i - b;
			n++;
		}
		if (i == len)
			break;
		i += seplen;
		b = i;
	}
	return n;
}

/*
 * The alternatives of one text (split on "/" and "atau"), each read by
 * parse_piece.  Returns the index they all name, or -1 when one is unknown
 * or two name different values; *conflict is set when two known
 * alternatives, or one and seed (if >= 0), name different values.
 */
static int
parse_alternatives(IpasnEnumKind kind, const char *s, int len,
				   IpasnKeyLookup extra, int seed, int *nparts, bool *conflict)
{
	TextSpan	parts[MAX_PARTS];
	int			n = split_alternatives(s, len, parts);
	int			known = seed;
	bool		ambiguous;
	bool		all_known = (n > 0);
	int			i;

	*nparts = n;
	for (i = 0; i < n; i++)
	{
		bool		exact;
		int			v = parse_piece(kind, s + parts[i].off, parts[i].len,
									extra, &ambiguous, &exact);

		if (v < 0)
			all_known = false;
		else if (known >= 0 && v != known)
			*conflict = true;
		else
			known = v;
	}
	return (all_known && !*conflict) ? known : -1;
}


/* ---------------------------------------------------------------------
 * Word rules: a jalur word followed by a topic, a scope word after the
 * jalur words, position abbreviations and echelons
 * ---------------------------------------------------------------------
 */

#define MAX_WORDS 24

/* the words of s: maximal runs of ASCII letters and digits */
static int
split_words(const char *s, int len, TextSpan *w)
{
	int			n = 0;
	int			i = 0;
	TextSpan	span;

	while (next_word(s, len, &i, &span))
	{
		if (n == MAX_WORDS)
			return -1;
		w[n++] = span;
	}
	return n;
}

/* words [from, to) of s, normalized into buf; false when too long */
static bool
words_key(const char *s, const TextSpan *w, int from, int to, char *buf, int bufsize)
{
	int			n = 0;
	int			i;
	int			j;

	for (i = from; i < to; i++)
		for (j = 0; j < w[i].len; j++)
		{
			char		c = s[w[i].off + j];

			if (n >= bufsize - 1)
				return false;
			buf[n++] = (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
		}
	buf[n] = '\0';
	return true;
}

static bool
word_is(const char *s, const TextSpan *w, const char *word)
{
	return (int) strlen(word) == w->len && pg_strncasecmp(s + w->off, word, w->len) == 0;
}

/*
 * Words of a topic that never name a jalur: the adjectives of the kinds
 * ("Bimtek Teknis Penyusunan Anggaran", "Sosialisasi Jabatan Fungsional")
 * and the subject "pendidikan" ("Seminar Pendidikan Karakter").
 */
static const char *const topic_weak[] = {
	"teknis", "fungsional", "manajerial", "sosialkultural", "sosiokultural",
	"pendidikan",
};

/* words of a topic that name several jalur at once */
static const char *const topic_family[] = {
	"pelatihan", "diklat", "training", "pendidikandanpelatihan",
};

/*
 * Does a span of 1 to 4 words of the topic name a value of kind (other
 * than v)?  For jalur, the spans are matched against the agency's rows and
 * the labels and spellings (not the grammars); for diklatpim, against its
 * whole grammar.
 */
static bool
topic_names_other(IpasnEnumKind kind, const char *s, const TextSpan *w,
				  int from, int n, IpasnKeyLookup extra, int v)
{
	char		key[NORM_MAX + 1];
	int			i;
	int			j;
	int			k;

	for (i = from; i < n; i++)
		for (j = i + 1; j <= n && j <= i + 4; j++)
		{
			int			x = -1;

			if (!words_key(s, w, i, j, key, sizeof(key)))
				break;
			for (k = 0; k < (int) lengthof(topic_weak); k++)
				if (strcmp(key, topic_weak[k]) == 0)
					break;
			if (k < (int) lengthof(topic_weak))
				continue;
			if (kind == IPASN_ENUM_JALUR)
			{
				for (k = 0; k < (int) lengthof(topic_family); k++)
					if (strcmp(key, topic_family[k]) == 0)
						return true;
				if (extra != NULL)
					x = extra(kind, key);
				if (x == -1)
					x = spelling_lookup(kind, key);
			}
			else
				x = parse_diklatpim_norm(key);
			if (x != -1 && x != v)
				return true;
		}
	return false;
}

/*
 * A text whose leading words name exactly one value, followed by a topic:
 * "Bimtek Keuangan Daerah" (bimtek), "Kursus Bahasa Inggris", "Sosialisasi
 * Perda", "Seminar Nasional" (the scope word is not a jalur), "PKP
 * Angkatan XII" (diklatpim pkp).  The longest leading run of words that
 * reads as a value wins; the text stays unknown when the topic names
 * another value ("Seminar Pelatihan Teknis"), a family of them ("Bimtek
 * Pelatihan ..."), or, for leadership training, starts with a level
 * ("Diklatpim I II").  A leading word that names several ("Pelatihan
 * Keuangan") reads nothing.  *lead_end: the words the value took.
 */
static int
parse_lead(IpasnEnumKind kind, const char *s, int len, IpasnKeyLookup extra,
		   int *lead_end)
{
	TextSpan	w[MAX_WORDS];
	int			n = split_words(s, len, w);
	int			k;

	if (n < 2)
		return -1;
	for (k = n - 1; k >= 1; k--)
	{
		bool		ambiguous;
		bool		exact;
		int			plen = w[k - 1].off + w[k - 1].len;
		int			v = parse_piece(kind, s, plen, extra, &ambiguous, &exact);

		if (v < 0)
			continue;
		/* "Seminar/Rapat", "Seminar atau Rapat": alternatives, not a topic */
		if (memchr(s + plen, '/', w[k].off - plen) != NULL || word_is(s, &w[k], "atau"))
			return -1;
		/* "PKN III", "Diklatpim V": a level the leading words do not take */
		if (kind == IPASN_ENUM_DIKLATPIM || v == JALUR_PELATIHAN_KEPEMIMPINAN)
		{
			char		first[NORM_MAX + 1];

			if (!words_key(s, w, k, k + 1, first, sizeof(first)) ||
				strspn(first, "ivx") == strlen(first) ||
				(strlen(first) == 1 && first[0] >= '0' && first[0] <= '9') ||
				strcmp(first, "tk") == 0 || strcmp(first, "tingkat") == 0)
				return -1;
		}
		if (topic_names_other(kind, s, w, k, n, extra, v))
			return -1;
		*lead_end = k;
		return v;
	}
	return -1;
}

/*
 * The bytes of the leading words of a text read by parse_lead ("PKP" of
 * "PKP Angkatan XII"), or -1 when the text is not a value followed by a
 * topic.  For looking the programme up by its name (program.c).
 */
int
ipasn_parse_lead_len(IpasnEnumKind kind, const char *s, int len, IpasnKeyLookup extra)
{
	TextSpan	w[MAX_WORDS];
	int			lead_end;
	int			n;

	if (parse_lead(kind, s, len, extra, &lead_end) < 0)
		return -1;
	n = split_words(s, len, w);
	if (n < 0 || lead_end < 1 || lead_end > n)
		return -1;
	return w[lead_end - 1].off + w[lead_end - 1].len;
}

/* the scope a word (or two) names at w[i], or -1; *used: words taken */
static int
scope_word(const char *s, const TextSpan *w, int i, int n, int *used)
{
	*used = 1;
	if (word_is(s, &w[i], "nasional"))
		return LINGKUP_NASIONAL;
	if (word_is(s, &w[i], "internasional"))
		return LINGKUP_INTERNASIONAL;
	*used = 2;
	if (i + 1 < n && word_is(s, &w[i], "dalam") && word_is(s, &w[i + 1], "negeri"))
		return LINGKUP_NASIONAL;
	if (i + 1 < n && word_is(s, &w[i], "luar") && word_is(s, &w[i + 1], "negeri"))
		return LINGKUP_INTERNASIONAL;
	return -1;
}

/*
 * The scope of a jalur text that carries one right after its jalur words
 * ("Seminar Nasional", "Webinar Internasional", "Seminar Tingkat Nasional
 * Kesehatan", "Studi Banding Luar Negeri"): the whole text must read as a
 * jalur, and every scope word after the jalur words must name the same
 * scope.  A scope word elsewhere in a topic ("Seminar Hukum Internasional":
 * international law) says nothing of where the activity was held: -1.
 * jalur: the text's jalur when the caller has read it already, else -1.
 */
int
ipasn_lingkup_in_jalur(const char *s, int len, IpasnKeyLookup extra, int jalur)
{
	TextSpan	w[MAX_WORDS];
	int			n = split_words(s, len, w);
	bool		ambiguous;
	int			lead_end = -1;
	int			i;
	int			used;
	int			v;

	if (n < 2)
		return -1;
	/* cheap first: no scope word, no scope */
	for (i = 1; i < n; i++)
		if (scope_word(s, w, i, n, &used) >= 0)
			break;
	if (i == n)
		return -1;
	if (jalur < 0)
		jalur = ipasn_parse_text_ext(IPASN_ENUM_JALUR, s, len, extra, &ambiguous);
	if (jalur < 0)
		return -1;
	/* where the jalur words end: the longest leading run read as that jalur */
	for (i = n - 1; i >= 1 && lead_end < 0; i--)
	{
		bool		exact;
		int			plen = w[i - 1].off + w[i - 1].len;

		if (parse_piece(IPASN_ENUM_JALUR, s, plen, extra, &ambiguous, &exact) == jalur)
			lead_end = i;
	}
	if (lead_end < 0)
		return -1;
	i = lead_end;
	if (word_is(s, &w[i], "tingkat") || word_is(s, &w[i], "skala"))
		i++;
	if (i >= n || (v = scope_word(s, w, i, n, &used)) < 0)
		return -1;
	/* another scope word later must not say otherwise */
	for (i += used; i < n; i++)
	{
		int			other = scope_word(s, w, i, n, &used);

		if (other >= 0 && other != v)
			return -1;
	}
	return v;
}

/*
 * Position texts by their words: the abbreviations of the heads
 * of sections and subdivisions ("Kasi Pelayanan", "Kasubbag Umum":
 * pengawas), read from the first word.
 */
static int
jabatan_singkatan(const char *s, int len)
{
	static const struct
	{
		const char *word;
		int			value;
	}			heads[] = {
		{"kasi", JABATAN_PENGAWAS},
		{"kasie", JABATAN_PENGAWAS},
		{"kasubbag", JABATAN_PENGAWAS},
		{"kasubag", JABATAN_PENGAWAS},
		{"kasubbid", JABATAN_PENGAWAS},
		{"kasubid", JABATAN_PENGAWAS},
	};
	TextSpan	w[MAX_WORDS];
	int			n = split_words(s, len, w);
	int			i;

	if (n < 1)
		return -1;
	for (i = 0; i < (int) lengthof(heads); i++)
		if (word_is(s, &w[0], heads[i].word))
			return heads[i].value;
	return -1;
}

/*
 * The echelon a position text ends with ("Kepala Seksi Umum IV.a",
 * "... Eselon III.b"), or -1: the last word "iva" or the last two words
 * "iv" "a", where the level is a roman numeral.
 */
static int
jabatan_eselon_akhir(const char *s, int len)
{
	TextSpan	w[MAX_WORDS];
	int			n = split_words(s, len, w);
	char		key[16];

	if (n < 2)
		return -1;
	if (w[n - 1].len == 1 && (s[w[n - 1].off] == 'a' || s[w[n - 1].off] == 'A' ||
							  s[w[n - 1].off] == 'b' || s[w[n - 1].off] == 'B'))
	{
		if (!words_key(s, w, n - 2, n, key, sizeof(key)))
			return -1;
	}
	else if (!words_key(s, w, n - 1, n, key, sizeof(key)))
		return -1;
	if (strspn(key, "iv") == strlen(key) - 1 && strlen(key) >= 2 &&
		(key[strlen(key) - 1] == 'a' || key[strlen(key) - 1] == 'b'))
		return parse_jabatan_norm(key);
	return -1;
}

/*
 * The rule over the parts of a text (the activity names of Peraturan LAN
 * 10/2018 and the ones agencies write).
 *
 * 1. The whole text, normalized, is looked up (the agency's rows first,
 *    then the built-in forms, then, for jalur, with the abbreviations
 *    written out).  Long forms with a "/" inside ("... pegawai
 *    swasta/BUMN/BUMD") are read here, before anything is split.
 * 2. Otherwise the parentheses are taken out ("Belajar mandiri (self
 *    development)"), and the rest is split into alternatives on "/" and the
 *    word "atau" ("Workshop atau Lokakarya"); every alternative must be
 *    known and all must name the same value.
 * 3. A parenthesis explains: its text may be anything ("Diklat Teknis
 *    (Pengadaan Barang/Jasa)"), but where it is itself a known form it must
 *    name the same value ("Seminar (Pelatihan Teknis)" stays unknown).
 * 4. Never one value for another: where the whole text was read by a
 *    grammar or a prefix (step 1) but two of its parts, or a part and a
 *    parenthesis, name different values, the text is unknown ("Teguran
 *    tertulis atau pembebasan dari jabatan").  A whole text that is itself
 *    a key, of the agency's rows or of the spelling tables ("Diploma
 *    IV/Strata I" is SIASN's name of d4), is taken as it is.
 *
 * Unbalanced parentheses leave a text that needs splitting unknown.
 */
static int
parse_text_core(IpasnEnumKind kind, const char *s, int len,
				IpasnKeyLookup extra, bool *ambiguous)
{
	char		rest[NORM_MAX * 4];
	TextSpan	groups[MAX_PARTS];
	int			ngroups = 0;
	int			n = 0;
	int			depth = 0;
	int			gstart = 0;
	int			whole;
	bool		exact;
	bool		conflict = false;
	bool		split = false;
	bool		dummy;
	int			result;
	int			nparts;
	int			i;

	*ambiguous = false;
	whole = parse_piece(kind, s, len, extra, ambiguous, &exact);
	if (exact || kind == IPASN_ENUM_KATEGORI)
		return whole;
	/* 5. a jalur (or leadership training) word followed by a topic */
	if (whole == -1 && (kind == IPASN_ENUM_JALUR || kind == IPASN_ENUM_DIKLATPIM))
	{
		int			lead_end;

		whole = parse_lead(kind, s, len, extra, &lead_end);
	}
	/* 6. positions: the heads' abbreviations; an echelon at the end */
	if (kind == IPASN_ENUM_JABATAN)
	{
		int			eselon = jabatan_eselon_akhir(s, len);

		if (whole == -1)
			whole = jabatan_singkatan(s, len);
		if (whole >= 0 && eselon >= 0 && eselon != whole)
			return -1;
	}
	if (len >= (int) sizeof(rest))
		return whole;

	/* take the parentheses out */
	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c == '/' ||
			((c == 'a' || c == 'A') && i + 4 <= len &&
			 pg_strncasecmp(s + i, "atau", 4) == 0 &&
			 (i == 0 || !isalnum((unsigned char) s[i - 1])) &&
			 (i + 4 == len || !isalnum((unsigned char) s[i + 4]))))
			split = true;
		if (c == '(' || c == '[')
		{
			split = true;
			if (depth++ == 0)
				gstart = i + 1;
			continue;
		}
		if (c == ')' || c == ']')
		{
			split = true;
			if (depth == 0)
				return whole >= 0 ? whole : -1;
			if (--depth == 0)
			{
				if (ngroups == MAX_PARTS)
					return -1;
				groups[ngroups].off = gstart;
				groups[ngroups].len = i - gstart;
				ngroups++;
				rest[n++] = ' ';
			}
			continue;
		}
		if (depth == 0)
			rest[n++] = c;
	}
	if (!split)
		return whole;
	if (depth != 0)
		return whole;

	result = parse_alternatives(kind, rest, n, extra, whole, &nparts, &conflict);
	if (conflict)
		return -1;
	if (whole >= 0)
		result = whole;
	else if (result < 0 || (nparts == 1 && ngroups == 0))
		return -1;

	for (i = 0; i < ngroups; i++)
	{
		const char *g = s + groups[i].off;
		int			glen = groups[i].len;
		int			v;
		int			gparts;

		v = parse_piece(kind, g, glen, extra, &dummy, &exact);
		if (v < 0)
		{
			bool		gconflict = false;

			v = parse_alternatives(kind, g, glen, extra, result, &gparts, &gconflict);
			if (gconflict)
				return -1;
		}
		if (v >= 0 && v != result)
			return -1;
	}
	return result;
}

int
ipasn_parse_text_ext(IpasnEnumKind kind, const char *s, int len,
					 IpasnKeyLookup extra, bool *ambiguous)
{
	int			v = parse_text_core(kind, s, len, extra, ambiguous);

	/* 7. a scope word after the jalur words of a jalur text */
	if (v == -1 && kind == IPASN_ENUM_LINGKUP)
		v = ipasn_lingkup_in_jalur(s, len, extra, -1);
	return v;
}

int
ipasn_parse_text(IpasnEnumKind kind, const char *s, int len)
{
	bool		ambiguous;

	return ipasn_parse_text_ext(kind, s, len, NULL, &ambiguous);
}

static const char *
parse_hint(IpasnEnumKind kind)
{
	switch (kind)
	{
		case IPASN_ENUM_JALUR:
			return "Accepted: the labels of jalur, the SIASN-style codes P.. (pendidikan), KL01 to KL12 and NKL01 to NKL13, and the spellings listed in doc/reference.md (e.g. \"Bimtek\", \"Diklat Teknis\", \"Webinar\", \"Diklatpim Tk. III\"); case, spaces and punctuation are ignored.";
		case IPASN_ENUM_LINGKUP:
			return "Accepted: nasional, internasional, \"dalam negeri\" and \"luar negeri\"; case, spaces and punctuation are ignored.";
		case IPASN_ENUM_PENDIDIKAN:
			return "Accepted: the labels of pendidikan, SIASN's level names and the spellings listed in doc/reference.md (e.g. \"SMA\", \"D-III\", \"S-1/Sarjana\", \"Strata 2\"); case, spaces and punctuation are ignored. SIASN's numeric codes go through pendidikan_siasn.";
		case IPASN_ENUM_JABATAN:
			return "Accepted: the labels of jabatan, echelon codes I.a to IV.b (also \"Eselon III.a\", \"3a\") and the spellings listed in doc/reference.md (e.g. \"JPT Pratama\", \"JF\", \"JFU\", \"Staf\"); case, spaces and punctuation are ignored.";
		case IPASN_ENUM_DIKLATPIM:
			return "Accepted: the labels of diklatpim, \"Diklatpim IV\" to \"Diklatpim I\" (also with \"Tk.\" or \"Tingkat\" and arabic digits), \"PKN Tk. II\", \"Pelatihan Kepemimpinan Pengawas\" and the other spellings listed in doc/reference.md; case, spaces and punctuation are ignored.";
		case IPASN_ENUM_HUKUMAN:
			return "Accepted: ringan, sedang, berat (also \"Hukuman disiplin sedang\") and the penalties of PP 94/2021 and PP 53/2010 by name (e.g. \"Teguran tertulis\", \"Pemotongan tunjangan kinerja 25% selama 6 bulan\", \"Pembebasan dari jabatan\"); case, spaces and punctuation are ignored.";
		default:
			return "Accepted: the labels of the type; case, spaces and punctuation are ignored.";
	}
}

/* s quoted for a message: at most QUOTE_MAX bytes, whole characters */
static char *
quote_value(const char *s, int len)
{
	int			n = len;

	if (n > QUOTE_MAX)
		n = pg_mbcliplen(s, len, QUOTE_MAX);
	return psprintf("%.*s%s", n, s, n < len ? "..." : "");
}

void
ipasn_parse_error(IpasnEnumKind kind, const char *s, int len)
{
	ipasn_parse_error_ext(kind, s, len, false);
}

void
ipasn_parse_error_ext(IpasnEnumKind kind, const char *s, int len, bool sinonim)
{
	char		buf[NORM_MAX + 1];
	bool		truncated;
	bool		ambiguous;

	normalize(s, len, buf, sizeof(buf), &truncated);
	(void) parse_norm(kind, buf, truncated, &ambiguous);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input for %s: \"%s\"",
					ipasn_enum_type_name(kind),
					quote_value(s, len)),
			 ambiguous ?
			 errdetail("Penurunan pangkat setingkat lebih rendah is sedang for 1 year and berat for 3 years (PP 53/2010), and the text gives no duration.") : 0,
			 sinonim ?
			 errhint("%s An agency's own spellings and codes go into table sinonim.", parse_hint(kind)) :
			 errhint("%s", parse_hint(kind))));
	pg_unreachable();
}

/* ---------------------------------------------------------------------
 * SQL: parse_<kind>(text) and parse_<kind>_or_null(text)
 * ---------------------------------------------------------------------
 */
static Datum
parse_sql(FunctionCallInfo fcinfo, IpasnEnumKind kind, bool or_null)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			idx;

	idx = ipasn_parse_text(kind, s, len);
	/* a measure that is no disciplinary penalty: no penalty */
	if (idx == IPASN_BUKAN_HUKUMAN)
		PG_RETURN_NULL();
	if (idx < 0)
	{
		if (or_null)
			PG_RETURN_NULL();
		ipasn_parse_error(kind, s, len);
	}
	PG_RETURN_OID(ipasn_enum_oid(kind, idx));
}

/* ipasn.parse_jalur(text) -> ipasn.jalur */
PG_FUNCTION_INFO_V1(ipasn_parse_jalur);
Datum
ipasn_parse_jalur(PG_FUNCTION_ARGS)
{
	return parse_sql(fcinfo, IPASN_ENUM_JALUR, false);
}

/* ipasn.parse_jalur_or_null(text) -> ipasn.jalur, NULL when unknown */
PG_FUNCTION_INFO_V1(ipasn_parse_jalur_or_null);
Datum
ipasn_parse_jalur_or_null(PG_FUNCTION_ARGS)
{
	return parse_sql(fcinfo, IPASN_ENUM_JALUR, true);
}

/* ipasn.parse_pendidikan(text) -> ipasn.pendidikan */
PG_FUNCTION_INFO_V1(ipasn_parse_pendidikan);
Datum
ipasn_parse_pendidikan(PG_FUNCTION_ARGS)
{
	return parse_sql(fcinfo, IPASN_ENUM_PENDIDIKAN, false);
}

/* ipasn.parse_pendidikan_or_null(text) -> ipasn.pendidikan, NULL when unknown */
PG_FUNCTION_INFO_V1(ipasn_parse_pendidikan_or_null);
Datum
ipasn_parse_pendidikan_or_null(PG_FUNCTION_ARGS)
{
	return parse_sql(fcinfo, IPASN_ENUM_PENDIDIKAN, true);
}

/* ipasn.parse_jabatan(text) -> ipasn.jabatan */
PG_FUNCTION_INFO_V1(ipasn_parse_jabatan);
Datum
ipasn_parse_jabatan(PG_FUNCTION_ARGS)
{
	return parse_sql(fcinfo, IPASN_ENUM_JABATAN, false);
}

/* ipasn.parse_jabatan_or_null(text) -> ipasn.jabatan, NULL when unknown */
PG_FUNCTION_INFO_V1(ipasn_parse_jabatan_or_null);
Datum
ipasn_parse_jabatan_or_null(PG_FUNCTION_ARGS)
{
	return parse_sql(fcinfo, IPASN_ENUM_JABATAN, true);
}

/* ipasn.parse_diklatpim(text) -> ipasn.diklatpim */
PG_FUNCTION_INFO_V1(ipasn_parse_diklatpim);
Datum
ipasn_parse_diklatpim(PG_FUNCTION_ARGS)
{
	return parse_sql(fcinfo, IPASN_ENUM_DIKLATPIM, false);
}

/* ipasn.parse_diklatpim_or_null(text) -> ipasn.diklatpim, NULL when unknown */
PG_FUNCTION_INFO_V1(ipasn_parse_diklatpim_or_null);
Datum
ipasn_parse_diklatpim_or_null(PG_FUNCTION_ARGS)
{
	return parse_sql(fcinfo, IPASN_ENUM_DIKLATPIM, true);
}

/* ipasn.parse_hukuman(text) -> ipasn.hukuman */
PG_FUNCTION_INFO_V1(ipasn_parse_hukuman);
Datum
ipasn_parse_hukuman(PG_FUNCTION_ARGS)
{
	return parse_sql(fcinfo, IPASN_ENUM_HUKUMAN, false);
}

/* ipasn.parse_hukuman_or_null(text) -> ipasn.hukuman, NULL when unknown */
PG_FUNCTION_INFO_V1(ipasn_parse_hukuman_or_null);
Datum
ipasn_parse_hukuman_or_null(PG_FUNCTION_ARGS)
{
	return parse_sql(fcinfo, IPASN_ENUM_HUKUMAN, true);
}

/* ---------------------------------------------------------------------
 * SQL: SIASN codes
 * ---------------------------------------------------------------------
 */

/* SIASN jenis_diklat_id 1..25 -> jalur (BKN SIASN reference table) */
static const int8 siasn_jenis_diklat[26] = {
	-1,
	JALUR_PELATIHAN_KEPEMIMPINAN,	/* 1 Diklat Struktural */
	JALUR_PELATIHAN_FUNGSIONAL, /* 2 */
	JALUR_PELATIHAN_TEKNIS,		/* 3 */
	JALUR_WORKSHOP,				/* 4 */
	JALUR_PELATIHAN_MANAJERIAL, /* 5 */
	JALUR_PELATIHAN_SOSIAL_KULTURAL,	/* 6 */
	JALUR_SOSIALISASI,			/* 7 */
	JALUR_BIMTEK,				/* 8 */
	JALUR_SEMINAR,				/* 9 */
	JALUR_MAGANG,				/* 10 */
	JALUR_KURSUS,				/* 11 */
	JALUR_PENATARAN,			/* 12 */
	JALUR_KLASIKAL_LAINNYA,		/* 13 */
	JALUR_COACHING,				/* 14 */
	JALUR_MENTORING,			/* 15 */
	JALUR_E_LEARNING,			/* 16 */
	JALUR_PELATIHAN_JARAK_JAUH, /* 17 */
	JALUR_DETASERING,			/* 18 */
	JALUR_OUTBOUND,				/* 19 */
	JALUR_PATOK_BANDING,		/* 20 */
	JALUR_PERTUKARAN_PEGAWAI,	/* 21 */
	JALUR_BELAJAR_MANDIRI,		/* 22 */
	JALUR_KOMUNITAS_BELAJAR,	/* 23 */
	JALUR_BIMBINGAN_DI_TEMPAT_KERJA,	/* 24 */
	JALUR_NONKLASIKAL_LAINNYA,	/* 25 */
};

/* ipasn.jalur_siasn(jenis_diklat_id int) -> ipasn.jalur; unknown id: 22023 */
PG_FUNCTION_INFO_V1(ipasn_jalur_siasn);
Datum
ipasn_jalur_siasn(PG_FUNCTION_ARGS)
{
	int32		id = PG_GETARG_INT32(0);

	if (id < 1 || id >= (int) lengthof(siasn_jenis_diklat))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid SIASN jenis_diklat_id: %d", id),
				 errhint("SIASN's jenis_diklat_id runs from 1 (Diklat Struktural) to 25 (nonklasikal lainnya).")));
	PG_RETURN_OID(ipasn_enum_oid(IPASN_ENUM_JALUR, siasn_jenis_diklat[id]));
}

/* ipasn.diklatpim_siasn(latihan_struktural_id int) -> ipasn.diklatpim; 2..5, else NULL */
PG_FUNCTION_INFO_V1(ipasn_diklatpim_siasn);
Datum
ipasn_diklatpim_siasn(PG_FUNCTION_ARGS)
{
	int32		id = PG_GETARG_INT32(0);

	if (id < 2 || id > 5)
		PG_RETURN_NULL();
	/* 2 pkp, 3 pka, 4 pkn_ii, 5 pkn_i: the enum order */
	PG_RETURN_OID(ipasn_enum_oid(IPASN_ENUM_DIKLATPIM, DIKLATPIM_PKP + id - 2));
}

/* ipasn.hukuman_siasn(tingkat text) -> ipasn.hukuman; R, S, B */
PG_FUNCTION_INFO_V1(ipasn_hukuman_siasn);
Datum
ipasn_hukuman_siasn(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	char		buf[4];
	bool		truncated;
	int			n;

	n = normalize(s, len, buf, sizeof(buf), &truncated);
	if (n == 1 && !truncated)
	{
		switch (buf[0])
		{
			case 'r':
				PG_RETURN_OID(ipasn_enum_oid(IPASN_ENUM_HUKUMAN, HUKUMAN_RINGAN));
			case 's':
				PG_RETURN_OID(ipasn_enum_oid(IPASN_ENUM_HUKUMAN, HUKUMAN_SEDANG));
			case 'b':
				PG_RETURN_OID(ipasn_enum_oid(IPASN_ENUM_HUKUMAN, HUKUMAN_BERAT));
		}
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid SIASN tingkat hukuman disiplin: \"%s\"",
					quote_value(s, len)),
			 errhint("SIASN's tingkat codes are R (ringan), S (sedang) and B (berat); penalty names go through parse_hukuman.")));
	PG_RETURN_NULL();			/* keep compiler quiet */
}

/* SKP predicates by SIASN code 1..5 (PermenPANRB 6/2022) */
static const char *const predikat_kode[5] = {
	"sangat baik", "baik", "butuh perbaikan", "kurang", "sangat kurang"
};

/* ipasn.predikat_siasn(kode int) -> text; 1..5, else NULL */
PG_FUNCTION_INFO_V1(ipasn_predikat_siasn);
Datum
ipasn_predikat_siasn(PG_FUNCTION_ARGS)
{
	int32		kode = PG_GETARG_INT32(0);

	if (kode < 1 || kode > 5)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(predikat_kode[kode - 1]));
}

/*
 * ipasn.predikat_siasn(kode numeric) -> text: the code as a mirror keeps it
 * in a decimal(3,2) column; 2.00 is code 2, a fractional value (2.50), NaN,
 * an infinity or a number outside 1..5 is no code (NULL).
 */
PG_FUNCTION_INFO_V1(ipasn_predikat_siasn_numeric);
Datum
ipasn_predikat_siasn_numeric(PG_FUNCTION_ARGS)
{
	int64		h;

	if (ipasn_datum_numeric_decode(PG_GETARG_DATUM(0), &h) != IPASN_NUM_OK ||
		h % 100 != 0 || h < 100 || h > 500)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(predikat_kode[h / 100 - 1]));
}

/* ipasn.pendidikan_siasn(tk_pendidikan_id text) -> ipasn.pendidikan */
PG_FUNCTION_INFO_V1(ipasn_pendidikan_siasn);
Datum
ipasn_pendidikan_siasn(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			b = 0;
	int			e = len;
	int			code = 0;
	int			v = -1;
	int			i;

	/* surrounding white space is ignored, leading zeros are optional */
	while (b < e && isspace((unsigned char) s[b]))
		b++;
	while (e > b && isspace((unsigned char) s[e - 1]))
		e--;
	while (e - b > 2 && s[b] == '0')
		b++;
	if (e - b >= 1 && e - b <= 2)
	{
		for (i = b; i < e && code >= 0; i++)
			code = (s[i] >= '0' && s[i] <= '9') ? code * 10 + (s[i] - '0') : -1;
		switch (code)
		{
			case 5:
				v = PENDIDIKAN_SD;
				break;
			case 10:			/* SLTP */
			case 12:			/* SLTP Kejuruan */
				v = PENDIDIKAN_SLTP;
				break;
			case 15:			/* SLTA */
			case 17:			/* SLTA Kejuruan */
			case 18:			/* SLTA Keguruan */
				v = PENDIDIKAN_SLTA;
				break;
			case 20:
				v = PENDIDIKAN_D1;
				break;
			case 25:
				v = PENDIDIKAN_D2;
				break;
			case 30:
				v = PENDIDIKAN_D3;
				break;
			case 35:
				v = PENDIDIKAN_D4;
				break;
			case 40:
				v = PENDIDIKAN_S1;
				break;
			case 45:
				v = PENDIDIKAN_S2;
				break;
			case 50:
				v = PENDIDIKAN_S3;
				break;
		}
	}
	if (v < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid SIASN tk_pendidikan_id: \"%s\"",
						quote_value(s, len)),
				 errhint("SIASN's education-level codes are 05 (SD), 10 and 12 (SLTP), 15, 17 and 18 (SLTA), 20 (D-I), 25 (D-II), 30 (D-III), 35 (D-IV), 40 (S-1), 45 (S-2) and 50 (S-3); level names go through parse_pendidikan.")));
	PG_RETURN_OID(ipasn_enum_oid(IPASN_ENUM_PENDIDIKAN, v));
}

/* ---------------------------------------------------------------------
 * SQL: fungsional_dikecualikan
 * ---------------------------------------------------------------------
 */

/*
 * ipasn.fungsional_dikecualikan(nama_jabatan text) -> boolean: the position
 * name holds one of the words (ASCII letters, case-insensitive) of the
 * functional positions that IP ASN credits with diklat fungsional without a
 * certificate.
 */
PG_FUNCTION_INFO_V1(ipasn_fungsional_dikecualikan);
Datum
ipasn_fungsional_dikecualikan(PG_FUNCTION_ARGS)
{
	static const char *const words[] = {
		"dokter", "guru", "apoteker", "perawat", "bidan", "asesor", "psikolog"
	};
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	char		word[16];
	int			n = 0;
	bool		too_long = false;
	int			i;
	int			j;

	/* one pass past the end flushes the last word */
	for (i = 0; i <= len; i++)
	{
		char		c = (i < len) ? s[i] : ' ';

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c >= 'a' && c <= 'z')
		{
			if (n < (int) sizeof(word) - 1)
				word[n++] = c;
			else
				too_long = true;
			continue;
		}
		if (n > 0 && !too_long)
		{
			word[n] = '\0';
			for (j = 0; j < (int) lengthof(words); j++)
				if (strcmp(word, words[j]) == 0)
					PG_RETURN_BOOL(true);
		}
		n = 0;
		too_long = false;
	}
	PG_RETURN_BOOL(false);
}
