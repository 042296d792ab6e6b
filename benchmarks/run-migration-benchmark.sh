#!/usr/bin/env bash
# Times this project's `migrate deploy` beside Flyway's `migrate` on the same generated SQL files
# (MigrationBenchmark) and writes the figures into the section "## Migrations: deploy beside
# Flyway" of docs/benchmarks.md, replacing that section and keeping the rest of the file.
#
# Usage: benchmarks/run-migration-benchmark.sh [SERVER ...] [-- BENCHMARK-OPTIONS]
#   SERVER: an admin URL of a PostgreSQL server the benchmark may create and drop bench_*
#   databases on (e.g. postgresql://postgres@127.0.0.1:5432/postgres), or `embedded` for the
#   embedded PostgreSQL 17 the tests use. Default: $PRISMA_TEST_DATABASE_URL, else embedded.
#   BENCHMARK-OPTIONS: --rounds=3 --pending=1000 --history=2000 --batch=500 --noop-repeats=7
#   --noop-at=200,2000,8000
# Then, per server, DeployProfile times every JDBC call of applying the pending migrations (set
# PROFILE=0 to skip it).
set -euo pipefail
cd "$(dirname "$0")/.."
servers=() options=()
while [ $# -gt 0 ]; do
	if [ "$1" = "--" ]; then shift; options=("$@"); break; fi
	servers+=("$1"); shift
done
[ ${#servers[@]} -gt 0 ] || servers=("${PRISMA_TEST_DATABASE_URL:-embedded}")
redact() { sed -E 's#(://[^:@/]*):[^@/]*@#\1:****@#g'; } # a URL's password never reaches the file

mvn -B -q -DskipTests -pl benchmarks -am package
jar=benchmarks/target/benchmarks.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pending=1000
for option in ${options[@]+"${options[@]}"}; do
	case $option in --pending=*) pending=${option#--pending=} ;; esac
done
run() { # runs a class of the jar against $server: run CLASS ARGS...
	local class=$1; shift
	if [ "$server" = embedded ]; then
		env -u PRISMA_TEST_DATABASE_URL java -Dlogback.configurationFile=dev/prismaspring/benchmarks/query/logback.xml -cp "$jar" "dev.prismaspring.benchmarks.$class" "$@"
	else
		java -Dlogback.configurationFile=dev/prismaspring/benchmarks/query/logback.xml -cp "$jar" "dev.prismaspring.benchmarks.$class" "$server" "$@"
	fi
}

tables=""
for server in "${servers[@]}"; do
	echo "== $(printf '%s' "$server" | redact)" >&2
	run MigrationBenchmark ${options[@]+"${options[@]}"} > "$work/table.md"
	# The class prints "Server: <what>", a blank line, then the figures.
	tables+="
### $(head -1 "$work/table.md" | sed 's/^Server: //')

$(tail -n +3 "$work/table.md")
"
	if [ "${PROFILE:-1}" != 0 ]; then
		run DeployProfile --migrations="$pending" > "$work/profile.md"
		tables+="
Where the time of (a) goes, from \`DeployProfile\` on the same server (3 runs of each tool after
a warm-up, in turns): every JDBC call timed, so a call's time is its round trip with the
server's work in it. Ours sends a migration's script as one string (one round trip for both
statements), Flyway one statement at a time; Flyway connects through \`DriverManager\` here so
that its calls can be timed too. The \`CREATE TABLE\` rows (and Flyway's \`CREATE INDEX\`) are
PostgreSQL running the migrations' own SQL, work both tools must do; the other rows are each
tool's own cost.

$(cat "$work/profile.md")
"
	fi
done

command="benchmarks/run-migration-benchmark.sh $(printf '%s ' "${servers[@]}" | redact)${options[*]+-- ${options[*]}}"
section=$(cat <<MD
## Migrations: deploy beside Flyway

Command: \`${command% }\` (class \`MigrationBenchmark\`).
Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | sed -n 1p).

Every migration creates one table with a primary key and an index, as \`migrate dev\` writes it
(\`CREATE TABLE "t0001" ("id" SERIAL NOT NULL, "name" TEXT, CONSTRAINT "t0001_pkey" PRIMARY KEY
("id")); CREATE INDEX "t0001_name_idx" ON "t0001"("name");\`). Both tools read the same text from
files written for the run: ours in Prisma's layout (\`00000000000001_m1/migration.sql\`), Flyway's
as \`V1__m1.sql\`. Ours runs with \`DeployOptions.defaults()\`, Flyway with its defaults
(\`Flyway.configure().dataSource(url, user, password).locations("filesystem:" + dir)\`, its
per-migration log lines kept to warnings). A figure is one whole call as an application makes it
(connect, lock, read the folder and the history, verify checksums, apply, unlock), timed on a
warm JVM (each tool first migrates one batch on a throw-away database) and on a fresh database;
rounds alternate which tool goes first.

- (a) N pending migrations applied to an empty database.
- (b) a deploy with nothing to do on a database with 200, 2,000 and 8,000 migrations applied
  (by the same tool), as every application start after the first: the median of several calls
  per database.
- (c) the history applied in batches, each deploy given a folder with one more batch: time per
  migration of each batch, which must not grow with the history before it.
${tables}
MD
)

doc=docs/benchmarks.md
printf '%s\n' "$section" | benchmarks/doc-section.sh "$doc"
echo "wrote the migration section of $doc"
