package dev.prismaspring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.ListOperator;
import dev.prismaspring.client.query.Filter.Operator;
import dev.prismaspring.client.query.Filter.Quantifier;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.client.query.WriteData;

import static dev.prismaspring.client.Q.asc;
import static dev.prismaspring.client.Q.data;
import static dev.prismaspring.client.Q.eq;
import static dev.prismaspring.client.Q.map;
import static dev.prismaspring.client.Q.relation;
import static dev.prismaspring.client.Q.where;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One generated query per call, on the rich schema: a hostile value in one value position
 * (scalar, list and Json filters, Json paths, relation filters, cursors, unique lookups, and
 * create and update data). A stored value is looked up again by equals and contains.
 */
final class FilterFuzzCases {

	/** A generated query: its kind, for the summary, and how to run it. */
	record Case(String kind, Runnable query) {
	}

	private static final Operator[] TEXT = Operator.values();

	private static final Operator[] NUMBER = { Operator.EQUALS, Operator.NOT, Operator.IN, Operator.NOT_IN, Operator.LT,
			Operator.LTE, Operator.GT, Operator.GTE };

	private static final String[] TEXT_FIELDS = { "email", "nickname" };

	private static final String[] NUMBER_FIELDS = { "visits", "score", "balance" };

	private static final Quantifier[] MANY = { Quantifier.SOME, Quantifier.EVERY, Quantifier.NONE };

	private final PrismaClient client;

	private final HostileValues values;

	private int foundAgain;

	FilterFuzzCases(PrismaClient client, HostileValues values) {
		this.client = client;
		this.values = values;
	}

	/** @return how many stored hostile values were found again by equals and contains */
	int foundAgain() {
		return this.foundAgain;
	}

	Case next() {
		return switch (this.values.below(9)) {
			case 0 -> new Case("text filter", () -> accounts(textCondition(this.values.pick(TEXT_FIELDS))));
			case 1 -> new Case("number filter", () -> accounts(numberCondition()));
			case 2 -> new Case("list filter", () -> accounts(listCondition()));
			case 3 -> new Case("json filter", () -> accounts(jsonCondition()));
			case 4 -> new Case("relation filter", () -> accounts(relation("memberships", this.values.pick(MANY),
					textCondition("note"))));
			case 5 -> new Case("cursor", () -> this.client.model("Account")
				.findMany(Q.orderBy(asc("email")).withCursor(Map.of("email", this.values.text())).withTake(3)));
			case 6 -> new Case("unique", () -> this.client.model("Account").findUnique(Map.of("email", this.values.text()),
					Shape.DEFAULT));
			case 7 -> new Case("update", () -> this.client.model("Account").updateMany(textCondition("email"),
					data("nickname", this.values.text(), "tags", this.values.texts(), "settings", jsonValue())));
			default -> new Case("create", this::createAndFindAgain);
		};
	}

	private void accounts(Filter filter) {
		this.client.model("Account").findMany(where(filter).withOrderBy(List.of(asc("email"))).withTake(5));
		this.client.model("Account").count(FindArgs.ALL.withWhere(filter));
	}

	private Filter textCondition(String field) {
		Operator operator = this.values.pick(TEXT);
		Object value = (operator == Operator.IN || operator == Operator.NOT_IN) ? this.values.texts() : this.values.text();
		return new Filter.Condition(field, operator, value, this.values.chance(2));
	}

	private Filter numberCondition() {
		Operator operator = this.values.pick(NUMBER);
		Object value = (operator == Operator.IN || operator == Operator.NOT_IN)
				? List.of(this.values.number(), this.values.number()) : this.values.number();
		return new Filter.Condition(this.values.pick(NUMBER_FIELDS), operator, value, false);
	}

	private Filter listCondition() {
		ListOperator operator = this.values.pick(new ListOperator[] { ListOperator.HAS, ListOperator.HAS_EVERY,
				ListOperator.HAS_SOME, ListOperator.EQUALS });
		if (this.values.chance(3)) {
			Object number = this.values.number();
			return new Filter.ListCondition("lucky", operator, (operator == ListOperator.HAS) ? number : List.of(number));
		}
		return new Filter.ListCondition("tags", operator,
				(operator == ListOperator.HAS) ? this.values.text() : this.values.texts());
	}

	private Filter jsonCondition() {
		Operator operator = this.values.pick(new Operator[] { Operator.EQUALS, Operator.NOT, Operator.CONTAINS,
				Operator.STARTS_WITH, Operator.ENDS_WITH, Operator.LT, Operator.GTE });
		Object value = this.values.chance(4) ? this.values.number() : this.values.text();
		return new Filter.JsonCondition("settings", this.values.texts(), operator, value);
	}

	private Object jsonValue() {
		return this.values.chance(2) ? map(this.values.text(), this.values.text(), "n", List.of(this.values.text()))
				: this.values.text();
	}

	private void createAndFindAgain() {
		String email = this.values.text();
		WriteData data = new WriteData(map("email", email, "tags", this.values.texts(), "settings", jsonValue(),
				"score", this.values.chance(2) ? this.values.number() : null, "visits", this.values.chance(4)
						? this.values.number() : 0L), Map.of());
		Row created = this.client.model("Account").create(data, Shape.DEFAULT);
		assertThat(created.get("email")).isEqualTo(email);
		List<Row> byEquals = this.client.model("Account").findMany(where(eq("email", email)));
		assertThat(byEquals).extracting((row) -> row.get("email")).containsExactly(email);
		// A middle part that splits no surrogate pair (a lone surrogate is not text PostgreSQL can compare).
		int codePoints = email.codePointCount(0, email.length());
		String middle = email.substring(email.offsetByCodePoints(0, codePoints / 3),
				email.offsetByCodePoints(0, 2 * codePoints / 3));
		List<Object> byContains = new ArrayList<>(this.client.model("Account")
			.findMany(where(new Filter.Condition("email", Operator.CONTAINS, middle, false)))
			.stream()
			.map((row) -> row.get("email"))
			.toList());
		assertThat(byContains).contains(email);
		this.foundAgain++;
	}
}
