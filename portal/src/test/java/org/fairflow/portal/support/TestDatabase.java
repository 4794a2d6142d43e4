package org.fairflow.portal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tests' PostgreSQL database, as the README's test variables name it, for tests that
 * start portals of their own on a schema of their own.
 *
 * @param url JDBC URL of the database
 * @param user its user
 * @param password the user's password
 */
public record TestDatabase(String url, String user, String password) {

	public static TestDatabase fromEnvironment() {
		return new TestDatabase(
				System.getenv().getOrDefault("FAIRFLOW_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
				System.getenv().getOrDefault("FAIRFLOW_TEST_DB_USER", "postgres"),
				System.getenv().getOrDefault("FAIRFLOW_TEST_DB_PASSWORD", ""));
	}

	/** Drops a schema with everything in it, so that a test starts from nothing. */
	public void dropSchema(String schema) throws SQLException {
		execute("drop schema if exists " + schema + " cascade");
	}

	public void execute(String sql) throws SQLException {
		try (Connection connection = open(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	public Connection open() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, this.password);
	}

}
