// Prisma 7 reads the datasource URL from here, not from schema.prisma. `prisma generate` needs no
// database; bench.mts connects through the adapter to a database of its own.
import { defineConfig } from 'prisma/config';

export default defineConfig({
	schema: 'schema.prisma',
	datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' },
});
