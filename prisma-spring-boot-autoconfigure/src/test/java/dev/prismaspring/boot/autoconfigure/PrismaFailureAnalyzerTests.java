package dev.prismaspring.boot.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.prismaspring.schema.PrismaException;

import static org.assertj.core.api.Assertions.assertThat;

class PrismaFailureAnalyzerTests {

	@Test
	void eachStartUpFailureGetsItsOwnAction() {
		List<String> codes = List.of("P1000", "P1001", "P1002", "P1003", "P1012", "P1017", "P3005", "P3009", "P3014",
				"P3018", "P3019", "PSB2001", "PSB2003", "PSB2006", "PSB3001", "PSB3002", "PSB3005");
		String fallback = PrismaFailureAnalyzer.action("unknown");
		for (String code : codes) {
			assertThat(PrismaFailureAnalyzer.action(code)).as(code).isNotEqualTo(fallback);
		}
	}

	@Test
	void theAnalysisQuotesTheMessageAndFindsTheCauseInsideBeanCreation() {
		PrismaException cause = new PrismaException("P3009", "The `1_init` migration failed");
		FailureAnalysis analysis = new PrismaFailureAnalyzer()
			.analyze(new BeanCreationException("prismaMigrationInitializer", "failed", cause));
		assertThat(analysis.getDescription()).contains("P3009").contains("The `1_init` migration failed");
		assertThat(analysis.getAction()).contains("migrate resolve --rolled-back");
	}
}
