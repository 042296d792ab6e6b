package dev.prismaspring.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.migrate.diff.MigrationStep;

/** The human summary {@code migrate diff} prints without {@code --script}, grouped as Prisma groups it. */
final class DiffSummary {

	private DiffSummary() {
	}

	static String of(List<MigrationStep> steps) {
		if (steps.isEmpty()) {
			return "No difference detected.\n";
		}
		Map<String, List<String>> groups = new LinkedHashMap<>();
		for (MigrationStep step : steps) {
			if (step instanceof MigrationStep.CreateEnum createEnum) {
				add(groups, "[+] Added enums", createEnum.type().name());
			}
			else if (step instanceof MigrationStep.DropEnum dropEnum) {
				add(groups, "[-] Removed enums", dropEnum.type().name());
			}
			else if (step instanceof MigrationStep.AlterEnum alterEnum) {
				add(groups, "[*] Changed the `" + alterEnum.before().name() + "` enum",
						"[+] Added variant `" + String.join("`, `", alterEnum.addedValues()) + "`");
			}
			else if (step instanceof MigrationStep.CreateTable createTable) {
				add(groups, "[+] Added tables", createTable.table().name());
			}
			else if (step instanceof MigrationStep.DropTable dropTable) {
				add(groups, "[-] Removed tables", dropTable.table().name());
			}
			else if (step instanceof MigrationStep.AlterTable alterTable) {
				String heading = "[*] Changed the `" + alterTable.table().name() + "` table";
				alterTable.dropped().forEach((column) -> add(groups, heading, "[-] Removed column `" + column.name() + "`"));
				alterTable.added().forEach((column) -> add(groups, heading, "[+] Added column `" + column.name() + "`"));
				alterTable.changed()
					.forEach((change) -> add(groups, heading, "[*] Altered column `" + change.after().name() + "`"));
			}
			else if (step instanceof MigrationStep.CreateIndex createIndex) {
				add(groups, "[*] Changed the `" + createIndex.table().name() + "` table",
						"[+] Added " + (createIndex.index().unique() ? "unique index" : "index") + " `"
								+ createIndex.index().name() + "`");
			}
			else if (step instanceof MigrationStep.DropIndex dropIndex) {
				add(groups, "[*] Changed the `" + dropIndex.table().name() + "` table",
						"[-] Removed index `" + dropIndex.index().name() + "`");
			}
			else if (step instanceof MigrationStep.RenameIndex renameIndex) {
				add(groups, "[*] Changed the `" + renameIndex.table().name() + "` table",
						"[*] Renamed index `" + renameIndex.from() + "` to `" + renameIndex.to() + "`");
			}
			else if (step instanceof MigrationStep.RenameForeignKey renameForeignKey) {
				add(groups, "[*] Changed the `" + renameForeignKey.table().name() + "` table",
						"[*] Renamed foreign key `" + renameForeignKey.from() + "` to `" + renameForeignKey.to() + "`");
			}
			else if (step instanceof MigrationStep.AddForeignKey addForeignKey) {
				add(groups, "[*] Changed the `" + addForeignKey.table().name() + "` table",
						"[+] Added foreign key on columns (" + String.join(", ", addForeignKey.foreignKey().columns()) + ")");
			}
			else if (step instanceof MigrationStep.DropForeignKey dropForeignKey) {
				add(groups, "[*] Changed the `" + dropForeignKey.table().name() + "` table",
						"[-] Removed foreign key on columns (" + String.join(", ", dropForeignKey.foreignKey().columns())
								+ ")");
			}
		}
		StringBuilder text = new StringBuilder();
		groups.forEach((heading, items) -> {
			text.append('\n').append(heading).append('\n');
			items.forEach((item) -> text.append("  - ").append(item).append('\n'));
		});
		return text.toString();
	}

	private static void add(Map<String, List<String>> groups, String heading, String item) {
		groups.computeIfAbsent(heading, (key) -> new ArrayList<>()).add(item);
	}
}
