/**
 * Schema to Java sources: the typed client of a schema, for {@code prisma-client}.
 * {@link dev.prismaspring.codegen.JavaClientGenerator} generates it, from a
 * {@code generator} block with {@code provider = "prisma-client-java"} (see
 * {@link dev.prismaspring.codegen.GeneratorSettings}) or from explicit settings.
 *
 * <p>For a model {@code User} the client holds the record {@code User} (with
 * {@code fromRow}), the repository {@code UserRepository}, and the builders its operations take:
 * {@code UserWhere}, {@code UserWhereUnique}, {@code UserOrderBy}, {@code UserFields},
 * {@code UserSelect}, {@code UserInclude}, {@code UserShape}, {@code UserQuery},
 * {@code UserCreate}, {@code UserUpdate}, {@code UserAggregate}, {@code UserGroupBy}, and with
 * list relations {@code UserCount} and {@code UserCountSelect}. Views get reads only.
 */
package dev.prismaspring.codegen;
