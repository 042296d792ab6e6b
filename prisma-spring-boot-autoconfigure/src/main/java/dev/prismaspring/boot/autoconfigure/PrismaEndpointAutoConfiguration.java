package dev.prismaspring.boot.autoconfigure;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.prismaspring.boot.actuate.PrismaEndpoint;
import dev.prismaspring.boot.actuate.PrismaHealthIndicator;

/** {@code /actuator/prisma} and the {@code prisma} health indicator, where Actuator is present. */
@AutoConfiguration(after = PrismaAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(PrismaMigrate.class)
public final class PrismaEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint
	PrismaEndpoint prismaEndpoint(ApplicationContext context, PrismaMigrate migrate) {
		return new PrismaEndpoint(context, migrate);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthIndicator.class)
	@ConditionalOnEnabledHealthIndicator("prisma")
	static class PrismaHealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "prismaHealthIndicator")
		PrismaHealthIndicator prismaHealthIndicator(PrismaMigrate migrate) {
			return new PrismaHealthIndicator(migrate);
		}
	}
}
