package org.fairflow.workers.meeting;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The portal may run on H2 in PostgreSQL mode; the migrations must run there too. */
class MeetingMigrationH2Test {

	@Test
	void migratesOnH2InPostgresqlModeWithOneRoomPerReference() throws SQLException {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:meeting;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/meeting").load();

		assertThat(flyway.migrate().migrationsExecuted).isEqualTo(3);

		String insert = "insert into online_room (reference, topic, starts_at, ends_at, capacity, state, attempts, "
				+ "attempt_started_at) values ('meeting-1', '数字贸易论坛', current_timestamp, current_timestamp, 30, "
				+ "'ATTEMPTING', 1, current_timestamp)";
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate(insert);
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.executeUpdate(insert));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeUpdate("update online_room set state = 'OPEN'"));
			statement
				.executeUpdate("insert into simulated_meeting_day (fair_day, rooms) values (date '2027-11-06', 0)");
			String room = "insert into simulated_meeting_room (reference, topic, starts_at, ends_at, capacity, fair_day, "
					+ "meeting_number, password, host_key, created_at) values ('%s', 't', current_timestamp, "
					+ "current_timestamp, 30, date '2027-11-06', '%s', '123456', '654321', current_timestamp)";
			statement.executeUpdate(room.formatted("meeting-1", "1234567890"));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeUpdate(room.formatted("meeting-2", "1234567890")));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeUpdate(room.formatted("meeting-1", "1234567891")));
		}
	}

}
