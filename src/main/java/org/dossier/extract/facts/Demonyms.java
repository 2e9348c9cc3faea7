package org.dossier.extract.facts;

import java.util.Locale;
import java.util.Map;

/** Nationality adjectives to the countries they name. */
final class Demonyms {
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("american", "United States"), Map.entry("british", "United Kingdom"), Map.entry("russian", "Russia"),
            Map.entry("ukrainian", "Ukraine"), Map.entry("german", "Germany"), Map.entry("french", "France"),
            Map.entry("italian", "Italy"), Map.entry("spanish", "Spain"), Map.entry("polish", "Poland"), Map.entry("chinese", "China"),
            Map.entry("japanese", "Japan"), Map.entry("indian", "India"), Map.entry("canadian", "Canada"), Map.entry("mexican", "Mexico"),
            Map.entry("israeli", "Israel"), Map.entry("iranian", "Iran"), Map.entry("iraqi", "Iraq"), Map.entry("syrian", "Syria"),
            Map.entry("turkish", "Turkey"), Map.entry("saudi", "Saudi Arabia"), Map.entry("egyptian", "Egypt"),
            Map.entry("belarusian", "Belarus"), Map.entry("georgian", "Georgia"), Map.entry("latvian", "Latvia"),
            Map.entry("lithuanian", "Lithuania"), Map.entry("estonian", "Estonia"), Map.entry("bulgarian", "Bulgaria"),
            Map.entry("romanian", "Romania"), Map.entry("hungarian", "Hungary"), Map.entry("czech", "Czech Republic"),
            Map.entry("dutch", "Netherlands"), Map.entry("swedish", "Sweden"), Map.entry("norwegian", "Norway"),
            Map.entry("finnish", "Finland"), Map.entry("danish", "Denmark"), Map.entry("irish", "Ireland"),
            Map.entry("australian", "Australia"), Map.entry("brazilian", "Brazil"), Map.entry("cuban", "Cuba"),
            Map.entry("korean", "Korea"), Map.entry("pakistani", "Pakistan"), Map.entry("afghan", "Afghanistan"),
            Map.entry("greek", "Greece"), Map.entry("swiss", "Switzerland"), Map.entry("austrian", "Austria"),
            Map.entry("belgian", "Belgium"), Map.entry("portuguese", "Portugal"), Map.entry("serbian", "Serbia"),
            Map.entry("croatian", "Croatia"), Map.entry("moldovan", "Moldova"), Map.entry("kazakh", "Kazakhstan"),
            Map.entry("venezuelan", "Venezuela"), Map.entry("colombian", "Colombia"), Map.entry("argentine", "Argentina"),
            Map.entry("nigerian", "Nigeria"), Map.entry("kenyan", "Kenya"), Map.entry("libyan", "Libya"),
            Map.entry("palestinian", "Palestine"), Map.entry("lebanese", "Lebanon"), Map.entry("jordanian", "Jordan"),
            Map.entry("vietnamese", "Vietnam"), Map.entry("filipino", "Philippines"), Map.entry("indonesian", "Indonesia"));

    private Demonyms() {}

    /** The country, or null when the word is not a nationality adjective. */
    static String country(String word) {
        return COUNTRIES.get(word.toLowerCase(Locale.ROOT));
    }
}
