package org.fairflow.portal.audit;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default database (H2 in PostgreSQL mode) refuses to change or delete an audit entry
 * just as PostgreSQL does: all the migrations on an H2 database of their own.
 */
class AuditEntryAppendOnlyH2Test {

	@Test
	void h2RefusesUpdateAndDeleteOfAnAuditEntryAndTheEntryStays() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:audit-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		// The placeholders application.yaml gives Flyway (the edition existing units
		// get).
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.placeholders(java.util.Map.of("edition", "8"))
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into audit_entry (at, category, action, actor, subject, detail)"
				+ " values (current_timestamp, 'LOGIN', 'login.failed', 'h2-guess', 'user:h2-guess', 'reason=x')");

		assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'someone-else'"))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_entry")).isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");

		assertThat(jdbc.queryForList("select actor from audit_entry", String.class)).containsExactly("h2-guess");
	}

}
