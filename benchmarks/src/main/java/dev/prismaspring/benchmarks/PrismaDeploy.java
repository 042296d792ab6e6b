package dev.prismaspring.benchmarks;

import java.nio.file.Path;

import dev.prismaspring.migrate.deploy.DeployOptions;
import dev.prismaspring.migrate.deploy.DeployResult;
import dev.prismaspring.migrate.deploy.MigrationDeployer;
import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.schema.url.PostgresConnection;

/** This project's {@code migrate deploy} with {@link DeployOptions#defaults()}. */
final class PrismaDeploy implements Migrator {

	@Override
	public String name() {
		return "ours (`MigrationDeployer.deploy`)";
	}

	@Override
	public void migrate(PostgresConnection database, Path folder, int expectedApplied) {
		DeployResult result = MigrationDeployer.deploy(database, MigrationsFolder.at(folder), DeployOptions.defaults());
		Migrator.check(name(), result.applied().size(), expectedApplied);
	}

}
