package dev.prismaspring.test;

import java.util.List;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

class SecretLeakCheckTests {

	@Test
	void findsEveryLineWithAPasswordAndMasksIt() {
		assertThat(SecretLeakCheck.leaks("ok\nurl postgresql://u:" + TestSecrets.PASSWORD + "@h/db\nok too",
				TestSecrets.ALL))
			.containsExactly("url postgresql://u:<password>@h/db");
		assertThat(SecretLeakCheck.leaks("postgresql://u:****@h/db", TestSecrets.ALL)).isEmpty();
	}

	@Test
	void aTestWhoseOutputOrExceptionHoldsAPasswordFailsAndOthersPass() {
		Events events = EngineTestKit.engine("junit-jupiter")
			.configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
			.selectors(selectClass(Leaking.class))
			.execute()
			.testEvents();
		events.assertStatistics((stats) -> stats.started(3).succeeded(1).failed(2));
		events.assertThatEvents()
			.haveExactly(1, finishedWithFailure(message((text) -> text.startsWith("A test password appeared in the output of"))))
			.haveExactly(1, finishedWithFailure(message((text) -> text.startsWith("A test password appeared in an exception"))));
	}

	@ExtendWith(SecretLeakCheck.class)
	@Disabled("run by SecretLeakCheckTests")
	static class Leaking {

		@Test
		void logsAPassword() {
			System.out.println("connecting to postgresql://app:" + TestSecrets.PASSWORD + "@db:5432/app");
		}

		@Test
		void throwsAPassword() {
			throw new IllegalStateException("bad url postgresql://app:" + TestSecrets.PASSWORD + "@db/app");
		}

		@Test
		void staysQuiet() {
			System.out.println("connecting to " + List.of("postgresql://app:****@db:5432/app"));
		}

	}

}
