// Runs a command of Prisma's own schema engine (the WebAssembly build the oracle installs) on a
// database, so tests can compare what Prisma writes with what this project writes.
//   node prisma-engine.mjs apply URL DIR                  -> names of the migrations applied, one a line
//   node prisma-engine.mjs mark-applied URL DIR NAME
//   node prisma-engine.mjs mark-rolled-back URL NAME
// On failure it prints "ERROR <message>" and exits 1.
import fs from 'node:fs';
import path from 'node:path';

const [cmd, url, ...rest] = process.argv.slice(2);
const { SchemaEngine } = await import('@prisma/schema-engine-wasm');
const { PrismaPg } = await import('@prisma/adapter-pg');
const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils');
const engine = await SchemaEngine.new({ datamodels: undefined }, () => {},
  bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url })));

function migrationsList(dir) {
  const baseDir = path.resolve(dir);
  const lock = path.join(baseDir, 'migration_lock.toml');
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lock) ? fs.readFileSync(lock, 'utf8') : null },
    migrationDirectories: fs.readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory())
      .map((d) => d.name).sort().map((name) => ({ path: name, migrationFile: { path: 'migration.sql',
        content: { tag: 'ok', value: fs.readFileSync(path.join(baseDir, name, 'migration.sql'), 'utf8') } } })),
    shadowDbInitScript: '',
  };
}

const filters = { externalTables: [], externalEnums: [] };
try {
  switch (cmd) {
    case 'apply': {
      const out = await engine.applyMigrations({ migrationsList: migrationsList(rest[0]), filters });
      for (const name of out.appliedMigrationNames) console.log(name);
      break;
    }
    case 'mark-applied':
      await engine.markMigrationApplied({ migrationsList: migrationsList(rest[0]), migrationName: rest[1] });
      break;
    case 'mark-rolled-back':
      await engine.markMigrationRolledBack({ migrationName: rest[0] });
      break;
    default:
      console.error('usage: prisma-engine.mjs apply|mark-applied|mark-rolled-back URL ...');
      process.exit(2);
  }
} catch (e) {
  console.log('ERROR ' + (e.message ?? String(e)));
  process.exit(1);
}
process.exit(0);
