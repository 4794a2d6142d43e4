package org.fairflow.workers.courier;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The portal may run on H2 in PostgreSQL mode; the migration must run there too. */
class CourierMigrationH2Test {

	@Test
	void migratesOnH2InPostgresqlModeAndEnforcesTheUniqueKey() throws SQLException {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:courier;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/courier").load();

		assertThat(flyway.migrate().migrationsExecuted).isOne();

		String insert = "insert into courier_shipment (shipment_key, carrier, tracking_number, address, created_at) "
				+ "values ('c/1', 'SIM', 'SIM000000000001', 'somewhere', current_timestamp)";
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate(insert);
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.executeUpdate(insert));
		}
	}

}
