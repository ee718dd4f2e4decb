package vn.gialai.dvcbot.channels.zalo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.conversation.ReplySplitter;
import vn.gialai.dvcbot.core.texts.BotText;
import vn.gialai.dvcbot.core.texts.BotTexts;

/**
 * Turns a reply into the bodies of one or more consultation messages. Zalo takes at most 2,000 characters of
 * text; choices become numbered lines the citizen answers with a digit (the engine maps "1", "2"… to the
 * last reply's choices) or, when buttons are on and there are at most five, buttons that send the choice id
 * back hidden, prefixed so an old button still picks the right thing.
 */
final class ZaloReplies {

    static final int MAX_TEXT = 2000;
    static final int MAX_BUTTONS = 5;
    static final String CHOICE_PREFIX = "#dvc:";
    private static final int MAX_BUTTON_TITLE = 100;

    private final JsonMapper json;
    private final ReplySplitter splitter = new ReplySplitter(MAX_TEXT);
    private final Supplier<BotTexts> texts;

    /** Replies in the code's default words (tests). */
    ZaloReplies(JsonMapper json) {
        this(json, () -> BotTexts.DEFAULTS);
    }

    /** @param texts the bot's words as published now: the hint under numbered choices is one of them */
    ZaloReplies(JsonMapper json, Supplier<BotTexts> texts) {
        this.json = json;
        this.texts = texts;
    }

    /** The message bodies to send in order; empty when the reply has nothing to show. */
    List<ObjectNode> render(String userId, Reply reply, boolean buttons) {
        List<Choice> choices = reply.choices();
        boolean asButtons = buttons && !choices.isEmpty() && choices.size() <= MAX_BUTTONS;
        String pickByNumber = texts.get().get(BotText.PICK_BY_NUMBER);
        String text = asButtons || choices.isEmpty() ? reply.text().strip() : withNumberedChoices(reply, pickByNumber);
        if (text.isEmpty() && !asButtons) {
            return List.of();
        }
        List<String> parts = text.isEmpty() ? List.of(pickByNumber) : splitter.splitText(text);
        List<ObjectNode> bodies = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ObjectNode message = json.createObjectNode().put("text", parts.get(i));
            if (asButtons && i == parts.size() - 1) {
                message.set("attachment", buttons(choices));
            }
            ObjectNode body = json.createObjectNode();
            body.putObject("recipient").put("user_id", userId);
            body.set("message", message);
            bodies.add(body);
        }
        return bodies;
    }

    /** The choice id a tapped button sent back, or null when the text is not one. */
    static String choiceIdOf(String text) {
        if (text.startsWith(CHOICE_PREFIX) && text.length() > CHOICE_PREFIX.length()) {
            return text.substring(CHOICE_PREFIX.length()).strip();
        }
        return null;
    }

    private static String withNumberedChoices(Reply reply, String pickByNumber) {
        StringBuilder text = new StringBuilder(reply.text().strip());
        if (text.length() > 0) {
            text.append("\n\n");
        }
        List<Choice> choices = reply.choices();
        for (int i = 0; i < choices.size(); i++) {
            text.append(i + 1).append(". ").append(choices.get(i).label()).append('\n');
        }
        return text.append(pickByNumber).toString();
    }

    private ObjectNode buttons(List<Choice> choices) {
        ObjectNode attachment = json.createObjectNode().put("type", "template");
        ArrayNode buttons = attachment.putObject("payload").putArray("buttons");
        for (int i = 0; i < choices.size(); i++) {
            String title = (i + 1) + ". " + choices.get(i).label();
            buttons.addObject()
                    .put("title", title.length() > MAX_BUTTON_TITLE ? title.substring(0, MAX_BUTTON_TITLE - 1) + "…" : title)
                    .put("type", "oa.query.hide")
                    .put("payload", CHOICE_PREFIX + choices.get(i).id());
        }
        return attachment;
    }
}
