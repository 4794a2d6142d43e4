package org.fairflow.workers.invoice;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The portal may run on H2 in PostgreSQL mode; the migration must run there too. */
class InvoiceMigrationH2Test {

	@Test
	void migratesOnH2InPostgresqlModeWithOneRecordPerOrder() throws SQLException {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:invoice;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/invoice").load();

		assertThat(flyway.migrate().migrationsExecuted).isEqualTo(3);

		String insert = "insert into invoice_record (order_ref, status, kind, buyer_kind, title, attempts, "
				+ "attempt_started_at, pdf) values ('order-1', 'ATTEMPTING', 'ORDINARY', 'PERSON', '张三', 1, "
				+ "current_timestamp, X'255044')";
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate(insert);
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.executeUpdate(insert));
			String red = "insert into red_letter_record (refund_ref, order_ref, amount, status, attempts, "
					+ "attempt_started_at) values ('refund-1', 'order-1', 10.00, 'ATTEMPTING', 1, current_timestamp)";
			statement.executeUpdate(red);
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.executeUpdate(red));
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.executeUpdate(
					"insert into red_letter_simulated (refund_ref, order_ref, blue_invoice_number, amount, state, "
							+ "created_at) values ('refund-2', 'order-1', '26990000000000000000', 10.00, 'LAPSED', "
							+ "current_timestamp)"));
		}
	}

}
