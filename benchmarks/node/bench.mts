// Prisma Client 7 on Node, on the same data and the same operations as the JVM query benchmark
// (benchmarks/src/main/java/.../query/ToolBenchmark.java): reads, writes, nested writes and upserts,
// an aggregate and a groupBy, and a read mix with 1, 2, 4 or 8 concurrent callers, so that the JVM
// figures can be read beside the tool Prisma users know.
//
// Usage: npx tsx bench.mts ADMIN_URL DDL_FILE [--jvm-scores=FILE] [--warmup=4 --warmup-time=2 --iterations=5 --time=1]
//   ADMIN_URL: a PostgreSQL server on which a bench_node_* database may be created and dropped.
//   DDL_FILE: the tables, as our `migrate diff --from-empty` writes them for the same schema.
//   --jvm-scores: the JVM run's scores (QueryBenchmark --scores=FILE: method, label, tool, ops/s
//   per line), set beside Prisma Client's figures.
//   --scores-out: where to write Prisma Client's own scores, in the same format.
// Prints a Markdown table to standard output, progress to standard error.
// A database of its own is created, loaded like the JVM benchmark's (1,000 users, a profile each,
// 10 posts each, every second one published), checked, measured and dropped again.
import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.ts';

const USERS = 1000;
const POSTS_PER_USER = 10;
const POSTS = USERS * POSTS_PER_USER;
const USERS_WITH_POSTS = 100;
const CREATE_MANY = 10000;
const TITLE_PREFIX = 'Post 1';

const LOAD = `
INSERT INTO "User" ("email", "name")
SELECT 'user' || u || '@bench.example', 'User ' || u FROM generate_series(1, ${USERS}) u ORDER BY u;
INSERT INTO "Profile" ("bio", "userId")
SELECT 'Bio of user ' || u, u FROM generate_series(1, ${USERS}) u ORDER BY u;
INSERT INTO "Post" ("title", "content", "published", "authorId", "updatedAt")
SELECT 'Post ' || p || ' of user ' || u, 'Content of post ' || p, p % 2 = 0, u, now()
FROM generate_series(1, ${USERS}) u, generate_series(1, ${POSTS_PER_USER}) p ORDER BY u, p;`;

const REMOVE_CREATED = `
DELETE FROM "Post" WHERE "id" > ${POSTS};
DELETE FROM "Profile" WHERE "id" > ${USERS};
DELETE FROM "User" WHERE "id" > ${USERS};`;

function main() {
	const [adminUrl, ddlFile, ...rest] = process.argv.slice(2);
	if (!adminUrl || !ddlFile) {
		throw new Error('Usage: npx tsx bench.mts ADMIN_URL DDL_FILE [--jvm-scores=FILE] [--scores-out=FILE] [--warmup=N --warmup-time=S --iterations=N --time=S]');
	}
	const settings = { warmup: 4, 'warmup-time': 2, iterations: 5, time: 1 };
	let jvmScores = null;
	let scoresOut = null;
	for (const option of rest) {
		if (option.startsWith('--scores-out=')) {
			scoresOut = option.slice('--scores-out='.length);
			continue;
		}
		if (option.startsWith('--jvm-scores=')) {
			jvmScores = readScores(option.slice('--jvm-scores='.length));
			continue;
		}
		const match = /^--([a-z-]+)=(\d+(?:\.\d+)?)$/.exec(option);
		if (!match || !(match[1] in settings)) {
			throw new Error(`Unknown option ${option}; known: --jvm-scores, ${Object.keys(settings).map((k) => `--${k}`).join(', ')}`);
		}
		settings[match[1]] = Number(match[2]);
	}
	return run(adminUrl, readFileSync(ddlFile, 'utf8'), settings, jvmScores, scoresOut);
}

// {method: {label, tools: {tool: ops/s}}}
function readScores(file) {
	const scores = {};
	for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
		const [method, label, tool, score] = line.split('\t');
		scores[method] ??= { label, tools: {} };
		scores[method].tools[tool] = Number(score);
	}
	return scores;
}

