#!/usr/bin/env bash
# ipasn — `make deb`: a Debian binary package of the extension for the
# PostgreSQL that PG_CONFIG names, built with dpkg-deb from a staged
# `make install DESTDIR=...`.  No debian/ directory: the package's control
# file is generated in a temporary directory from src/deb/control.in.
#
#   postgresql-<major>-ipasn_<version>_<arch>.deb
#     <major>   from `$PG_CONFIG --version`
#     <version> the Makefile's EXTVERSION (must equal ipasn.control's
#               default_version)
#     <arch>    `dpkg --print-architecture`
#   Depends: postgresql-<major>, and the C libraries the module links
#   (dpkg-shlibdeps, when dpkg-dev is installed): no compiler, no -dev package.
#
# Environment: PG_CONFIG (default pg_config), DEB_DIR (where to write the
# .deb, default the top of the tree), DEB_MAINTAINER.
# Prints the path of the .deb on its last line.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
die() { echo "make deb: $*" >&2; exit 1; }

PG_CONFIG=${PG_CONFIG:-pg_config}
ext=ipasn
version=${EXTVERSION:-$(sed -nE 's/^EXTVERSION[[:space:]]*=[[:space:]]*([^[:space:]]+).*/\1/p' Makefile)}
ctl_version=$(sed -nE "s/^default_version[[:space:]]*=[[:space:]]*'([^']*)'.*/\1/p" $ext.control)
[ -n "$version" ] || die "no EXTVERSION in the Makefile"
[ "$version" = "$ctl_version" ] ||
	die "EXTVERSION $version differs from default_version '$ctl_version' in $ext.control"
major=$("$PG_CONFIG" --version | sed -nE 's/^PostgreSQL ([0-9]+)(\.[0-9]+)?.*/\1\2/p')
case $major in
[1-9][0-9]*.*) major=${major%%.*} ;; # 10 and later: the first number
esac
[ -n "$major" ] || die "cannot tell the PostgreSQL major version from $PG_CONFIG --version"
arch=$(dpkg --print-architecture)
pkg=postgresql-$major-$ext
outdir=${DEB_DIR:-$top}
deb=$outdir/${pkg}_${version}_${arch}.deb
maintainer=${DEB_MAINTAINER:-ipasn maintainers <noreply@ipasn.invalid>}

tmp=$(mktemp -d -t ipasn-deb.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
stage=$tmp/stage
mkdir -m 755 "$stage"

# ---------------------------------------------------------------- files
make -s PG_CONFIG="$PG_CONFIG" install DESTDIR="$stage" >"$tmp/install.log" 2>&1 || {
	cat "$tmp/install.log"; die "make install DESTDIR=... failed"; }
pkglibdir=$("$PG_CONFIG" --pkglibdir)
so=$stage$pkglibdir/$ext.so
[ -f "$so" ] || die "no $pkglibdir/$ext.so in the staged install"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$so"
doc=$stage/usr/share/doc/$pkg
install -d -m 755 "$doc"
install -m 644 src/deb/copyright "$doc/copyright"
gzip -9n <CHANGELOG.md >"$doc/changelog.gz"
gzip -9n <README.md >"$doc/README.md.gz"
# the documents the README links to
install -d -m 755 "$doc/doc"
for f in doc/*.md; do
	gzip -9n <"$f" >"$doc/doc/$(basename "$f").gz"
done
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f -exec chmod 644 {} +

# ---------------------------------------------------------------- control
depends="postgresql-$major"
if command -v dpkg-shlibdeps >/dev/null; then
	# dpkg-shlibdeps wants a debian/control of its own: a throwaway one.
	# The module's references to the server's symbols are resolved at load
	# time by the postgres binary (hence --warnings=0).
	mkdir "$tmp/src" "$tmp/src/debian"
	printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$ext" "$pkg" >"$tmp/src/debian/control"
	shlibs=$(cd "$tmp/src" && dpkg-shlibdeps -O --warnings=0 "$so" 2>"$tmp/shlibdeps.log") || {
		cat "$tmp/shlibdeps.log"; die "dpkg-shlibdeps failed"; }
	shlibs=${shlibs#shlibs:Depends=}
	[ -n "$shlibs" ] && depends="$depends, $shlibs"
else
	echo "make deb: dpkg-shlibdeps not found (apt-get install dpkg-dev): Depends lists postgresql-$major only" >&2
fi
installed_size=$(du -sk --apparent-size "$stage" | cut -f1)
mkdir -m 755 "$stage/DEBIAN"
sed -e "s|@PACKAGE@|$pkg|g" -e "s|@VERSION@|$version|g" -e "s|@ARCH@|$arch|g" \
	-e "s|@MAINTAINER@|$maintainer|g" -e "s|@INSTALLED_SIZE@|$installed_size|g" \
	-e "s|@DEPENDS@|$depends|g" -e "s|@MAJOR@|$major|g" src/deb/control.in >"$stage/DEBIAN/control"
if grep -n '@[A-Z_]*@' "$stage/DEBIAN/control"; then
	die "unreplaced placeholder in src/deb/control.in"
fi
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
	>"$stage/DEBIAN/md5sums"
chmod 644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

# ---------------------------------------------------------------- build
mkdir -p "$outdir"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >"$tmp/dpkg-deb.log" 2>&1 || {
	cat "$tmp/dpkg-deb.log"; die "dpkg-deb failed"; }
echo "$deb"
