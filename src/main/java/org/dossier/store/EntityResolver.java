package org.dossier.store;

import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Phrase;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for each entity of a new article, the corpus entity it is, or makes a new one.
 *
 * <ul>
 *   <li>Names match across spellings ({@link Names#similar}): Zelensky, Zelenskyy, Zelenskiy.</li>
 *   <li>A person's full name joins a corpus person of the same surname whose given names agree
 *       (Volodymyr / Vladimir, or an initial) or who is so far known by surname only; a different
 *       given name (Hillary / Bill Clinton) makes a different person.</li>
 *   <li>A surname alone joins the one person of that surname, or, when there are several, the
 *       one seen most often with the other people and organisations of this article.</li>
 *   <li>Organisations, places and other names join on the whole name; an organisation and a
 *       place may merge (CoreNLP types "the Kremlin" either way). One that an article also names
 *       in the other script, with the same key, is that one ("Ryanair" beside "Райънеър"). A
 *       one-word name typed as a place or organisation joins the person of that surname when no
 *       such place or organisation is known, or at once when the article quotes it, unless the
 *       corpus mentions a place or organisation of that name more: CoreNLP at times types a lone
 *       surname ("Trump", "Navalnaya") a place, and an article may run two companies' names
 *       together into a "person" ("Нафтогаз Газпром"). Likewise a lone "person" bearing the name of
 *       a body or place the corpus mentions more than anyone known by that word alone is that body
 *       or place ("Райънеър" typed a person).</li>
 *   <li>Unnamed groups ("oppositionists") stay with their article: they are not one group across articles.</li>
 * </ul>
 * Articles are resolved in the order they are added, so a surname seen before any full name
 * goes to whoever first bears it.
 */
final class EntityResolver {
    private final EntityIndex index;

    EntityResolver(EntityIndex index) {
        this.index = index;
    }

    /**
     * The corpus entity id of each article entity (by its local id); groups map to null.
     *
     * @param sources local ids of the entities the article quotes: a one-word "place" that speaks
     *                and bears a known person's surname is that person
     */
    Map<String, Long> resolve(List<Entity> entities, Set<String> sources) throws SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        Set<Long> context = new LinkedHashSet<>();
        // Full names first, so that a lone surname can be judged by the company it keeps; names before
        // acronyms, which may spell one of them.
        List<Entity> ordered = new ArrayList<>(entities);
        ordered.sort(java.util.Comparator.comparing(EntityResolver::isLoneSurname).thenComparing(e -> isAcronym(e.name())));
        Map<String, Long> spelled = new LinkedHashMap<>();
        // A lone word that is the surname of no one in this article waits until the article's other
        // people are known: it may be the given name of one of them ("Тереза" before "Мэй"), which
        // says more than a namesake elsewhere in the corpus.
        Map<Entity, Long> lone = new LinkedHashMap<>();
        for (Entity e : ordered) {
            if (!resolvable(e)) {
                ids.put(e.id(), null);
                continue;
            }
            Long id;
            if (e.type().equals("PERSON")) {
                id = findPerson(e, context, false);
                // a lone "person" that bears the name of a body or place the corpus mentions more than anyone known by that word
                // alone is that body or place: an article typed "Райънеър" a person (not "Джонсон", where a Борис Джонсон is known)
                Long named = isLoneSurname(e) && (id == null || knownByItAlone(id, e)) ? betterKnownNamed(e, id) : null;
                if (named != null) {
                    add(e, named, ids, context);
                    continue;
                }
                if (isLoneSurname(e) && (id == null || !context.contains(id))) {
                    lone.put(e, id);
                    continue;
                }
            } else {
                // CoreNLP at times types a lone surname a place or an organisation ("Trump", "Navalnaya").
                // Not an acronym ("МАУ", "УНИАН"): an airline's letters are no surname that sounds alike ("Мэй", "Ун").
                boolean oneWord = Names.words(e.name()).size() == 1 && !isAcronym(e.name());
                id = oneWord && sources.contains(e.id()) ? findPerson(e, context, false) : null;
                // but a body or place of that very name the corpus mentions more is that one: "Газпром" is no "Нафтогаз Газпром"
                // that one article ran together into a person
                Long named = id != null ? betterKnownNamed(e, id) : null;
                if (named != null) id = named;
                if (id == null && oneWord && sources.contains(e.id())) id = byGivenName(nameOf(e), context);
                // "ВОЗ" after "Всемирная организация здравоохранения": the organisation this article named in full
                // (when that is the one name it spells, and the acronym is none the lists know: "ЕС" is the EU,
                // whatever "Европейски съвет" would spell)
                String letters = acronymLetters(e);
                if (id == null && letters != null && PlaceNames.codeOf(e.name()) == null) {
                    Long one = spelled.get(letters);
                    if (one != null && one >= 0) id = one;
                }
                if (id == null) id = findNamed(e);
                if (id == null) id = twin(e, ordered, ids);
                // unquoted, only the surname itself: Davos is no Davis
                if (id == null && oneWord) id = findPerson(e, context, true);
            }
            add(e, id, ids, context);
            String initials = initials(e);
            if (initials != null) spelled.merge(initials, ids.get(e.id()), (a, b) -> a.equals(b) ? a : -1L);
        }
        // those that bear a known surname first, so that "Тереза" meets the "Мэй" beside her
        List<Map.Entry<Entity, Long>> waiting = new ArrayList<>(lone.entrySet());
        waiting.sort(java.util.Comparator.comparing(e -> e.getValue() == null));
        for (Map.Entry<Entity, Long> e : waiting) {
            Long given = byGivenName(Names.PersonName.of(nameOf(e.getKey())).surname(), context);
            add(e.getKey(), given != null ? given : e.getValue(), ids, context);
        }
        return ids;
    }

    /** Records the article entity under the corpus entity found, or a new one where none was. */
    private void add(Entity e, Long found, Map<String, Long> ids, Set<Long> context) throws SQLException {
        long id = found != null ? found : index.create(e.type(), nameOf(e));
        index.record(id, Recorded.of(e, index.typeOf(id)));
        ids.put(e.id(), id);
        context.add(id);
    }

    /** Whether the entity can be a corpus entity: unnamed groups stay with their article. */
    static boolean resolvable(Entity e) {
        return !e.type().equals("GROUP") && !Names.words(e.name()).isEmpty();
    }

    /**
     * Every name key the entity may be looked up by or recorded under: two entities that share
     * none never meet in {@link #resolve}, so resolution can run apart on each group that does.
     */
    static Set<String> keys(Entity e) {
        // A person is found and recorded by surname; another name by all its words; a one-word
        // name of another type may also become a person. Keys beyond these would only make the
        // groups larger ("European Union" and the surname Union).
        boolean person = e.type().equals("PERSON"), maybePerson = person || Names.words(e.name()).size() == 1;
        Set<String> keys = new LinkedHashSet<>();
        if (maybePerson) keys.add(personKey(nameOf(e)));
        if (!person) keys.add(nameKey(e.name()));
        String translated = person ? null : TranslatedNames.key(e.name());
        if (translated != null) keys.add(translated);
        String place = person ? null : PlaceNames.codeOf(e.name());
        if (place != null) keys.add(placeKey(place));
        // an acronym meets the name its article spells out with those letters
        for (String letters : new String[] {acronymLetters(e), initials(e)}) if (letters != null) keys.add("i:" + letters);
        for (String alias : Recorded.of(e, e.type()).aliases().values()) {
            if (maybePerson) keys.add(personKey(alias));
            if (!person) keys.add(nameKey(alias));
            String aliasTranslated = person ? null : TranslatedNames.key(alias);
            if (aliasTranslated != null) keys.add(aliasTranslated);
        }
        return keys;
    }

    private static boolean isLoneSurname(Entity e) {
        return e.type().equals("PERSON") && Names.words(nameOf(e)).size() == 1;
    }

    /** The name without a title: "Mr. Obama" is Obama. */
    static String nameOf(Entity e) {
        String alias = Names.alias(e.name());
        return alias == null || Names.words(alias).isEmpty() ? e.name() : alias;
    }

    /** The letters of an organisation's or place's acronym, normalised ("N.Y.U." -> "nyu"), else null. */
    private static String acronymLetters(Entity e) {
        return e.type().equals("PERSON") || !isAcronym(e.name()) ? null : Names.normalize(e.name().replace(".", ""));
    }

    /** The initials of an organisation's or place's name of several words, normalised, else null. */
    private static String initials(Entity e) {
        String initials = e.type().equals("PERSON") ? null : Names.initials(e.name());
        return initials == null ? null : Names.normalize(initials);
    }

    /** An acronym: all capitals, or written with full stops ("U.K."). */
    private static boolean isAcronym(String name) {
        return name.endsWith(".") || name.codePoints().filter(Character::isLetter).count() >= 2 && name.equals(name.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The person an entity is, by its surname and given names.
     *
     * @param exact only a person with this very surname (normalised): for a name typed otherwise
     */
    private Long findPerson(Entity e, Set<Long> context, boolean exact) throws SQLException {
        Names.PersonName name = Names.PersonName.of(nameOf(e));
        // a lone surname says less than a full name: it takes a spelling one edit away at most (Захарова is no Захариева)
        Names.Match match = exact ? String::equals : name.surnameOnly() ? Names::close : Names::similar;
        List<Long> candidates = new ArrayList<>();
        for (Long c : index.byKey(personKey(nameOf(e)), "PERSON")) {
            if (!fullNames(c, name.surname(), match).isEmpty() || hasSurname(c, name.surname(), match)) candidates.add(c);
        }
        if (name.surnameOnly()) {
            if (candidates.size() <= 1) return candidates.isEmpty() ? null : candidates.get(0);
            return bestInContext(candidates, context);
        }
        Long weak = null;
        for (Long c : candidates) {  // most mentioned first
            List<Names.PersonName> known = fullNames(c, name.surname(), match);
            if (known.isEmpty()) {
                if (weak == null) weak = c;
            } else if (known.stream().anyMatch(name::compatible)) {
                return c;
            }
        }
        return weak;
    }

    private Long findNamed(Entity e) throws SQLException {
        // a country or city of CLDR's, in whatever language: "Германия" is Germany
        String place = PlaceNames.codeOf(e.name());
        if (place != null) {
            for (Long c : index.byKey(placeKey(place), null)) if (!index.typeOf(c).equals("PERSON")) return c;
        }
        String norm = Names.withoutLegalForm(Names.normalize(e.name()));
        // Acronyms and abbreviations are spelled one way, but for w, which Cyrillic writes в: CNN is not "Conn.", ВАДА
        // is WADA (and EC, typed in Latin for ЕС, stays no ЕК).
        boolean exact = isAcronym(e.name());
        for (Long c : index.byKey(nameKey(e.name()), null)) {
            if (index.typeOf(c).equals("PERSON")) continue;
            List<String> aliases = index.aliasNorms(c);
            // two places the lists know apart are two, however alike their names: Литва is no Латвия
            if (place != null && aliases.stream().map(PlaceNames::codeOf).anyMatch(o -> o != null && !o.equals(place))) continue;
            for (String alias : aliases) {
                String bare = Names.withoutLegalForm(alias);
                if (exact ? bare.replace('w', 'v').equals(norm.replace('w', 'v')) : wordsSimilar(bare, norm)) return c;
            }
        }
        // a name translated word by word: "МЗС Росії" is "Министерство иностранных дел России"
        String translated = TranslatedNames.key(e.name());
        if (translated != null) {
            for (Long c : index.byKey(translated, null)) if (!index.typeOf(c).equals("PERSON")) return c;
        }
        return null;
    }

    /**
     * The corpus entity of another entity of this article of the same type and name key, written in
     * the other script ("Ryanair" beside "Райънеър"): the article names one body twice, in names
     * that only their key finds alike; that entity's corpus entity if resolved, else the one its
     * own name finds; or null.
     */
    private Long twin(Entity e, List<Entity> article, Map<String, Long> ids) throws SQLException {
        String key = nameKey(e.name());
        for (Entity f : article) {
            if (f == e || !f.type().equals(e.type()) || Names.isCyrillic(f.name()) == Names.isCyrillic(e.name()) || !nameKey(f.name()).equals(key)) continue;
            Long id = ids.containsKey(f.id()) ? ids.get(f.id()) : findNamed(f);
            if (id != null) return id;
        }
        return null;
    }

    private static boolean wordsSimilar(String a, String b) {
        List<String> wa = Names.nameWords(a), wb = Names.nameWords(b);
        if (wa.size() != wb.size()) return false;
        for (int i = 0; i < wa.size(); i++) if (!Names.similarNameWord(wa.get(i), wb.get(i))) return false;
        return true;
    }

    /**
     * The body or place of the entity's name ({@link #findNamed}) where the corpus mentions it more
     * than the person found for that name, or where no person was; else null.
     */
    private Long betterKnownNamed(Entity e, Long person) throws SQLException {
        Long named = findNamed(e);
        return named != null && (person == null || index.mentions(named) > index.mentions(person)) ? named : null;
    }

    /** Whether no name of the person gives a given name before the entity's word. */
    private boolean knownByItAlone(long person, Entity e) throws SQLException {
        return fullNames(person, Names.PersonName.of(nameOf(e)).surname(), Names::close).isEmpty();
    }

    /** The entity's names with given names and this surname (spelling variants included). */
    private List<Names.PersonName> fullNames(long entity, String surname, Names.Match match) throws SQLException {
        List<Names.PersonName> names = new ArrayList<>();
        for (String alias : index.aliasNorms(entity)) {
            Names.PersonName p = Names.PersonName.of(alias);
            if (p != null && !p.surnameOnly() && match.test(p.surname(), surname)) names.add(p);
        }
        return names;
    }

    /** Whether the entity was called by this surname alone, and it is not one of its given names ("Bryan" Pagliano). */
    private boolean hasSurname(long entity, String surname, Names.Match match) throws SQLException {
        List<String> norms = index.aliasNorms(entity);
        for (String alias : norms) {
            Names.PersonName p = Names.PersonName.of(alias);
            if (p != null && p.given().contains(surname)) return false;
        }
        for (String alias : norms) if (match.test(alias, surname)) return true;
        return false;
    }

    /**
     * A lone word that is no one's surname: the one person of this article named in full with it
     * as a given name ("Тереза" beside "Тереза Мей", "Азия" beside "Асия Биби"), else none.
     */
    private Long byGivenName(String word, Set<Long> context) throws SQLException {
        Long found = null;
        for (Long c : context) {
            if (!index.typeOf(c).equals("PERSON")) continue;
            boolean named = false;
            for (String alias : index.aliasNorms(c)) {
                Names.PersonName p = Names.PersonName.of(alias);
                if (p != null && !p.surnameOnly() && p.given().stream().anyMatch(g -> g.length() > 1 && Names.givenSimilar(g, word))) named = true;
            }
            if (!named) continue;
            if (found != null && !found.equals(c)) return null;
            found = c;
        }
        return found;
    }

    /** The candidate that shares the most articles with the entities already resolved in this one. */
    private Long bestInContext(List<Long> candidates, Set<Long> context) throws SQLException {
        Long best = candidates.get(0);
        int bestShared = -1;
        for (Long c : candidates) {
            int shared = index.sharedArticles(c, context);
            if (shared > bestShared) {
                best = c;
                bestShared = shared;
            }
        }
        return best;
    }

    static String personKey(String name) {
        Names.PersonName p = Names.PersonName.of(name);
        return "pl:" + Names.skeleton(p == null ? name : p.surname());
    }

    static String placeKey(String code) {
        return "g:" + code;
    }

    static String nameKey(String name) {
        String bare = Names.withoutLegalForm(Names.normalize(name));
        return "n:" + (bare.isEmpty() ? "" : String.join(" ", Names.nameWords(bare).stream().map(Names::nameSkeleton).toList()));
    }

    /**
     * What an article entity adds to its corpus entity: names (normalised form to the form first
     * written, and how often each was used), keys, descriptors and mentions.
     */
    record Recorded(Map<String, String> aliases, Map<String, Integer> counts, List<String> keys,
                    Map<String, Integer> descriptors, int mentions) {
        static Recorded of(Entity e, String type) {
            Map<String, String> aliases = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, Integer> descriptors = new LinkedHashMap<>();
            for (Mention m : e.mentions()) {
                // a mention in Cyrillic may be inflected ("Путина"): the entity's name, a nominative, stands for it
                if (Names.isCyrillic(m.text())) continue;
                String alias = Names.alias(m.text());
                if (alias != null && !Names.normalize(alias).isEmpty()) {
                    aliases.putIfAbsent(Names.normalize(alias), alias);
                    counts.merge(Names.normalize(alias), 1, Integer::sum);
                }
            }
            for (Phrase d : e.descriptors()) descriptors.merge(d.text().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            aliases.putIfAbsent(Names.normalize(nameOf(e)), nameOf(e));
            // a Cyrillic name is used as often as the mentions it stands for, so that the display name is the most used
            // ("Европейский союз", not "Европейского союза" that one article could not put in the nominative)
            counts.merge(Names.normalize(nameOf(e)), Names.isCyrillic(nameOf(e)) ? e.mentions().size() : 0, Integer::sum);
            List<String> keys = new ArrayList<>();
            for (String alias : aliases.values()) {
                keys.add(type.equals("PERSON") ? personKey(alias) : nameKey(alias));
                String place = type.equals("PERSON") ? null : PlaceNames.codeOf(alias);
                if (place != null) keys.add(placeKey(place));
                String translated = type.equals("PERSON") ? null : TranslatedNames.key(alias);
                if (translated != null) keys.add(translated);
            }
            return new Recorded(aliases, counts, keys, descriptors, e.mentions().size());
        }
    }
}
