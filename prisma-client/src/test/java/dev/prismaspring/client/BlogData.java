package dev.prismaspring.client;

import dev.prismaspring.test.TestDatabase;

/** The getting-started schema's tables, filled with plain SQL (independent of the engine). */
final class BlogData {

	private BlogData() {
	}

	static void reset(TestDatabase database) {
		database.execute("""
				TRUNCATE "Profile", "Post", "User" RESTART IDENTITY CASCADE;
				INSERT INTO "User" (email, name) VALUES
				  ('alice@prisma.io', 'Alice'), ('bob@example.com', 'Bob'), ('carol@prisma.io', NULL),
				  ('dave@example.com', 'dave'), ('eve@x.io', 'Eve');
				INSERT INTO "Post" ("createdAt", "updatedAt", title, content, published, "viewCount", "authorId") VALUES
				  ('2024-01-01 10:00:00', '2024-01-01 10:00:00', 'Hello World', 'first', true, 10, 1),
				  ('2024-01-02 10:00:00', '2024-01-02 10:00:00', 'Second', NULL, false, 5, 1),
				  ('2024-01-03 10:00:00', '2024-01-03 10:00:00', 'Prisma rocks', 'orm', true, 42, 2),
				  ('2024-01-04 10:00:00', '2024-01-04 10:00:00', 'Draft', NULL, false, 0, NULL),
				  ('2024-01-05 10:00:00', '2024-01-05 10:00:00', '100% off_sale', 'x', true, 7, 3),
				  ('2024-01-06 10:00:00', '2024-01-06 10:00:00', 'Bob again', 'y', true, 42, 2);
				INSERT INTO "Profile" (bio, "userId") VALUES ('Alice bio', 1), ('Bob bio', 2);
				""");
	}
}
