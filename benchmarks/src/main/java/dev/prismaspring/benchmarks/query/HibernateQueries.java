package dev.prismaspring.benchmarks.query;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

import dev.prismaspring.benchmarks.query.hibernate.PostEntity;
import dev.prismaspring.benchmarks.query.hibernate.ProfileEntity;
import dev.prismaspring.benchmarks.query.hibernate.UserEntity;

/**
 * Hibernate 7 on a plain {@link SessionFactory} (no Spring): a session per operation, HQL for
 * queries, a fetch join for the include, a stateless session for the bulk insert. Identifiers
 * are quoted as Prisma names them ({@code "User"}, {@code "authorId"}).
 */
final class HibernateQueries implements BlogQueries<UserEntity, PostEntity> {

	private final SessionFactory sessionFactory;

	HibernateQueries(DataSource dataSource) {
		Configuration configuration = new Configuration().addAnnotatedClass(UserEntity.class)
			.addAnnotatedClass(PostEntity.class)
			.addAnnotatedClass(ProfileEntity.class);
		configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
		configuration.setProperty(AvailableSettings.GLOBALLY_QUOTED_IDENTIFIERS, "true");
		configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "100");
		configuration.setProperty(AvailableSettings.ORDER_INSERTS, "true");
		this.sessionFactory = configuration.buildSessionFactory();
	}

	@Override
	public UserEntity findUnique(int id) {
		return this.sessionFactory.fromSession((session) -> session.find(UserEntity.class, id));
	}

	@Override
	public UserEntity findUniqueWithPosts(int id) {
		return this.sessionFactory.fromSession((session) -> session
			.createSelectionQuery("from UserEntity u left join fetch u.posts where u.id = :id", UserEntity.class)
			.setParameter("id", id)
			.getSingleResultOrNull());
	}

	@Override
	public PostEntity findFirst(int authorId) {
		return this.sessionFactory.fromSession((session) -> session
			.createSelectionQuery("from PostEntity p where p.authorId = :author and p.published = true order by p.id",
					PostEntity.class)
			.setParameter("author", authorId)
			.setMaxResults(1)
			.getSingleResultOrNull());
	}

	@Override
	public List<UserEntity> findMany() {
		return this.sessionFactory
			.fromSession((session) -> session.createSelectionQuery("from UserEntity", UserEntity.class).getResultList());
	}

	@Override
	public List<PostEntity> findPage() {
		return this.sessionFactory.fromSession((session) -> session
			.createSelectionQuery("from PostEntity p where p.published = true and p.title like :prefix order by p.id desc",
					PostEntity.class)
			.setParameter("prefix", BlogData.TITLE_PREFIX + "%")
			.setMaxResults(10)
			.getResultList());
	}

	@Override
	public List<UserEntity> findWithPosts() {
		return this.sessionFactory.fromSession((session) -> session
			.createSelectionQuery("from UserEntity u left join fetch u.posts where u.id <= :last", UserEntity.class)
			.setParameter("last", BlogData.USERS_WITH_POSTS)
			.getResultList());
	}

	@Override
	public PostEntity create(int authorId) {
		return this.sessionFactory.fromTransaction((session) -> {
			PostEntity post = new PostEntity("Created", null, false, authorId);
			session.persist(post);
			return post;
		});
	}

	@Override
	public UserEntity createNested(String email) {
		return this.sessionFactory.fromTransaction((session) -> {
			UserEntity user = new UserEntity(email, "Nested");
			session.persist(user);
			session.persist(new ProfileEntity("Nested bio", user.getId()));
			session.persist(new PostEntity("Nested post 1", null, false, user.getId()));
			session.persist(new PostEntity("Nested post 2", null, false, user.getId()));
			return user;
		});
	}

	@Override
	public long createMany(List<NewPost> posts) {
		List<PostEntity> entities = new ArrayList<>(posts.size());
		for (NewPost post : posts) {
			entities.add(new PostEntity(post.title(), post.content(), post.published(), post.authorId()));
		}
		this.sessionFactory.inStatelessTransaction((session) -> session.insertMultiple(entities));
		return entities.size();
	}

	@Override
	public PostEntity update(int id, String title) {
		return this.sessionFactory.fromTransaction((session) -> {
			PostEntity post = session.find(PostEntity.class, id);
			post.setTitle(title);
			return post;
		});
	}

	@Override
	public UserEntity updateNested(int id, String name, String bio) {
		return this.sessionFactory.fromTransaction((session) -> {
			UserEntity user = session.find(UserEntity.class, id);
			user.setName(name);
			profileOf(session, id).setBio(bio);
			return user;
		});
	}

	@Override
	public UserEntity upsert(int id, String name) {
		String email = "user" + id + "@bench.example";
		return this.sessionFactory.fromTransaction((session) -> {
			UserEntity user = session.createSelectionQuery("from UserEntity u where u.email = :email", UserEntity.class)
				.setParameter("email", email)
				.getSingleResultOrNull();
			if (user == null) {
				user = new UserEntity(email, name);
				session.persist(user);
			}
			else {
				user.setName(name);
			}
			return user;
		});
	}

	@Override
	public UserEntity upsertNested(int id, String bio) {
		return this.sessionFactory.fromTransaction((session) -> {
			UserEntity user = session.find(UserEntity.class, id);
			ProfileEntity profile = profileOf(session, id);
			if (profile == null) {
				session.persist(new ProfileEntity(bio, id));
			}
			else {
				profile.setBio(bio);
			}
			return user;
		});
	}

	private static ProfileEntity profileOf(Session session, int userId) {
		return session.createSelectionQuery("from ProfileEntity p where p.userId = :user", ProfileEntity.class)
			.setParameter("user", userId)
			.getSingleResultOrNull();
	}

	@Override
	public int createAndDelete(int authorId) {
		PostEntity created = this.sessionFactory.fromTransaction((session) -> {
			PostEntity post = new PostEntity("Short-lived", null, false, authorId);
			session.persist(post);
			return post;
		});
		return this.sessionFactory.fromTransaction((session) -> {
			PostEntity post = session.find(PostEntity.class, created.getId());
			session.remove(post);
			return post.getId();
		});
	}

	@Override
	public long count() {
		return this.sessionFactory
			.fromSession((session) -> session.createSelectionQuery("select count(*) from UserEntity", Long.class)
				.getSingleResult());
	}

	@Override
	public PostSummary aggregate() {
		Object[] row = this.sessionFactory.fromSession((session) -> session
			.createSelectionQuery("select count(*), avg(p.authorId), min(p.id), max(p.id) from PostEntity p"
					+ " where p.published = true", Object[].class)
			.getSingleResult());
		return new PostSummary((Long) row[0], (Double) row[1], (Integer) row[2], (Integer) row[3]);
	}

	@Override
	public List<AuthorPosts> groupBy() {
		List<Object[]> rows = this.sessionFactory.fromSession((session) -> session
			.createSelectionQuery("select p.authorId, count(*), max(p.id) from PostEntity p where p.authorId <= :last"
					+ " group by p.authorId order by p.authorId", Object[].class)
			.setParameter("last", BlogData.USERS_WITH_POSTS)
			.getResultList());
		List<AuthorPosts> groups = new ArrayList<>(rows.size());
		for (Object[] row : rows) {
			groups.add(new AuthorPosts((Integer) row[0], (Long) row[1], (Integer) row[2]));
		}
		return groups;
	}

	@Override
	public int id(UserEntity user) {
		return user.getId();
	}

	@Override
	public String name(UserEntity user) {
		return user.getName();
	}

	@Override
	public String email(UserEntity user) {
		return user.getEmail();
	}

	@Override
	public int loadedPosts(UserEntity user) {
		return user.getPosts().size();
	}

	@Override
	public int postId(PostEntity post) {
		return post.getId();
	}

	@Override
	public String title(PostEntity post) {
		return post.getTitle();
	}

	@Override
	public void close() {
		this.sessionFactory.close();
	}

}
