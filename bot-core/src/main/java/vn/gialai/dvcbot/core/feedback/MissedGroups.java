package vn.gialai.dvcbot.core.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gialai.dvcbot.core.text.VietnameseFolding;

/**
 * Groups questions that say the same thing in other words: word sets compared without accents, ignoring
 * filler words, joined when they share at least half of their words (Jaccard ≥ 0.5). Most frequent questions
 * lead their group, so a group keeps its id while it grows.
 */
public final class MissedGroups {

    static final double SIMILAR = 0.5;

    /** Words that say nothing about the need ("làm sao", "ạ", "cho hỏi"). */
    private static final Set<String> FILLER = Set.of("a", "ah", "oi", "cho", "hoi", "toi", "em", "minh", "la", "thi",
            "ma", "nhe", "nha", "voi", "de", "can", "gi", "j", "sao", "nao", "the", "nhu", "co", "khong", "ko", "k",
            "duoc", "dc", "o", "dau", "mo", "ve", "cua", "va", "bi", "roi", "ban", "bot", "xin", "vay", "vui", "long");

    private MissedGroups() {
    }

    public static List<MissedGroup> group(List<MissedQuestion> questions) {
        List<MissedQuestion> byCount = new ArrayList<>(questions);
        byCount.sort(Comparator.comparingLong(MissedQuestion::count).reversed()
                .thenComparing(MissedQuestion::lastSeen, Comparator.reverseOrder())
                .thenComparing(MissedQuestion::id));
        List<Building> groups = new ArrayList<>();
        for (MissedQuestion question : byCount) {
            Set<String> words = words(question.text());
            Building home = groups.stream().filter(g -> similarity(g.words, words) >= SIMILAR).findFirst().orElse(null);
            if (home == null) {
                groups.add(new Building(question, words));
            } else {
                home.members.add(question);
            }
        }
        return groups.stream().map(Building::toGroup)
                .sorted(Comparator.comparingLong(MissedGroup::count).reversed()
                        .thenComparing(MissedGroup::lastSeen, Comparator.reverseOrder()))
                .toList();
    }

    static Set<String> words(String text) {
        Set<String> all = Arrays.stream(VietnameseFolding.foldWords(text).split(" "))
                .filter(w -> !w.isBlank()).collect(Collectors.toCollection(HashSet::new));
        Set<String> meaningful = all.stream().filter(w -> !FILLER.contains(w)).collect(Collectors.toSet());
        return meaningful.isEmpty() ? all : meaningful;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) common.size() / union.size();
    }

    private static final class Building {
        final MissedQuestion leader;
        final Set<String> words;
        final List<MissedQuestion> members = new ArrayList<>();

        Building(MissedQuestion leader, Set<String> words) {
            this.leader = leader;
            this.words = words;
            members.add(leader);
        }

        MissedGroup toGroup() {
            long count = members.stream().mapToLong(MissedQuestion::count).sum();
            Instant last = members.stream().map(MissedQuestion::lastSeen).max(Comparator.naturalOrder()).orElseThrow();
            return new MissedGroup(leader.id(), leader.text(), count, last, members);
        }
    }
}
