package com.example.blog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blog's API over HTTP, as a client uses it, on a real PostgreSQL: the application starts,
 * applies its committed migrations and serves the generated repositories' results.
 */
@PostgresTest
class BlogApiTests {

	private static TestDatabase database;

	private static ConfigurableApplicationContext context;

	private static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		database = TestDatabase.create("blog");
		context = new SpringApplicationBuilder(BlogApplication.class)
			.properties("server.port=0", "spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + ((database.password() != null) ? database.password() : ""))
			.run();
	}

	@AfterAll
	static void stop() {
		context.close();
		database.close();
	}

	private static HttpResponse<String> send(String method, String path, String json) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aUserSignsUpWritesAndPublishesAndTheFeedShowsItWithTheAuthor() throws Exception {
		HttpResponse<String> signUp = send("POST", "/users",
				"{\"email\":\"alice@prisma.io\",\"name\":\"Alice\",\"bio\":\"I like turtles\","
						+ "\"posts\":[{\"title\":\"Hello World\",\"content\":\"My first post\"}]}");
		assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(201);
		assertThat(signUp.body()).contains("\"bio\":\"I like turtles\"").contains("\"title\":\"Hello World\"");
		assertThat(database.queryForObject("SELECT count(*) FROM \"Profile\" p JOIN \"User\" u ON u.id = p.\"userId\""
				+ " WHERE u.email = 'alice@prisma.io'", Long.class)).isEqualTo(1);

		HttpResponse<String> draft = send("POST", "/posts",
				"{\"title\":\"Join the Prisma Discord\",\"content\":\"https://pris.ly/discord\","
						+ "\"authorEmail\":\"alice@prisma.io\"}");
		assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
		long id = database.queryForObject("SELECT id::bigint FROM \"Post\" WHERE title = 'Join the Prisma Discord'", Long.class);
		assertThat(send("GET", "/feed?search=discord", null).body()).isEqualTo("[]");

		assertThat(send("PUT", "/posts/" + id + "/publish", null).body()).contains("\"published\":true");
		HttpResponse<String> feed = send("GET", "/feed?search=DISCORD", null);
		assertThat(feed.body()).contains("\"title\":\"Join the Prisma Discord\"").contains("\"authorName\":\"Alice\"");
		assertThat(database.queryForObject("SELECT published FROM \"Post\" WHERE id = " + id, Boolean.class)).isTrue();
	}

	@Test
	void theFeedPagesNewestFirst() throws Exception {
		send("POST", "/users", "{\"email\":\"bob@prisma.io\",\"name\":\"Bob\"}");
		for (int i = 1; i <= 3; i++) {
			send("POST", "/posts", "{\"title\":\"page-" + i + "\",\"authorEmail\":\"bob@prisma.io\"}");
		}
		for (Long id : database.queryForList("SELECT id::bigint FROM \"Post\" WHERE title LIKE 'page-%' ORDER BY id", Long.class)) {
			send("PUT", "/posts/" + id + "/publish", null);
		}
		String page = send("GET", "/feed?search=page-&skip=1&take=1", null).body();
		String expected = database.queryForObject("SELECT title FROM \"Post\" WHERE title LIKE 'page-%' AND published"
				+ " ORDER BY \"createdAt\" DESC OFFSET 1 LIMIT 1", String.class);
		assertThat(page).contains("\"title\":\"" + expected + "\"").doesNotContain("authorName\":null");
		assertThat(page.split("\"id\"")).hasSize(2);
	}

	@Test
	void errorsAreHttpAnswersWithPrismasCodes() throws Exception {
		send("POST", "/users", "{\"email\":\"carol@prisma.io\"}");
		HttpResponse<String> duplicate = send("POST", "/users", "{\"email\":\"carol@prisma.io\"}");
		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertThat(duplicate.body()).contains("P2002").contains("email");
		HttpResponse<String> missing = send("GET", "/posts/987654", null);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("P2025");
	}

	@Test
	void theActuatorShowsTheAppliedMigrations() throws Exception {
		HttpResponse<String> prisma = send("GET", "/actuator/prisma", null);
		assertThat(prisma.statusCode()).isEqualTo(200);
		assertThat(prisma.body()).contains("_init\"").contains("\"state\":\"applied\"").contains("\"upToDate\":true");
		assertThat(send("GET", "/actuator/health", null).body())
			.containsPattern("\"prisma\":\\{\"details\":\\{[^}]*\"applied\":1\\},\"status\":\"UP\"");
	}
}
