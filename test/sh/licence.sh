#!/usr/bin/env bash
# ipasn is under the PostgreSQL Licence: LICENSE holds it, and the Debian
# package's copyright file (src/deb/copyright, installed by `make deb` as
# /usr/share/doc/<package>/copyright) is in Debian's machine-readable format
# (DEP-5), names it for every file, and carries LICENSE's text word for word.
set -eu
cd "$(dirname "$0")/../.."
c=src/deb/copyright
fail() { echo "FAIL: $*"; exit 1; }
[ -f LICENSE ] || fail "no LICENSE"
head -1 LICENSE | grep -qx 'PostgreSQL Licence' || fail "LICENSE does not start with 'PostgreSQL Licence'"
grep -qx 'Copyright (c) [0-9-]*, the ipasn authors' LICENSE || fail "LICENSE names no copyright holder 'the ipasn authors'"
head -1 $c | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
	fail "$c is not in the machine-readable format (no Format: line)"
grep -qx 'Upstream-Name: ipasn' $c || fail "$c: no Upstream-Name"
# the Files: * paragraph names the licence
awk '/^Files: \*$/ { f = 1 } f && /^$/ { exit } f' $c | grep -qx 'License: PostgreSQL' ||
	fail "$c: the 'Files: *' paragraph does not say 'License: PostgreSQL'"
grep -qx 'Copyright: .*the ipasn authors' $c || fail "$c: no 'Copyright: ... the ipasn authors'"
grep -iq 'unspecified' $c && fail "$c still says unspecified"
# the stand-alone licence paragraph: LICENSE's text after its copyright line
# (a blank line is " ." in the format, every line indented by one space)
awk -v RS= '/^License: PostgreSQL\n/ { sub(/^[^\n]*\n/, ""); print }' $c |
	sed 's/^ //; s/^\.$//' >/tmp/licence.$$
trap 'rm -f /tmp/licence.$$' EXIT
sed -n '/^Copyright (c)/,$p' LICENSE | sed '1,2d' | diff -u - /tmp/licence.$$ ||
	fail "$c's licence text differs from LICENSE"
echo "ok - LICENSE is the PostgreSQL Licence; $c (DEP-5) names it and carries its text"
