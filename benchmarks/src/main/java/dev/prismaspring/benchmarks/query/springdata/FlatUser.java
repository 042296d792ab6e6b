package dev.prismaspring.benchmarks.query.springdata;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A user without its relations. */
@Table("User")
public class FlatUser {

	@Id
	private Integer id;

	private String email;

	private String name;

	protected FlatUser() {
	}

	public FlatUser(String email, String name) {
		this.email = email;
		this.name = name;
	}

	public Integer getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
