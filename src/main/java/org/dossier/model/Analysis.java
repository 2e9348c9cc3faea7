package org.dossier.model;

import java.util.List;

/**
 * Everything Dossier found in one article. Offsets everywhere are Unicode code points into the
 * text exactly as read, end exclusive.
 *
 * @param published ISO date the article was published, or null when not given
 */
public record Analysis(String dossierVersion, String title, String published, int length,
                       List<Entity> entities, List<Attribution> attributions, List<Relation> relations,
                       List<TimeExpression> times, List<Stance> stances) {}
