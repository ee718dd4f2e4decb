package vn.gialai.dvcbot.kb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gialai.dvcbot.core.answers.AnswerEntry;
import vn.gialai.dvcbot.core.conversation.AnswerPreview;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.matching.BlendedMatcher;
import vn.gialai.dvcbot.kb.matching.MatchingSettings;

/** The knowledge base that ships in the jar is checked on every build. */
class BundledContentTests {

    private static final int ZALO_LIMIT = 2000;
    private static final int TELEGRAM_LIMIT = 4096;
    /** 600 characters of content, plus labels, the review date and the rating prompt (the title is added). */
    private static final int PHONE_BUBBLE = 840;

    private final ContentLoader.Loaded loaded = new ContentLoader().loadBundled();
    private final KnowledgeBaseContent content = loaded.content();

    /** Contracts §2: ids that must exist. */
    private static final List<String> CONTRACT_IDS = List.of(
            "birth-registration", "birth-bundle", "death-registration", "marriage-registration",
            "marital-status-certificate", "civil-status-correction", "civil-status-copy", "certified-copy",
            "signature-attestation", "permanent-residence", "temporary-residence", "residence-confirmation",
            "id-card", "vneid-account", "child-health-insurance", "household-health-insurance",
            "unemployment-benefit", "land-certificate-first", "land-transfer", "land-certificate-reissue",
            "construction-permit", "business-household", "criminal-record", "driver-license",
            "vehicle-registration", "social-allowance", "poor-household", "military-registration",
            "online-portal-guide", "dossier-lookup", "online-fee-payment", "one-stop-desk", "volunteer-support",
            "feedback-complaint", "greeting", "thanks", "human-handoff");

    @Test
    void everyContractEntryExistsWithAtLeastTwelveExamplesAndItsSources() {
        Map<String, Entry> byId = content.byId();
        assertThat(byId.keySet()).containsAll(CONTRACT_IDS);
        for (String id : CONTRACT_IDS) {
            Entry entry = byId.get(id);
            if (entry.kind().equals("procedure") || entry.kind().equals("info")) {
                assertThat(entry.examples()).as(id).hasSizeGreaterThanOrEqualTo(12);
                assertThat(entry.sources()).as(id).isNotEmpty();
                assertThat(entry.reviewed()).as(id).isNotBlank();
            } else if (entry.kind().equals("smalltalk")) {
                assertThat(entry.reply()).as(id).isNotBlank();
            }
        }
        assertThat(byId.get("human-handoff").kind()).isEqualTo("handoff");
        assertThat(content.outOfScope()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void noEntryLinksToThePortalsOfTheProvincesBeforeTheMerger() {
        for (Entry entry : content.entries()) {
            String yaml = new ContentLoader().writeEntry(entry);
            assertThat(yaml).as(entry.id()).doesNotContain("dichvucong.gialai.gov.vn")
                    .doesNotContain("dichvucong.binhdinh.gov.vn").doesNotContain("motcua.gialai.gov.vn");
        }
    }

    @Test
    void theBundledContentIsValid() {
        assertThat(loaded.problems()).isEmpty();
        assertThat(new ContentValidator(LocalDate.now()).validate(content)).isEmpty();
    }

    /**
     * Issue 14: read on a phone, no bubble much over 600 characters. The validator holds each section's own text
     * to 600; the rendered bubble adds the title, labels, the review date and the rating prompt.
     */
    @Test
    void everyRenderedBubbleIsPhoneSized() {
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(BlendedMatcher.factory(MatchingSettings.DEFAULTS), content);
        AnswerPreview preview = new AnswerPreview(catalog, ZALO_LIMIT);
        for (Entry entry : content.entries()) {
            AnswerEntry answer = catalog.entry(entry.id()).orElseThrow();
            preview.of(answer).forEach((part, parts) -> parts.forEach(reply -> assertThat(reply.text().length())
                    .as(entry.id() + " " + part).isLessThanOrEqualTo(PHONE_BUBBLE + answer.title().length())));
        }
    }

    @Test
    void anEntryWithNothingUnverifiedShowsNoWarningAndAFlaggedLineShowsItsMark() {
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(BlendedMatcher.factory(MatchingSettings.DEFAULTS), content);
        AnswerPreview preview = new AnswerPreview(catalog, ZALO_LIMIT);
        AnswerEntry confirmation = catalog.entry("residence-confirmation").orElseThrow();
        assertThat(confirmation.unverified()).isEmpty();
        preview.of(confirmation).values().forEach(parts -> parts.forEach(reply ->
                assertThat(reply.text()).doesNotContain("(*)").doesNotContain("kiểm tra lại")));
        String idCardFees = preview.of(catalog.entry("id-card").orElseThrow()).get("fees").get(0).text();
        assertThat(idCardFees).contains("xem số tiền hiện trên ứng dụng khi nộp (*).").contains("70.000 đồng");
    }

    @Test
    void theBotsOwnWordsAreAllInTheKnowledgeBase() {
        assertThat(content.texts().keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(BotText.values()).map(BotText::key).toList());
    }

    @Test
    void everyRenderedReplyFitsZaloAndTelegram() {
        KnowledgeBaseCatalog catalog = new KnowledgeBaseCatalog(BlendedMatcher.factory(MatchingSettings.DEFAULTS), content);
        AnswerPreview preview = new AnswerPreview(catalog, ZALO_LIMIT);
        for (Entry entry : content.entries()) {
            AnswerEntry answer = catalog.entry(entry.id()).orElseThrow();
            Map<String, List<Reply>> replies = preview.of(answer);
            assertThat(replies).as(entry.id()).isNotEmpty();
            replies.forEach((part, parts) -> parts.forEach(reply -> assertThat(reply.text().length())
                    .as(entry.id() + " " + part)
                    .isPositive()
                    .isLessThanOrEqualTo(ZALO_LIMIT)
                    .isLessThanOrEqualTo(TELEGRAM_LIMIT)));
        }
    }
}
