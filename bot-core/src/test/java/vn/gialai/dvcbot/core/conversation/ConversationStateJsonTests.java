package vn.gialai.dvcbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.core.message.Choice;

/** Conversation states stored by an older version still load after fields were added. */
class ConversationStateJsonTests {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void aStateStoredBeforeTheSectionFieldLoadsWithNoSection() {
        String stored = """
                {"pendingChoices":[{"id":"section:id-card:where","label":"Nộp ở đâu"}],"currentEntryId":"id-card",
                "missCount":0,"recentMisses":[],"handoffTicketId":null,"updatedAt":"2026-12-01T08:00:00Z",
                "communeQuestions":0,"lastQuestion":"làm cccd","clarifyQuestion":null}""";

        ConversationState state = json.readValue(stored, ConversationState.class);

        assertThat(state.currentEntryId()).isEqualTo("id-card");
        assertThat(state.currentSection()).isNull();
        assertThat(state.pendingChoices()).extracting(Choice::id).containsExactly("section:id-card:where");
    }

    @Test
    void theSectionBeingReadSurvivesARoundTrip() {
        ConversationState state = ConversationState.fresh().readingSection("id-card", "fees");

        ConversationState loaded = json.readValue(json.writeValueAsString(state), ConversationState.class);

        assertThat(loaded).isEqualTo(state);
    }
}
