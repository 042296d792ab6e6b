package dev.prismaspring.boot.repositories;

import java.util.Map;

import dev.prismaspring.client.ModelClient;
import dev.prismaspring.client.PrismaClient;
import dev.prismaspring.client.PrismaRepository;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.client.query.WriteData;

/** A repository shaped as generated ones are: annotated, built from the client. */
@PrismaRepository(model = "User")
public class UserRepository {

	private final ModelClient users;

	public UserRepository(PrismaClient client) {
		this.users = client.model("User");
	}

	public void create(String email) {
		this.users.create(new WriteData(Map.of("email", email), Map.of()), Shape.DEFAULT);
	}

	public long count() {
		return this.users.count(FindArgs.ALL);
	}
}
