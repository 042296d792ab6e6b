/**
 * The query engine: internal to the client, not an API. {@link dev.prismaspring.client.engine.Engine}
 * is public only so that {@link dev.prismaspring.client.PrismaClient} can reach it; everything
 * else is package-private. Stages: the schema arranged for queries ({@code SchemaIndex},
 * {@code ModelInfo}, {@code RelationInfo}), values between Java and SQL ({@code ScalarCodec},
 * {@code ListCodec}), SQL text with bound values ({@code Sql}, {@code FilterRenderer},
 * {@code OrderTerms}, {@code RelationJoins}), reads ({@code ReadPlan}, {@code QueryStrategyReader},
 * {@code JoinStrategyReader}), writes ({@code Writes}, {@code NestedWrites}), aggregates, raw
 * queries, and errors ({@code ErrorTranslator}).
 */
package dev.prismaspring.client.engine;
