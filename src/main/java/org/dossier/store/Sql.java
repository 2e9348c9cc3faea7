package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Prepared statements with their arguments bound in order: the store's one way to run SQL with values. */
final class Sql {
    private Sql() {}

    static PreparedStatement prepare(Connection db, String sql, Object... args) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
        return ps;
    }
}
