package org.dossier.extract.attribution;

import java.util.List;

/**
 * An attribution as token indexes into its {@link org.dossier.nlp.ParsedText}, before entities
 * are resolved and offsets converted.
 *
 * @param confidence estimated probability that the attribution is right
 */
public record FoundAttribution(int anchor, List<Integer> cue, List<Integer> source, List<Integer> content,
                               double confidence) {}
