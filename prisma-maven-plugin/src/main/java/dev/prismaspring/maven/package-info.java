/**
 * The Maven goals: {@code prisma:generate} writes the typed client during
 * {@code generate-sources}; the others run the CLI's commands in the build
 * ({@code prisma:migrate-dev -Dprisma.name=init}, {@code prisma:migrate-deploy}, ...), on the
 * database the application's {@code application.yml} or {@code application.properties} names.
 */
package dev.prismaspring.maven;