function report(figures, settings, jvmScores) {
	const number = (value) => value.toLocaleString('en-US', { maximumFractionDigits: value < 100 ? 1 : 0 });
	const jvmTools = ['ours (generated client)', 'JDBC'];
	const header = [`Prisma Client ${clientVersion()} on Node ${process.version}: median (min–max)`];
	if (jvmScores) {
		header.push(...jvmTools.map((tool) => `${tool}, JVM`), 'ours ÷ Prisma Client', 'JDBC ÷ Prisma Client');
	}
	const lines = [
		`Prisma Client with \`@prisma/adapter-pg\` (a \`pg\` pool of at most 8 connections), one call at a time`
			+ ` except the read mix, which has 1, 2, 4 or 8 callers at once,`
			+ ` ${settings.warmup} × ${settings['warmup-time']} s warm-up and ${settings.iterations} × ${settings.time} s measured`
			+ ` iterations per operation; operations per second (higher is better).`,
		'',
		`| operation | ${header.join(' | ')} |`,
		`|---|${header.map(() => '---:').join('|')}|`,
	];
	for (const [method, figure] of Object.entries(figures)) {
		const cells = [`${number(figure.median)} (${number(figure.min)}–${number(figure.max)})`];
		let label = method;
		if (jvmScores && jvmScores[method]) {
			label = jvmScores[method].label;
			const tools = jvmScores[method].tools;
			cells.push(...jvmTools.map((tool) => (tool in tools ? number(tools[tool]) : '–')));
			cells.push(...jvmTools.map((tool) => (tool in tools ? (tools[tool] / figure.median).toFixed(2) : '–')));
		}
		else if (jvmScores) {
			cells.push('–', '–', '–', '–');
		}
		lines.push(`| ${label} | ${cells.join(' | ')} |`);
	}
	return lines.join('\n') + '\n';
}

async function run(adminUrl, ddl, settings, jvmScores, scoresOut) {
	const name = `bench_node_${process.pid}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE "${name}"`);
	const databaseUrl = withDatabase(adminUrl, name);
	let prisma;
	let direct;
	try {
		direct = new pg.Client({ connectionString: databaseUrl });
		await direct.connect();
		await direct.query(ddl);
		await direct.query(LOAD);
		await direct.query('ANALYZE');
		// The same pool size as each JVM tool's HikariCP pool: 8, so that the read mix's 8 callers
		// do not queue for connections.
		prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 8 }) });
		const operations = operationsOf(prisma);
		await check(operations, direct);
		const figures = {};
		for (const [operation, entry] of Object.entries(operations)) {
			figures[operation] = await measure(operation, callersOf(entry), direct, settings);
		}
		process.stdout.write(report(figures, settings, jvmScores));
		if (scoresOut) {
			const tool = `Prisma Client ${clientVersion()} (Node)`;
			writeFileSync(scoresOut, Object.entries(figures)
				.map(([method, figure]) => [method, jvmScores?.[method]?.label ?? method, tool, figure.median].join('\t'))
				.join('\n') + '\n');
		}
	}
	finally {
		if (prisma) {
			await prisma.$disconnect();
		}
		if (direct) {
			await direct.end();
		}
		await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
		await admin.end();
	}
}

function withDatabase(url, database) {
	const parsed = new URL(url);
	parsed.pathname = `/${database}`;
	return parsed.toString();
}

function clientVersion() {
	const manifest = JSON.parse(readFileSync(new URL('./node_modules/@prisma/client/package.json', import.meta.url), 'utf8'));
	return manifest.version;
}

