package dev.prismaspring.benchmarks.query.springdata;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A user with its profile and posts, written as one aggregate by the nested create. */
@Table("User")
public class BlogUser {

	@Id
	private Integer id;

	private String email;

	private String name;

	@MappedCollection(idColumn = "userId")
	private OwnedProfile profile;

	@MappedCollection(idColumn = "authorId")
	private Set<OwnedPost> posts;

	protected BlogUser() {
	}

	public BlogUser(String email, String name, OwnedProfile profile, Set<OwnedPost> posts) {
		this.email = email;
		this.name = name;
		this.profile = profile;
		this.posts = posts;
	}

	public Integer getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public Set<OwnedPost> getPosts() {
		return this.posts;
	}

}
