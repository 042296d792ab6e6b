/**
 * The migration commands besides deploy, as a library: status, resolve, reset, down, dev,
 * db push and db execute. The CLI, the Maven plugin and the Spring Boot starter call these.
 */
package dev.prismaspring.migrate.command;