// The operations, named as the JMH methods are. Each is a call made by one caller at a time, except
// the read mix: {concurrency, caller}, where caller() makes one of its concurrent callers.
function operationsOf(prisma) {
	let sequence = 0;
	const next = (bound) => {
		sequence++;
		return 1 + (Math.imul(sequence, 7919) & 0x7fffffff) % bound;
	};
	const batch = Array.from({ length: CREATE_MANY }, (_, i) => ({
		title: `Bulk post ${i}`, content: `Bulk content ${i}`, published: i % 2 === 0, authorId: 1 + (i % USERS),
	}));
	const findUnique = () => prisma.user.findUnique({ where: { id: next(USERS) } });
	const findUniqueWithPosts = () => prisma.user.findUnique({ where: { id: next(USERS) }, include: { posts: true } });
	const findFirst = () => prisma.post.findFirst({ where: { authorId: next(USERS), published: true }, orderBy: { id: 'asc' } });
	const findFilterOrderTake10 = () => prisma.post.findMany({
		where: { published: true, title: { startsWith: TITLE_PREFIX } }, orderBy: { id: 'desc' }, take: 10,
	});
	// Each caller of the read mix turns through the four reads with a rotation of its own, so that
	// every caller makes each read in turn, whatever the others do.
	const readMix = (concurrency) => ({
		concurrency,
		caller: () => {
			const reads = [findUnique, findFirst, findFilterOrderTake10, findUniqueWithPosts];
			let turn = 0;
			return () => reads[turn++ % reads.length]();
		},
	});
	return {
		findUnique,
		findUniqueWithPosts,
		findFirst,
		findMany1000: () => prisma.user.findMany(),
		findFilterOrderTake10,
		includePosts100Users: () => prisma.user.findMany({ where: { id: { lte: USERS_WITH_POSTS } }, include: { posts: true } }),
		create: () => prisma.post.create({ data: { title: 'Created', authorId: next(USERS) } }),
		createNested: () => prisma.user.create({
			data: {
				email: `nested${++sequence}@bench.example`, name: 'Nested',
				profile: { create: { bio: 'Nested bio' } },
				posts: { create: [{ title: 'Nested post 1' }, { title: 'Nested post 2' }] },
			},
		}),
		createMany10000: async () => (await prisma.post.createMany({ data: batch })).count,
		updateById: () => prisma.post.update({ where: { id: next(POSTS) }, data: { title: `Updated ${sequence}` } }),
		// next() has counted the call by the time name and bio are written, so they carry its number.
		updateNested: () => prisma.user.update({
			where: { id: next(USERS) },
			data: { name: `Renamed ${sequence}`, profile: { update: { bio: `Bio ${sequence}` } } },
		}),
		// Always an existing user, so the update path.
		upsert: () => {
			const n = next(USERS);
			return prisma.user.upsert({
				where: { email: `user${n}@bench.example` },
				update: { name: `Upserted ${sequence}` },
				create: { email: `user${n}@bench.example`, name: `Upserted ${sequence}` },
			});
		},
		// Answers the user (whose row does not change) and the bio sent, for the check to look for.
		upsertNested: async () => {
			const id = next(USERS);
			const bio = `Upserted bio ${sequence}`;
			await prisma.user.update({ where: { id }, data: { profile: { upsert: { create: { bio }, update: { bio } } } } });
			return { id, bio };
		},
		createAndDelete: async () => {
			const post = await prisma.post.create({ data: { title: 'Short-lived', authorId: next(USERS) } });
			return (await prisma.post.delete({ where: { id: post.id } })).id;
		},
		count: () => prisma.user.count(),
		aggregate: () => prisma.post.aggregate({
			where: { published: true }, _count: { _all: true }, _avg: { authorId: true }, _min: { id: true }, _max: { id: true },
		}),
		groupBy: () => prisma.post.groupBy({
			by: ['authorId'], where: { authorId: { lte: USERS_WITH_POSTS } },
			_count: { _all: true }, _max: { id: true }, orderBy: { authorId: 'asc' },
		}),
		readMix1: readMix(1),
		readMix2: readMix(2),
		readMix4: readMix(4),
		readMix8: readMix(8),
	};
}

