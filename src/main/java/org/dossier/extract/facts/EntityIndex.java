package org.dossier.extract.facts;

import java.util.List;

/**
 * The entities of an article as the fact stages see them: which entity each token belongs to.
 *
 * @param entityOfToken index into {@code types}/{@code names} for each token, or -1
 */
public record EntityIndex(int[] entityOfToken, List<String> types, List<String> names) {
    public int of(int token) {
        return entityOfToken[token];
    }

    public boolean isPerson(int entity) {
        return entity >= 0 && types.get(entity).equals("PERSON");
    }
}
