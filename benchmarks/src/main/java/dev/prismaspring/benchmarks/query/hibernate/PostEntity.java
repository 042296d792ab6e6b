package dev.prismaspring.benchmarks.query.hibernate;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A post; its author's id is written as a column, the author itself read lazily. */
@Entity
@Table(name = "Post")
public class PostEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	private LocalDateTime createdAt;

	private LocalDateTime updatedAt;

	private String title;

	private String content;

	private boolean published;

	private Integer authorId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "authorId", insertable = false, updatable = false)
	private UserEntity author;

	protected PostEntity() {
	}

	public PostEntity(String title, String content, boolean published, Integer authorId) {
		this.title = title;
		this.content = content;
		this.published = published;
		this.authorId = authorId;
		this.createdAt = LocalDateTime.now();
		this.updatedAt = this.createdAt;
	}

	public Integer getId() {
		return this.id;
	}

	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

	public LocalDateTime getUpdatedAt() {
		return this.updatedAt;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
		this.updatedAt = LocalDateTime.now();
	}

	public String getContent() {
		return this.content;
	}

	public boolean isPublished() {
		return this.published;
	}

	public Integer getAuthorId() {
		return this.authorId;
	}

	public UserEntity getAuthor() {
		return this.author;
	}

}
