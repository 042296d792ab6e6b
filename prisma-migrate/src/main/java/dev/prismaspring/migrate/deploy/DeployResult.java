package dev.prismaspring.migrate.deploy;

import java.util.List;

/**
 * What a deploy did.
 *
 * @param applied the migrations it ran, in order
 * @param baselined the migrations it recorded as applied without running them
 * @param warnings what it noticed and let pass
 */
public record DeployResult(List<String> applied, List<String> baselined, List<String> warnings) {

	public DeployResult {
		applied = List.copyOf(applied);
		baselined = List.copyOf(baselined);
		warnings = List.copyOf(warnings);
	}
}
