#!/usr/bin/env bash
# Runs every benchmark on one server, one after another, each writing its section of
# docs/benchmarks.md: the schema language and `migrate diff` (beside Prisma's engine), `migrate
# dev` with a history, deploy beside Flyway (no-op with 200, 2,000 and 8,000 applied; 1,000
# pending), the queries beside JDBC, Spring Data JDBC, Hibernate, jOOQ and Prisma Client 7 on
# Node, and the application's start-up beside Boot's Flyway integration. Keep the machine
# otherwise idle: on 2 cores it took 67 minutes (2026-12-03, PostgreSQL 15 on loopback), before the paired-rounds step (about 12 more).
#
# Usage: benchmarks/run-all.sh [SERVER]
#   SERVER: an admin URL of a PostgreSQL server the benchmarks may create and drop bench_*
#   databases on (e.g. postgresql://postgres@127.0.0.1:5432/postgres), or `embedded`; Prisma
#   Client on Node needs a server URL. Default: $PRISMA_TEST_DATABASE_URL, else embedded.
set -euo pipefail
cd "$(dirname "$0")/.."
server=${1:-${PRISMA_TEST_DATABASE_URL:-embedded}}
started=$(date +%s)
step() { echo "== $1 ($(( $(date +%s) - started )) s in)" >&2; }
step "schema language and migrate diff"
benchmarks/run-schema-benchmark.sh
step "migrate dev with 100 migrations"
benchmarks/run-migrate-dev-benchmark.sh "$server"
step "deploy beside Flyway"
benchmarks/run-migration-benchmark.sh "$server" -- --rounds=3
step "queries"
benchmarks/run-query-benchmark.sh "$server" -- --warmup=4 --warmup-time=2 --iterations=5 --time=1
step "queries, ours beside JDBC in paired rounds"
benchmarks/run-paired-query-benchmark.sh "$server"
step "start-up"
benchmarks/run-startup-benchmark.sh "$server"
step "done in $(( ($(date +%s) - started) / 60 )) minutes"
