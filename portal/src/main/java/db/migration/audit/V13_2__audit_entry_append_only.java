package db.migration.audit;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The database itself refuses to change or delete an audit entry, so neither a bug nor a
 * hand-written statement can rewrite the log. A Java migration because the trigger
 * differs per database: PL/pgSQL on PostgreSQL, a Java trigger class on H2, which runs no
 * PL/pgSQL.
 */
public class V13_2__audit_entry_append_only extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName();
		try (Statement statement = context.getConnection().createStatement()) {
			if ("PostgreSQL".equalsIgnoreCase(product)) {
				statement.execute("""
						create function audit_entry_refuse_change() returns trigger language plpgsql as $$
						begin
						    raise exception 'audit_entry is append-only: % refused', tg_op;
						end
						$$""");
				statement.execute("create trigger audit_entry_append_only before update or delete on audit_entry"
						+ " for each row execute function audit_entry_refuse_change()");
				statement.execute("create trigger audit_entry_no_truncate before truncate on audit_entry"
						+ " for each statement execute function audit_entry_refuse_change()");
			}
			else if ("H2".equalsIgnoreCase(product)) {
				statement.execute("create trigger audit_entry_append_only before update, delete on audit_entry"
						+ " for each row call '" + AuditEntryRefusal.class.getName() + "'");
			}
			else {
				throw new IllegalStateException("No append-only trigger for audit_entry on " + product);
			}
		}
	}

}
