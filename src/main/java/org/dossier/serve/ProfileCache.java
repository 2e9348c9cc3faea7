package org.dossier.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.NotFoundResponse;
import org.dossier.store.CorpusQueries;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entity profiles as served JSON, kept until the store changes. Profiles are the most requested
 * and the most expensive page (eight queries); the most quoted people are asked for again and
 * again. SQLite's data_version tells when another process (an ingest) has written, and then
 * everything cached is dropped, so a profile is never staler than the store.
 */
final class ProfileCache {
    /** Beyond this many profiles the cache starts over, bounding its memory (a profile is a few kB). */
    static final int MAX_ENTRIES = 20_000;

    private final ObjectMapper json;
    private final Map<Long, byte[]> cached = new ConcurrentHashMap<>();
    /** The data_version each connection last reported: the numbers of different connections do not compare. */
    private final Map<CorpusQueries, Long> seen = new ConcurrentHashMap<>();

    ProfileCache(ObjectMapper json) {
        this.json = json;
    }

    byte[] get(QueryPool pool, long id) throws SQLException, InterruptedException {
        return pool.run(q -> {
            Long before = seen.put(q, q.dataVersion());
            // A connection seen for the first time has no history: it clears too, to be safe.
            if (before == null || before != seen.get(q) || cached.size() >= MAX_ENTRIES) cached.clear();
            byte[] hit = cached.get(id);
            if (hit != null) return hit;
            CorpusQueries.Profile p = q.profile(id).orElseThrow(() -> new NotFoundResponse("no such entity"));
            byte[] body;
            try {
                body = json.writeValueAsBytes(p);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            cached.put(id, body);
            return body;
        });
    }
}
