package org.dossier.model;

import java.util.List;

/**
 * Everything Dossier found in one article. Offsets everywhere are Unicode code points into the
 * text exactly as read, end exclusive.
 *
 * @param language  ISO 639-1 code of the language the article was read in ("en")
 * @param published ISO date the article was published, or null when not given
 */
public record Analysis(String dossierVersion, String language, String title, String published, int length,
                       List<Entity> entities, List<Attribution> attributions, List<Relation> relations,
                       List<TimeExpression> times, List<Stance> stances) {
    /** This build's version, as {@code pom.xml} gives it (the build writes it into {@code version.properties}). */
    public static final String DOSSIER_VERSION = readVersion();

    /** This analysis with only the attributions of one type ("speech"), or all of them for null. */
    public Analysis withAttributionsOf(String type) {
        if (type == null) return this;
        return new Analysis(dossierVersion, language, title, published, length, entities,
                attributions.stream().filter(a -> a.type().equals(type)).toList(), relations, times, stances);
    }

    private static String readVersion() {
        try (var in = Analysis.class.getResourceAsStream("version.properties")) {
            var p = new java.util.Properties();
            if (in != null) p.load(in);
            String v = p.getProperty("version");
            if (v == null || v.startsWith("$")) throw new IllegalStateException("version.properties was not filled in by the build");
            return v;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
