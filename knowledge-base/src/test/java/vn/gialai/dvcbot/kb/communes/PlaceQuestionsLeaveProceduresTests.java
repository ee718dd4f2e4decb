package vn.gialai.dvcbot.kb.communes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;

/** The place questions come before the procedures in the conversation, so they must not take the procedures' questions. */
class PlaceQuestionsLeaveProceduresTests {

    /** Entries whose questions a commune's own desk or team answers better when they name the commune. */
    private static final Set<String> PLACE_ENTRIES = Set.of("one-stop-desk", "volunteer-support");

    private final PlaceQuestions places = new PlaceQuestions(new CommuneDirectory(Communes.bundled(),
            new CommuneDataLoader(Communes.bundled()).loadBundled().data()), () -> TeamSessions.NONE);

    @Test
    void noExampleOfAProcedureIsTakenForAPlaceQuestion() {
        Map<String, String> taken = new LinkedHashMap<>();
        for (Entry entry : new ContentLoader().loadBundled().content().entries()) {
            if (!PLACE_ENTRIES.contains(entry.id())) {
                entry.examples().stream().filter(q -> places.answer(q).isPresent()).forEach(q -> taken.put(q, entry.id()));
            }
        }
        assertThat(taken).isEmpty();
    }

    /** The evaluation sets' questions (own and held-out), whatever they expect: none of them is about an address. */
    @Test
    void noQuestionOfTheEvaluationSetsIsTakenForAPlaceQuestion() throws Exception {
        Map<String, String> taken = new LinkedHashMap<>();
        for (String file : List.of("own.tsv", "heldout.tsv", "heldout-dialogues.tsv")) {
            try (var in = getClass().getResourceAsStream("/eval/" + file)) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                    String question = line.split("\t")[0];
                    if (!line.isBlank() && !line.startsWith("#") && places.answer(question).isPresent()) {
                        taken.put(question, file);
                    }
                }
            }
        }
        assertThat(taken).isEmpty();
    }

    @Test
    void deskAndTeamExamplesThatNameACommuneGetThatCommunesAnswer() {
        assertThat(places.answer("mot cua phuong quy nhon nam chuyen di dau roi").orElseThrow().text())
                .contains("146 Cần Vương");
        assertThat(places.answer("doi tinh nguyen ho tro dich vu cong o xa ia pa").orElseThrow().text())
                .startsWith("Đội thanh niên tình nguyện xã Ia Pa");
        assertThat(places.answer("trung tâm hành chính công ở Pleiku địa chỉ nào")).isEmpty();
    }
}
