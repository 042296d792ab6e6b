package dev.prismaspring.benchmarks.query;

/**
 * The aggregate benchmark's answer, as every tool maps it: over the published posts, how many
 * there are, the mean author id and the lowest and highest post ids. Public, with one-word
 * components, so that Hibernate and Spring Data JDBC can construct it from a query's columns.
 *
 * @param count how many published posts
 * @param average the mean of their author ids
 * @param lowest the lowest id
 * @param highest the highest id
 */
public record PostSummary(long count, double average, int lowest, int highest) {
}
