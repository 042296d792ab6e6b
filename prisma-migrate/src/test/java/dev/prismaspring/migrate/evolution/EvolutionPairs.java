package dev.prismaspring.migrate.evolution;

import java.util.ArrayList;
import java.util.List;

/**
 * Schema pairs A → B for differential tests of the differ: a base schema and one edit each
 * (add, drop and rename models and fields, types and native types, optional and required,
 * defaults, enum values, indexes, unique and composite keys, relations of every kind, referential
 * actions, maps), each edit in both directions and on two bases, the second with every table and
 * enum mapped to another name.
 */
final class EvolutionPairs {

	static final String BASE = """
			datasource db {
			  provider = "postgresql"
			}

			enum Role {
			  USER
			  ADMIN
			}

			model User {
			  id        Int      @id @default(autoincrement())
			  email     String   @unique
			  name      String?
			  role      Role     @default(USER)
			  createdAt DateTime @default(now())
			  posts     Post[]
			  profile   Profile?
			}

			model Profile {
			  id     Int    @id @default(autoincrement())
			  bio    String
			  userId Int    @unique
			  user   User   @relation(fields: [userId], references: [id])
			}

			model Post {
			  id        Int     @id @default(autoincrement())
			  title     String  @db.VarChar(100)
			  content   String?
			  published Boolean @default(false)
			  views     Int     @default(0)
			  authorId  Int
			  author    User    @relation(fields: [authorId], references: [id])
			  tags      Tag[]

			  @@index([authorId])
			}

			model Tag {
			  id    Int    @id @default(autoincrement())
			  name  String @unique
			  posts Post[]
			}
			""";

	/** One pair. */
	record Pair(String name, String from, String to) {

		@Override
		public String toString() {
			return this.name;
		}
	}

	/** An edit: text replacements applied in order to the base. */
	private record Edit(String name, String... replacements) {

		String apply(String schema) {
			String result = schema;
			for (int i = 0; i < this.replacements.length; i += 2) {
				if (!result.contains(this.replacements[i])) {
					throw new IllegalStateException("Edit " + this.name + " does not apply: no " + this.replacements[i]);
				}
				result = result.replace(this.replacements[i], this.replacements[i + 1]);
			}
			return result;
		}
	}

	private static final String TAG_END = "  posts Post[]\n}\n";

