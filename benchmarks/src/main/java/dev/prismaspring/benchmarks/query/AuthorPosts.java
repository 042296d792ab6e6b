package dev.prismaspring.benchmarks.query;

/**
 * One group of the groupBy benchmark, as every tool maps it: an author, how many posts it has
 * and its newest post's id. Public, with one-word components, so that Hibernate and Spring Data
 * JDBC can construct it from a query's columns.
 *
 * @param author the author's id
 * @param posts how many posts
 * @param latest the highest post id
 */
public record AuthorPosts(int author, long posts, int latest) {
}
