#!/usr/bin/env bash
# Times `migrate dev` on a project with 100 migrations in its history and one model added since
# (class MigrateDevBenchmark): in process, as the CLI process, and the shadow replay and diff beside
# Prisma's engine (the oracle in ../shared, where it and Node.js are present). Writes the section
# "## migrate dev with a history" of docs/benchmarks.md, replacing that section and keeping the
# rest of the file.
#
# Usage: benchmarks/run-migrate-dev-benchmark.sh [SERVER] [-- BENCHMARK-OPTIONS]
#   SERVER: an admin URL of a PostgreSQL server the benchmark may create and drop bench_*
#   databases on (e.g. postgresql://postgres@127.0.0.1:5432/postgres), or `embedded` for the
#   embedded PostgreSQL 17 the tests use. Default: $PRISMA_TEST_DATABASE_URL, else embedded.
#   BENCHMARK-OPTIONS: --migrations=100 --runs=5
set -euo pipefail
cd "$(dirname "$0")/.."
. benchmarks/script-args.sh

mvn -B -q -DskipTests -pl benchmarks,prisma-cli -am package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== $(printf '%s' "$server" | redact)" >&2
env -u PRISMA_TEST_DATABASE_URL java -Dlogback.configurationFile=dev/prismaspring/benchmarks/query/logback.xml \
	-cp benchmarks/target/benchmarks.jar dev.prismaspring.benchmarks.MigrateDevBenchmark "$server" \
	${options[@]+"${options[@]}"} > "$work/table.md"

command="benchmarks/run-migrate-dev-benchmark.sh $(printf '%s' "$server" | redact)${options[*]+ -- ${options[*]}}"
section=$(cat <<MD
## migrate dev with a history

Command: \`${command}\` (class \`MigrateDevBenchmark\`).
Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | sed -n 1p).
$(head -1 "$work/table.md")

A project whose migrations folder holds the history (each migration one table with a primary key
and an index, as in the deploy benchmark) and whose schema has one model more; the development
database is up to date with the history. \`migrate dev\` replays the history into the shadow
database, diffs it against the schema, writes the new migration and applies it. Prisma's own
\`migrate dev\` needs its native engine, which this machine cannot download; its WebAssembly
engine (the oracle) runs the same replay and diff, so that part is compared.

$(tail -n +3 "$work/table.md")
MD
)
printf '%s\n' "$section" | benchmarks/doc-section.sh docs/benchmarks.md
echo "wrote the migrate dev section of docs/benchmarks.md"
