/**
 * Typed builders that generated clients are made of: filters per scalar type, ordering, field
 * selections, shapes, write data with nested writes, aggregates and the repository base classes.
 * Each builder produces the engine's query objects ({@link dev.prismaspring.client.query.Filter},
 * {@link dev.prismaspring.client.query.FindArgs}, {@link dev.prismaspring.client.query.WriteData},
 * ...), so that generated code only names fields and types.
 *
 * <p>Builders are meant to be used through lambdas, so nested arguments read as Prisma Client's
 * objects do:
 *
 * <pre class="code">
 * users.findMany(q -&gt; q.where(w -&gt; w.email().endsWith("@prisma.io"))
 * 	.orderBy(o -&gt; o.name().asc())
 * 	.include(i -&gt; i.posts(p -&gt; p.where(w -&gt; w.published().equals(true)))));
 * </pre>
 *
 * <p>Builders are mutable and not thread-safe: each lambda gets a fresh one. Field-derived methods
 * of generated builders never clash with the methods declared here: names such as {@code and},
 * {@code build} or Java keywords get a trailing underscore in generated code, and methods that
 * Prisma spells with a leading underscore ({@code _count}, {@code _sum}) keep it, since schema
 * names cannot start with one.
 */
package dev.prismaspring.client.builder;
