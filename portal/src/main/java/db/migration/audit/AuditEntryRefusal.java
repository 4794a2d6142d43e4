package db.migration.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's trigger on {@code audit_entry}: every update or delete fails, so the statement and
 * its transaction change nothing. Public with a public constructor because H2 creates it
 * by its name.
 */
public class AuditEntryRefusal implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit_entry is append-only: " + ((newRow != null) ? "UPDATE" : "DELETE") + " refused",
				"P0001");
	}

}
