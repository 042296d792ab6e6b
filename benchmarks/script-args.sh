# Sourced by the benchmark scripts (not run on its own): reads `[SERVER] [-- OPTIONS]` from the
# script's arguments into $server (default $PRISMA_TEST_DATABASE_URL, else `embedded`) and the
# array options, and defines redact, which masks a URL's password so it never reaches a file.
server=${PRISMA_TEST_DATABASE_URL:-embedded} options=()
while [ $# -gt 0 ]; do
	if [ "$1" = "--" ]; then shift; options=("$@"); break; fi
	server=$1; shift
done
redact() { sed -E 's#(://[^:@/]*):[^@/]*@#\1:****@#g'; }
