package dev.prismaspring.boot.autoconfigure;

import dev.prismaspring.migrate.deploy.DeployOptions;

/**
 * Adjusts the options of the start-up deploy beyond what {@code prisma.migrate.*} offers. Beans
 * of this type are applied in their {@code @Order}.
 */
@FunctionalInterface
public interface PrismaDeployOptionsCustomizer {

	/**
	 * @param options the options so far
	 * @return the options to use
	 */
	DeployOptions customize(DeployOptions options);
}
