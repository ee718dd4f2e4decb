package vn.gialai.dvcbot.channels.zalo;

import tools.jackson.databind.JsonNode;

/**
 * The parts of a webhook event the bot uses. Zalo ids are numeric strings that can exceed 2^53, so every id
 * is kept as text, whether the JSON has it as a string or a number.
 *
 * @param name the event name, e.g. {@code user_send_text}
 * @param userId the citizen: {@code sender.id} of user events, {@code follower.id} of (un)follow,
 *     {@code recipient.id} of the OA's own echoes, {@code user_id} of {@code user_click_chatnow}
 * @param oaId the OA: the other side of the event, or {@code oa_id}
 * @param messageId {@code message.msg_id}, or empty
 * @param text {@code message.text}, or empty
 * @param attachmentType the type of the first attachment (image, sticker, location, file, link…), or empty
 * @param attachmentUrl the first attachment's {@code payload.url} (the link of {@code user_send_link}), or empty
 * @param timestamp epoch milliseconds as sent (a string), used in the signature
 * @param appId the body's {@code app_id}, or empty
 */
record ZaloEvent(String name, String userId, String oaId, String messageId, String text, String attachmentType,
        String attachmentUrl, String timestamp, String appId) {

    static ZaloEvent of(JsonNode root) {
        String name = text(root.path("event_name"));
        String sender = text(root.path("sender").path("id"));
        String recipient = text(root.path("recipient").path("id"));
        String follower = text(root.path("follower").path("id"));
        String flatUser = text(root.path("user_id"));
        String oaField = text(root.path("oa_id"));
        boolean fromOa = name.startsWith("oa_");
        String userId = firstNonEmpty(follower, fromOa ? recipient : sender, flatUser);
        String oaId = firstNonEmpty(oaField, fromOa ? sender : recipient);
        JsonNode message = root.path("message");
        JsonNode attachment = message.path("attachments").path(0);
        return new ZaloEvent(name, userId, oaId, text(message.path("msg_id")), text(message.path("text")),
                text(attachment.path("type")), text(attachment.path("payload").path("url")), timestamp(root),
                text(root.path("app_id")));
    }

    /** The body's timestamp as it appears, the value Zalo signs; empty when absent. */
    static String timestamp(JsonNode root) {
        return text(root.path("timestamp"));
    }

    boolean isEcho() {
        return name.startsWith("oa_send_");
    }

    /** Group Message Framework events ({@code user_send_group_text}, {@code user_join_group}, {@code create_group}…). */
    boolean isGroup() {
        return name.contains("group");
    }

    /** A citizen's private message to the OA. */
    boolean isPrivateMessage() {
        return name.startsWith("user_send_") && !isGroup();
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString().strip() : "";
    }

    private static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
