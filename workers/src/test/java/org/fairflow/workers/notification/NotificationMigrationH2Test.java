package org.fairflow.workers.notification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The portal may run on H2 in PostgreSQL mode; the migration must run there too. */
class NotificationMigrationH2Test {

	@Test
	void migratesOnH2InPostgresqlModeAndEnforcesTheUniqueKeyAndTheStatuses() throws SQLException {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:notification;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/notification")
			.load();

		assertThat(flyway.migrate().migrationsExecuted).isEqualTo(2);

		String insert = "insert into notification_message (idempotency_key, case_id, element_id, channel, recipient, "
				+ "body, status, attempts, created_at, updated_at) values ('c/e/1/SMS', 'c', 'e', 'SMS', '+86', "
				+ "'text', 'PENDING', 1, current_timestamp, current_timestamp)";
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate(insert);
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.executeUpdate(insert));
			assertThat(statement.executeUpdate("update notification_message set status = 'RECONCILED', "
					+ "note = 'NOT_FOUND_SENT_AGAIN', reconciled_at = current_timestamp where case_id = 'c'"))
				.isOne();
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeUpdate("update notification_message set status = 'LOST'"));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeUpdate("update notification_message set note = 'WHATEVER'"));
		}
	}

}