	private static final List<Edit> EDITS = List.of(
			new Edit("add-model", TAG_END, TAG_END + "\nmodel Setting {\n  key   String @id\n  value Json\n}\n"),
			new Edit("add-model-with-composite-id", TAG_END,
					TAG_END + "\nmodel Pair {\n  a Int\n  b String\n\n  @@id([a, b])\n}\n"),
			new Edit("add-optional-field", "  content   String?\n", "  content   String?\n  summary   String?\n"),
			new Edit("add-required-field-with-default", "  views     Int     @default(0)\n",
					"  views     Int     @default(0)\n  rating    Float   @default(1.5)\n"),
			new Edit("add-list-field", "  name      String?\n", "  name      String?\n  aliases   String[]\n"),
			new Edit("add-json-field", "  bio    String\n", "  bio    String\n  extra  Json?\n"),
			new Edit("add-decimal-field", "  views     Int     @default(0)\n",
					"  views     Int     @default(0)\n  price     Decimal @default(9.99) @db.Decimal(10, 2)\n"),
			new Edit("add-bigint-autoincrement-model", TAG_END,
					TAG_END + "\nmodel Event {\n  id   BigInt @id @default(autoincrement())\n  at   DateTime @db.Timestamptz(6)\n}\n"),
			new Edit("drop-field", "  content   String?\n", ""),
			new Edit("rename-field", "  content   String?\n", "  body      String?\n"),
			new Edit("map-field", "  content   String?\n", "  content   String? @map(\"body\")\n"),
			new Edit("make-optional", "  bio    String\n", "  bio    String?\n"),
			new Edit("make-required", "  name      String?\n", "  name      String @default(\"\")\n"),
			new Edit("widen-varchar", "@db.VarChar(100)", "@db.VarChar(200)"),
			new Edit("varchar-to-text", "  title     String  @db.VarChar(100)\n", "  title     String\n"),
			new Edit("int-to-bigint", "  views     Int     @default(0)\n", "  views     BigInt  @default(0)\n"),
			new Edit("int-to-float", "  views     Int     @default(0)\n", "  views     Float   @default(0)\n"),
			new Edit("timestamp-precision", "  createdAt DateTime @default(now())\n",
					"  createdAt DateTime @default(now()) @db.Timestamptz(6)\n"),
			new Edit("change-default", "  published Boolean @default(false)\n",
					"  published Boolean @default(true)\n"),
			new Edit("drop-default", "  views     Int     @default(0)\n", "  views     Int\n"),
			new Edit("string-default", "  bio    String\n", "  bio    String @default(\"It's me\")\n"),
			new Edit("enum-default-change", "  role      Role     @default(USER)\n",
					"  role      Role     @default(ADMIN)\n"),
			new Edit("add-enum-value", "  ADMIN\n}", "  ADMIN\n  GUEST\n}"),
			new Edit("add-enum", "enum Role {", "enum Status {\n  DRAFT\n  LIVE\n}\n\nenum Role {",
					"  published Boolean @default(false)\n",
					"  published Boolean @default(false)\n  status    Status  @default(DRAFT)\n"),
			new Edit("enum-list-field", "  name      String?\n", "  name      String?\n  roles     Role[]\n"),
			new Edit("add-index", "  @@index([authorId])\n", "  @@index([authorId])\n  @@index([title, views])\n"),
			new Edit("drop-index", "  @@index([authorId])\n", ""),
			new Edit("index-sort", "  @@index([authorId])\n", "  @@index([authorId(sort: Desc)])\n"),
			new Edit("index-hash", "  @@index([authorId])\n", "  @@index([authorId], type: Hash)\n"),
			new Edit("rename-index", "  @@index([authorId])\n", "  @@index([authorId], map: \"post_author\")\n"),
			new Edit("index-to-unique", "  @@index([authorId])\n", "  @@unique([authorId, title])\n"),
			new Edit("add-unique", "  bio    String\n", "  bio    String @unique\n"),
			new Edit("drop-unique", "  name  String @unique\n", "  name  String\n"),
			new Edit("rename-unique", "  email     String   @unique\n",
					"  email     String   @unique(map: \"user_email\")\n"),
			new Edit("add-composite-unique", "  tags      Tag[]\n",
					"  tags      Tag[]\n\n  @@unique([title, authorId], name: \"titleAuthor\")\n"),
			new Edit("map-model", "  name  String @unique\n  posts Post[]\n",
					"  name  String @unique\n  posts Post[]\n\n  @@map(\"labels\")\n"),
			new Edit("rename-model", "model Profile {", "model Bio {", "  profile   Profile?\n",
					"  profile   Bio?\n"),
			new Edit("drop-model", "\nmodel Tag {\n  id    Int    @id @default(autoincrement())\n  name  String @unique\n"
					+ TAG_END, "", "  tags      Tag[]\n", ""),
			new Edit("on-delete-cascade", "  user   User   @relation(fields: [userId], references: [id])\n",
					"  user   User   @relation(fields: [userId], references: [id], onDelete: Cascade)\n"),
			new Edit("on-update-restrict", "  author    User    @relation(fields: [authorId], references: [id])\n",
					"  author    User    @relation(fields: [authorId], references: [id], onUpdate: Restrict)\n"),
			new Edit("map-foreign-key", "  author    User    @relation(fields: [authorId], references: [id])\n",
					"  author    User    @relation(fields: [authorId], references: [id], map: \"post_author_fk\")\n"),
			new Edit("optional-relation", "  authorId  Int\n  author    User    @relation",
					"  authorId  Int?\n  author    User?   @relation"),
			new Edit("drop-one-to-one", "  profile   Profile?\n", "",
					"  userId Int    @unique\n  user   User   @relation(fields: [userId], references: [id])\n", ""),
			new Edit("add-self-relation", "  tags      Tag[]\n",
					"  tags      Tag[]\n  parentId  Int?\n  parent    Post?   @relation(\"Thread\", fields: [parentId], references: [id])\n  replies   Post[]  @relation(\"Thread\")\n"),
			new Edit("add-many-to-many", "  profile   Profile?\n",
					"  profile   Profile?\n  followed  Tag[]    @relation(\"Follows\")\n",
					"  posts Post[]\n}", "  posts Post[]\n  followers User[] @relation(\"Follows\")\n}"),
			new Edit("drop-many-to-many", "  tags      Tag[]\n", "", "  posts Post[]\n}", "}"),
			new Edit("add-one-to-many", TAG_END,
					TAG_END + "\nmodel Comment {\n  id     Int    @id @default(autoincrement())\n  text   String\n  postId Int\n  post   Post   @relation(fields: [postId], references: [id], onDelete: Cascade)\n\n  @@index([postId])\n}\n",
					"  tags      Tag[]\n", "  tags      Tag[]\n  comments  Comment[]\n"),
			new Edit("composite-id", "  id    Int    @id @default(autoincrement())\n  name  String @unique\n  posts Post[]\n",
					"  id    Int    @default(autoincrement())\n  name  String @unique\n  posts Post[]\n\n  @@id([id])\n"),
			new Edit("uuid-id", "model Profile {\n  id     Int    @id @default(autoincrement())",
					"model Profile {\n  id     String @id @default(uuid()) @db.Uuid"),
			new Edit("dbgenerated-default", "  bio    String\n",
					"  bio    String\n  token  String @default(dbgenerated(\"md5(random()::text)\"))\n"),
			new Edit("bytes-and-date", "  bio    String\n", "  bio    String\n  avatar Bytes?\n  born   DateTime? @db.Date\n"),
			new Edit("unsupported-field", "  bio    String\n", "  bio    String\n  search Unsupported(\"tsvector\")?\n"),
			new Edit("updated-at", "  createdAt DateTime @default(now())\n",
					"  createdAt DateTime @default(now())\n  updatedAt DateTime @updatedAt\n"),
			new Edit("relation-to-unique-field", "  bio    String\n",
					"  bio    String\n  email  String?\n  owner  User?  @relation(\"ByEmail\", fields: [email], references: [email])\n",
					"  profile   Profile?\n", "  profile   Profile?\n  byEmail   Profile[] @relation(\"ByEmail\")\n"),
			new Edit("several-at-once", "  content   String?\n", "  summary   String\n", "@db.VarChar(100)",
					"@db.VarChar(150)", "  ADMIN\n}", "  ADMIN\n  OWNER\n}", "  @@index([authorId])\n",
					"  @@index([authorId, published])\n"));

