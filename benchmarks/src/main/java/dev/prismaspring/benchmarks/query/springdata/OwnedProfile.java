package dev.prismaspring.benchmarks.query.springdata;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A profile inside a user aggregate. */
@Table("Profile")
public class OwnedProfile {

	@Id
	private Integer id;

	private String bio;

	protected OwnedProfile() {
	}

	public OwnedProfile(String bio) {
		this.bio = bio;
	}

	public String getBio() {
		return this.bio;
	}

}
