package dev.prismaspring.benchmarks.query.springdata;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A user with its posts, read as one aggregate. */
@Table("User")
public class UserWithPosts {

	@Id
	private Integer id;

	private String email;

	private String name;

	@MappedCollection(idColumn = "authorId")
	private Set<OwnedPost> posts;

	public Integer getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getName() {
		return this.name;
	}

	public Set<OwnedPost> getPosts() {
		return this.posts;
	}

}
