package dev.prismaspring.migrate.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects steps and orders them by kind, keeping the order they were found in within one kind. */
final class StepList {

	private static final List<Class<? extends MigrationStep>> ORDER = List.of(MigrationStep.CreateSchema.class,
			MigrationStep.CreateExtension.class, MigrationStep.CreateEnum.class, MigrationStep.AlterEnum.class,
			MigrationStep.RecreateEnum.class,
			MigrationStep.DropForeignKey.class, MigrationStep.DropIndex.class, MigrationStep.AlterTable.class,
			MigrationStep.DropTable.class, MigrationStep.DropEnum.class, MigrationStep.CreateTable.class,
			MigrationStep.CreateIndex.class, MigrationStep.AddForeignKey.class, MigrationStep.RenameIndex.class,
			MigrationStep.RenameForeignKey.class);

	private final List<MigrationStep> steps = new ArrayList<>();

	void add(MigrationStep step) {
		this.steps.add(step);
	}

	List<MigrationStep> ordered() {
		List<MigrationStep> ordered = new ArrayList<>(this.steps);
		ordered.sort(Comparator.comparingInt((step) -> ORDER.indexOf(step.getClass())));
		return List.copyOf(ordered);
	}
}
