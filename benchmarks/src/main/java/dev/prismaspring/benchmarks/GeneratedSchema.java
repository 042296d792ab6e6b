package dev.prismaspring.benchmarks;

/**
 * A deterministic schema of N models, shaped like real ones: scalars of every type with
 * defaults and native types, enums, one-to-many, one-to-one and many-to-many relations, indexes
 * and mapped names.
 */
public final class GeneratedSchema {

	private GeneratedSchema() {
	}

	/**
	 * @param models how many models
	 * @return the schema text
	 */
	public static String of(int models) {
		StringBuilder out = new StringBuilder(models * 700);
		out.append("datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n");
		out.append("generator client {\n  provider = \"prisma-client-js\"\n}\n\n");
		int enums = Math.max(1, models / 20);
		for (int e = 0; e < enums; e++) {
			out.append("enum Status").append(e).append(" {\n  ACTIVE\n  PAUSED\n  ARCHIVED @map(\"archived\")\n}\n\n");
		}
		for (int m = 0; m < models; m++) {
			String name = "Model" + m;
			out.append("/// Generated model number ").append(m).append('\n');
			out.append("model ").append(name).append(" {\n");
			out.append("  id          Int       @id @default(autoincrement())\n");
			out.append("  publicId    String    @unique @default(uuid()) @db.Uuid\n");
			out.append("  title       String    @db.VarChar(255)\n");
			out.append("  body        String?\n");
			out.append("  amount      Decimal   @default(0) @db.Decimal(12, 2)\n");
			out.append("  ratio       Float     @default(1.5)\n");
			out.append("  counter     BigInt    @default(0)\n");
			out.append("  enabled     Boolean   @default(true)\n");
			out.append("  payload     Json?\n");
			out.append("  blob        Bytes?\n");
			out.append("  tags        String[]\n");
			out.append("  status      Status").append(m % enums).append(" @default(ACTIVE)\n");
			out.append("  createdAt   DateTime  @default(now()) @map(\"created_at\")\n");
			out.append("  updatedAt   DateTime  @updatedAt @map(\"updated_at\")\n");
			if (m > 0) {
				String parent = "Model" + (m - 1);
				out.append("  parentId    Int\n");
				out.append("  parent      ").append(parent).append(" @relation(\"Parent").append(m)
					.append("\", fields: [parentId], references: [id], onDelete: Cascade)\n");
			}
			if (m + 1 < models) {
				out.append("  children    Model").append(m + 1).append("[] @relation(\"Parent").append(m + 1).append("\")\n");
			}
			if (m % 2 == 0 && m + 1 < models) {
				out.append("  detail      Model").append(m + 1).append("? @relation(\"Detail").append(m + 1).append("\")\n");
			}
			if (m % 2 == 1) {
				out.append("  ownerId     Int?      @unique\n");
				out.append("  owner       Model").append(m - 1).append("? @relation(\"Detail").append(m)
					.append("\", fields: [ownerId], references: [id])\n");
			}
			if (m % 10 == 0 && m + 5 < models) {
				out.append("  links       Model").append(m + 5).append("[] @relation(\"Links").append(m).append("\")\n");
			}
			if (m % 10 == 5) {
				out.append("  linkedFrom  Model").append(m - 5).append("[] @relation(\"Links").append(m - 5).append("\")\n");
			}
			out.append("\n  @@index([title, createdAt(sort: Desc)])\n");
			out.append("  @@map(\"model_").append(m).append("\")\n");
			out.append("}\n\n");
		}
		return out.toString();
	}

	/**
	 * Writes the schema to a file, for timing other tools on the same input.
	 * @param args the model count and the output path
	 * @throws java.io.IOException when the file cannot be written
	 */
	public static void main(String[] args) throws java.io.IOException {
		java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), of(Integer.parseInt(args[0])));
	}
}
