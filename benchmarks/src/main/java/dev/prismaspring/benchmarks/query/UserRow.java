package dev.prismaspring.benchmarks.query;

import java.util.List;

/**
 * A user as the hand-written JDBC and the jOOQ benchmarks map it.
 * @param id the id
 * @param email the email
 * @param name the name
 * @param posts the posts, or {@code null} when they were not read
 */
record UserRow(int id, String email, String name, List<PostRow> posts) {

	UserRow withPosts(List<PostRow> loaded) {
		return new UserRow(this.id, this.email, this.name, loaded);
	}

}
