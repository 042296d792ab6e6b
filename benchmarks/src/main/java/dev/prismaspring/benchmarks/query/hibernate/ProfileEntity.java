package dev.prismaspring.benchmarks.query.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A profile, written by the nested create, update and upsert. */
@Entity
@Table(name = "Profile")
public class ProfileEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	private String bio;

	private Integer userId;

	protected ProfileEntity() {
	}

	public ProfileEntity(String bio, Integer userId) {
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
