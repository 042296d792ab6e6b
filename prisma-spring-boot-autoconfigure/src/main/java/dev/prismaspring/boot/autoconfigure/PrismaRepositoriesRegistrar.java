package dev.prismaspring.boot.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import dev.prismaspring.client.PrismaRepository;

/**
 * Registers every generated repository ({@link PrismaRepository}) found in the application's
 * packages and {@code prisma.repositories.base-packages} as a bean, unless a bean of its type
 * is already defined.
 */
class PrismaRepositoriesRegistrar implements ImportBeanDefinitionRegistrar, BeanFactoryAware, EnvironmentAware {

	private BeanFactory beanFactory;

	private Environment environment;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		Set<String> packages = new LinkedHashSet<>();
		if (AutoConfigurationPackages.has(this.beanFactory)) {
			packages.addAll(AutoConfigurationPackages.get(this.beanFactory));
		}
		packages.addAll(Binder.get(this.environment)
			.bind("prisma.repositories.base-packages", String[].class)
			.map(List::of)
			.orElse(List.of()));
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				this.environment);
		scanner.addIncludeFilter(new AnnotationTypeFilter(PrismaRepository.class));
		Set<String> registered = new LinkedHashSet<>();
		for (String basePackage : packages) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				String className = candidate.getBeanClassName();
				if (className == null || !registered.add(className) || isDefined(registry, className)) {
					continue;
				}
				RootBeanDefinition definition = new RootBeanDefinition(
						ClassUtils.resolveClassName(className, getClass().getClassLoader()));
				definition.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
				registry.registerBeanDefinition(beanName(className), definition);
			}
		}
	}

	private static boolean isDefined(BeanDefinitionRegistry registry, String className) {
		for (String name : registry.getBeanDefinitionNames()) {
			if (className.equals(registry.getBeanDefinition(name).getBeanClassName())) {
				return true;
			}
		}
		return false;
	}

	private static String beanName(String className) {
		String simple = ClassUtils.getShortName(className);
		return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
	}
}