// An operation's callers: the call itself, or as many callers as the read mix has.
function callersOf(entry) {
	return typeof entry === 'function' ? [entry] : Array.from({ length: entry.concurrency }, () => entry.caller());
}

// Every operation once, its answer compared with plain SQL, as QueryChecks does on the JVM. The
// reads, the aggregate and the groupBy come first, while the data is as loaded: the writes add rows.
async function check(operations, direct) {
	const row = async (sql, parameters = []) => (await direct.query(sql, parameters)).rows[0];
	const scalar = async (sql, parameters = []) => Number((await row(sql, parameters)).value);
	const expect = (what, actual, wanted) => {
		if (actual !== wanted) {
			throw new Error(`Prisma Client gave a wrong answer for ${what}: ${actual}, expected ${wanted}`);
		}
	};
	const user = await operations.findUnique();
	expect('findUnique', user.email, `user${user.id}@bench.example`);
	const userWithPosts = await operations.findUniqueWithPosts();
	expect('findUnique with posts', userWithPosts.posts.length,
		await scalar('SELECT count(*) AS value FROM "Post" WHERE "authorId" = $1', [userWithPosts.id]));
	const first = await operations.findFirst();
	const firstRow = await row('SELECT id, title FROM "Post" WHERE "authorId" = $1 AND published ORDER BY id LIMIT 1', [first.authorId]);
	expect('findFirst', `${first.id} ${first.title}`, `${firstRow.id} ${firstRow.title}`);
	expect('findFirst on the loaded data', `${first.id} ${first.title}`,
		`${(first.authorId - 1) * POSTS_PER_USER + 2} Post 2 of user ${first.authorId}`);
	expect('findMany', (await operations.findMany1000()).length, await scalar('SELECT count(*) AS value FROM "User"'));
	const page = await operations.findFilterOrderTake10();
	expect('the filtered page', page.map((post) => post.id).join(','), (await direct.query(
		`SELECT string_agg(id::text, ',') AS value FROM (SELECT id FROM "Post" WHERE published AND title LIKE '${TITLE_PREFIX}%' ORDER BY id DESC LIMIT 10) p`,
	)).rows[0].value);
	const withPosts = await operations.includePosts100Users();
	expect('the include', withPosts.reduce((sum, u) => sum + u.posts.length, 0),
		await scalar(`SELECT count(*) AS value FROM "Post" WHERE "authorId" <= ${USERS_WITH_POSTS}`));
	const summary = await operations.aggregate();
	const summaryRow = await row('SELECT count(*), avg("authorId"), min(id), max(id) FROM "Post" WHERE published');
	expect('aggregate', [summary._count._all, summary._avg.authorId, summary._min.id, summary._max.id].join(' '),
		[summaryRow.count, summaryRow.avg, summaryRow.min, summaryRow.max].map(Number).join(' '));
	const groups = await operations.groupBy();
	expect('groupBy', groups.map((g) => `${g.authorId}:${g._count._all}:${g._max.id}`).join(','), (await row(
		`SELECT string_agg("authorId" || ':' || count || ':' || max, ',' ORDER BY "authorId") AS value
		FROM (SELECT "authorId", count(*), max(id) FROM "Post" WHERE "authorId" <= ${USERS_WITH_POSTS} GROUP BY 1) g`,
	)).value);
	expect('groupBy on the loaded data', groups.every((g) => g._count._all === POSTS_PER_USER && g._max.id === g.authorId * POSTS_PER_USER)
		&& groups.length === USERS_WITH_POSTS, true);
	// The reads themselves are checked above; here only that one rotation of each mix answers them all.
	for (const [operation, entry] of Object.entries(operations).filter(([, entry]) => typeof entry !== 'function')) {
		const caller = entry.caller();
		for (let read = 1; read <= 4; read++) {
			const answer = await caller();
			expect(`${operation}'s read ${read}`, answer != null && (!Array.isArray(answer) || answer.length > 0), true);
		}
	}
	const created = await operations.create();
	expect('the create', created.id > POSTS, true);
	expect('the created title', (await row('SELECT title FROM "Post" WHERE id = $1', [created.id]))?.title, 'Created');
	const nested = await operations.createNested();
	expect('the nested create', await scalar(`SELECT count(*) AS value FROM "Post" WHERE "authorId" = ${nested.id}`), 2);
	expect('createMany', await operations.createMany10000(), CREATE_MANY);
	const updated = await operations.updateById();
	const stored = (await direct.query('SELECT title FROM "Post" WHERE id = $1', [updated.id])).rows[0].title;
	expect('the update', stored, updated.title);
	expect('the updated title', updated.title.startsWith('Updated '), true);
	const renamed = await operations.updateNested();
	expect('the renamed name', renamed.name.startsWith('Renamed '), true);
	const renamedRow = await row('SELECT u.name, p.bio FROM "User" u JOIN "Profile" p ON p."userId" = u.id WHERE u.id = $1', [renamed.id]);
	expect('the nested update', `${renamedRow.name} / ${renamedRow.bio}`, `${renamed.name} / Bio ${renamed.name.slice('Renamed '.length)}`);
	const usersBefore = await scalar('SELECT count(*) AS value FROM "User"');
	const upserted = await operations.upsert();
	expect('the upsert', upserted.email, `user${upserted.id}@bench.example`);
	expect('the upserted name', upserted.name.startsWith('Upserted '), true);
	expect('the upsert', (await row('SELECT name FROM "User" WHERE id = $1', [upserted.id])).name, upserted.name);
	expect('the users after the upsert', await scalar('SELECT count(*) AS value FROM "User"'), usersBefore);
	const profilesBefore = await scalar('SELECT count(*) AS value FROM "Profile"');
	const upsertedBio = await operations.upsertNested();
	expect('the nested upsert', (await row('SELECT bio FROM "Profile" WHERE "userId" = $1', [upsertedBio.id])).bio, upsertedBio.bio);
	expect('the profiles after the nested upsert', await scalar('SELECT count(*) AS value FROM "Profile"'), profilesBefore);
	const deleted = await operations.createAndDelete();
	expect('the delete', await scalar(`SELECT count(*) AS value FROM "Post" WHERE id = ${deleted}`), 0);
	expect('count', await operations.count(), await scalar('SELECT count(*) AS value FROM "User"'));
	await direct.query(REMOVE_CREATED);
}

