package dev.prismaspring.client;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated repository: a class with a public constructor taking a {@link PrismaClient}.
 * The Spring Boot starter registers every such class it finds as a bean.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PrismaRepository {

	/** @return the model's name in the schema */
	String model();
}
