package dev.prismaspring.benchmarks.query;

import java.time.LocalDateTime;

/**
 * A post as the hand-written JDBC and the jOOQ benchmarks map it.
 * @param id the id
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param title the title
 * @param content the content
 * @param published whether it is published
 * @param authorId the author's id
 */
record PostRow(int id, LocalDateTime createdAt, LocalDateTime updatedAt, String title, String content,
		boolean published, int authorId) {
}