// Warm-up and measured iterations of a fixed time, as JMH's throughput mode with as many threads as
// the operation has callers (one but for the read mix): each caller makes one call at a time until
// the time is up, and the calls of all of them count. The rows the writes added are removed before
// every iteration.
async function measure(operation, callers, direct, settings) {
	const iteration = async (seconds) => {
		await direct.query(REMOVE_CREATED);
		const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
		const start = process.hrtime.bigint();
		let calls = 0;
		const loop = async (call) => {
			while (process.hrtime.bigint() < end) {
				await call();
				calls++;
			}
		};
		await Promise.all(callers.map(loop));
		return calls / (Number(process.hrtime.bigint() - start) / 1e9);
	};
	for (let i = 0; i < settings.warmup; i++) {
		await iteration(settings['warmup-time']);
	}
	const rates = [];
	for (let i = 0; i < settings.iterations; i++) {
		rates.push(await iteration(settings.time));
	}
	rates.sort((a, b) => a - b);
	const middle = Math.floor(rates.length / 2);
	const median = rates.length % 2 ? rates[middle] : (rates[middle - 1] + rates[middle]) / 2;
	process.stderr.write(`Prisma Client on Node, ${operation}: ${median.toFixed(1)} ops/s\n`);
	return { median, min: rates[0], max: rates[rates.length - 1] };
}

await main();