	private EvolutionPairs() {
	}

	/** @return every pair */
	static List<Pair> all() {
		List<Pair> pairs = new ArrayList<>();
		String mapped = mapped(BASE);
		for (Edit edit : EDITS) {
			String changed = edit.apply(BASE);
			pairs.add(new Pair(edit.name(), BASE, changed));
			pairs.add(new Pair(edit.name() + "-reverse", changed, BASE));
			String changedMapped = mapped(changed);
			pairs.add(new Pair("mapped-" + edit.name(), mapped, changedMapped));
			pairs.add(new Pair("mapped-" + edit.name() + "-reverse", changedMapped, mapped));
		}
		return pairs;
	}

	// The same schema with every table and enum under another database name.
	private static String mapped(String schema) {
		StringBuilder result = new StringBuilder();
		String block = null;
		for (String line : schema.split("\n", -1)) {
			if (line.startsWith("model ") || line.startsWith("enum ")) {
				block = line.substring(line.indexOf(' ') + 1, line.indexOf(' ', line.indexOf(' ') + 1));
			}
			if (line.contains("@@map(")) {
				block = null; // already mapped
			}
			if (line.equals("}") && block != null) {
				result.append("\n  @@map(\"t_").append(block.toLowerCase()).append("\")\n");
				block = null;
			}
			result.append(line).append('\n');
		}
		return result.substring(0, result.length() - 1);
	}
}
