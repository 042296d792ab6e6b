package dev.prismaspring.maven;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MavenWordingTests {

	@Test
	void theCliAdviceBecomesTheGoalAndItsProperty() {
		assertThat(MavenWording.of("Fix it, then run `migrate resolve --rolled-back 20240101000000_init` and deploy again."))
			.isEqualTo("Fix it, then run `mvn prisma:migrate-resolve -Dprisma.rolledBack=20240101000000_init` and deploy again.");
		assertThat(MavenWording.of("run `migrate resolve --applied 1_a`.")).isEqualTo("run `mvn prisma:migrate-resolve -Dprisma.applied=1_a`.");
		assertThat(MavenWording.of("Run again with `--accept-data-loss` to apply it, or with `--create-only` to write it"))
			.isEqualTo("Run again with `-Dprisma.acceptDataLoss` to apply it, or with `-Dprisma.createOnly` to write it");
		assertThat(MavenWording.of("Run `migrate dev --create-only`, edit the migration"))
			.isEqualTo("Run `mvn prisma:migrate-dev -Dprisma.createOnly`, edit the migration");
	}

	@Test
	void otherTextIsLeftAsItIs() {
		String sql = "-- AlterTable\nALTER TABLE \"User\" DROP COLUMN \"email\";";
		assertThat(MavenWording.of(sql)).isEqualTo(sql);
	}

}
