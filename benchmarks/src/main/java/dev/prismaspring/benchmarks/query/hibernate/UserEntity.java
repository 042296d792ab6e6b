package dev.prismaspring.benchmarks.query.hibernate;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * A user. The profile is mapped from its own side only: an inverse one-to-one cannot be lazy
 * without bytecode enhancement and would cost a query per user read.
 */
@Entity
@Table(name = "User")
public class UserEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	private String email;

	private String name;

	@OneToMany(mappedBy = "author")
	private List<PostEntity> posts = new ArrayList<>();

	protected UserEntity() {
	}

	public UserEntity(String email, String name) {
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

	public List<PostEntity> getPosts() {
		return this.posts;
	}

}
