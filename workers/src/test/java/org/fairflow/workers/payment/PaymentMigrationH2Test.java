package org.fairflow.workers.payment;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The portal may run on H2 in PostgreSQL mode; the migration must run there too. */
class PaymentMigrationH2Test {

	@Test
	void migratesOnH2InPostgresqlModeAndKeepsOneSessionPerReference() throws SQLException {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:payment;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/payment").load();

		assertThat(flyway.migrate().migrationsExecuted).isEqualTo(2);

		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("insert into payment_session (session_id, reference, amount, status, created_at) "
					+ "values ('s1', 'order-1-0', 10.00, 'OPEN', current_timestamp)");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeUpdate("insert into payment_session (session_id, reference, "
						+ "amount, status, created_at) values ('s2', 'order-1-0', 10.00, 'OPEN', current_timestamp)"));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeUpdate("insert into payment_session (session_id, reference, "
						+ "amount, status, created_at) values ('s3', 'order-2-0', 10.00, 'LOST', current_timestamp)"));
		}
	}

}
