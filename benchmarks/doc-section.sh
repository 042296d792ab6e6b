#!/usr/bin/env bash
# Puts a section into a Markdown file: the section (standard input) starts with its heading line
# ("## Title"); the file's section with that heading, up to the next "## " heading, is replaced
# by it, or it is appended when the file has none. With KEEP_FROM set to the start of a "### "
# heading (e.g. "### Why"), that part of the old section, written by hand, is kept after the new
# text. The benchmark scripts write their figures with it.
#
# Usage: benchmarks/doc-section.sh FILE < SECTION
set -euo pipefail
doc=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/section.md"
title=$(sed -n 1p "$work/section.md")
[ -f "$doc" ] || printf '# %s\n' "$(basename "$doc" .md)" > "$doc"
# The section goes by file, not by argument or environment: it may be longer than they allow.
awk -v section="$work/section.md" -v title="$title" -v keep="${KEEP_FROM:-}" '
	function insert(  line) { while ((getline line < section) > 0) print line; close(section) }
	/^## / && skipping { skipping = 0; print "" }
	$0 == title { insert(); skipping = 1; done = 1; next }
	skipping && keep != "" && index($0, keep) == 1 { skipping = 0; print "" }
	!skipping { print }
	END { if (!done) { print ""; insert() } }
' "$doc" > "$work/updated.md"
cp "$work/updated.md" "$doc"
