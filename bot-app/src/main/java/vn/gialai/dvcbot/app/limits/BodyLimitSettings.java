package vn.gialai.dvcbot.app.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body each kind of endpoint takes; a larger one is answered 413 before a byte of it is read.
 *
 * @param zaloWebhook {@code POST /webhooks/zalo}: Zalo events are a few kilobytes
 * @param telegramWebhook {@code POST /webhooks/telegram}: Telegram updates stay well under this
 * @param webChat the citizen web chat API ({@code /api/webchat/**}): one message of 2,000 characters
 * @param kbImport {@code POST /api/kb/import} and {@code /api/kb/import/examples}: a zip or a sheet
 * @param editorUpload the editor console's import forms ({@code /editor/transfer/**}), which send the file back
 *     with the "apply" step as a form field
 * @param other every other request (login forms, the staff JSON APIs)
 */
@ConfigurationProperties("dvc.limits.body")
record BodyLimitSettings(
        @DefaultValue("256KB") DataSize zaloWebhook,
        @DefaultValue("1MB") DataSize telegramWebhook,
        @DefaultValue("16KB") DataSize webChat,
        @DefaultValue("10MB") DataSize kbImport,
        @DefaultValue("20MB") DataSize editorUpload,
        @DefaultValue("1MB") DataSize other) {

    /** Bodies sent without a length are kept in memory while counted; above this size a length is required. */
    static final long MAX_BUFFERED = 1024 * 1024;

    long limitFor(String path) {
        if (path.equals("/webhooks/zalo")) {
            return zaloWebhook.toBytes();
        }
        if (path.equals("/webhooks/telegram")) {
            return telegramWebhook.toBytes();
        }
        if (path.startsWith("/api/webchat/")) {
            return webChat.toBytes();
        }
        if (path.equals("/api/kb/import") || path.equals("/api/kb/import/examples")) {
            return kbImport.toBytes();
        }
        if (path.startsWith("/editor/transfer/")) {
            return editorUpload.toBytes();
        }
        return other.toBytes();
    }
}
