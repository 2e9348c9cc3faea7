package org.dossier.eval;

import java.util.List;

/** One gold article: its name (the file stem), its text, and its attributions in annotation order. */
public record GoldArticle(String name, String text, List<GoldAttribution> attributions) {
    public GoldArticle {
        attributions = List.copyOf(attributions);
    }
}
