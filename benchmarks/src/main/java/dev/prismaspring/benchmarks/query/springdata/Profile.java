package dev.prismaspring.benchmarks.query.springdata;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A profile as an aggregate of its own, for the nested update and upsert. */
@Table("Profile")
public class Profile {

	@Id
	private Integer id;

	private String bio;

	@Column("userId")
	private Integer userId;

	protected Profile() {
	}

	public Profile(String bio, Integer userId) {
		this.bio = bio;
		this.userId = userId;
	}

	public Integer getId() {
		return this.id;
	}

	public String getBio() {
		return this.bio;
	}

	public void setBio(String bio) {
		this.bio = bio;
	}

}
