package vn.gialai.dvcbot.app.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gialai.dvcbot.core.conversation.AnswerPreview;
import vn.gialai.dvcbot.core.conversation.ConversationSettings;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseCatalog;
import vn.gialai.dvcbot.kb.content.Entry;

/**
 * The replies a draft will produce, exactly as the engine splits them; the page draws them as Zalo (numbered
 * lines), Telegram and the web chat (buttons) show them.
 */
@Component
class ChannelPreview {

    private static final Map<String, String> PART_LABELS = Map.of(
            "summary", "Câu trả lời đầu tiên (tóm tắt)", "reply", "Câu trả lời",
            "steps", "Các bước", "documents", "Giấy tờ cần chuẩn bị", "fees", "Lệ phí và thời gian",
            "where", "Nộp ở đâu", "online", "Làm trực tuyến");

    private final KnowledgeBaseCatalog catalog;
    private final ConversationSettings settings;

    ChannelPreview(KnowledgeBaseCatalog catalog, ConversationSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    List<Part> of(Entry entry) {
        List<Part> parts = new ArrayList<>();
        try {
            new AnswerPreview(catalog, settings.maxReplyChars()).of(KnowledgeBaseCatalog.answerOf(entry))
                    .forEach((key, replies) -> parts.add(new Part(PART_LABELS.getOrDefault(key, key),
                            replies.stream().map(Message::of).toList())));
        } catch (RuntimeException incomplete) {
            parts.add(new Part("Chưa xem trước được", List.of(new Message(
                    "Bản nháp còn thiếu thông tin để hiển thị (" + incomplete.getMessage() + ").", List.of()))));
        }
        return parts;
    }

    /** The hint Zalo shows under numbered choices, in the published words. */
    String pickByNumber() {
        return catalog.texts().get(BotText.PICK_BY_NUMBER);
    }

    record Part(String label, List<Message> messages) {
    }

    record Message(String text, List<String> choices) {
        static Message of(Reply reply) {
            return new Message(reply.text(), reply.choices().stream().map(c -> c.label()).toList());
        }
    }
}
