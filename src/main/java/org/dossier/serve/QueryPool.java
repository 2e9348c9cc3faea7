package org.dossier.serve;

import org.dossier.store.CorpusQueries;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Read connections to the corpus store, one per concurrent request: an SQLite connection must not
 * be used by two threads at once, and opening one per request would cost more than most queries.
 */
final class QueryPool implements AutoCloseable {
    interface Query<T> {
        T run(CorpusQueries q) throws SQLException;
    }

    private final BlockingQueue<CorpusQueries> idle;
    private final List<CorpusQueries> all = new ArrayList<>();

    QueryPool(Path db, int size) throws SQLException {
        idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            CorpusQueries q = CorpusQueries.open(db);
            all.add(q);
            idle.add(q);
        }
    }

    <T> T run(Query<T> query) throws SQLException, InterruptedException {
        CorpusQueries q = idle.take();
        try {
            return query.run(q);
        } finally {
            idle.add(q);
        }
    }

    @Override
    public void close() throws SQLException {
        for (CorpusQueries q : all) q.close();
    }
}
