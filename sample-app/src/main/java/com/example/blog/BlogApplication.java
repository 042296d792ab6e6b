package com.example.blog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The blog of Prisma's getting-started guide as a Spring Boot application: the schema in
 * {@code src/main/resources/prisma/schema.prisma}, its migrations applied on start-up, and the
 * repositories generated from it injected into a REST API.
 */
@SpringBootApplication
public class BlogApplication {

	public static void main(String[] args) {
		SpringApplication.run(BlogApplication.class, args);
	}
}
