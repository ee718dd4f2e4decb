package vn.gialai.dvcbot.app.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.gialai.dvcbot.app.staff.StaffAccount;
import vn.gialai.dvcbot.app.staff.StaffAccounts;
import vn.gialai.dvcbot.core.conversation.ConversationStore;
import vn.gialai.dvcbot.core.message.ConversationKey;
import vn.gialai.dvcbot.core.message.TranscriptMessage;

/**
 * The anonymised conversations of a date range as CSV, for the province's own analysis: one line per message,
 * conversations numbered 1, 2, … in order of their first message in the range (a number that leads back to no
 * one), no platform ids, no volunteer names (also not inside the bot's notices), every text masked
 * ({@link ExportMasking}). Transcripts are kept
 * {@code DVC_CONVERSATION_RETENTION} (90 days), so older days export nothing.
 */
final class ConversationExport {

    static final String HEADER = "conversation,date,time,channel,from,kind,entryId,text";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final RedisStatistics store;
    private final ConversationStore conversations;
    private final StaffAccounts staff;
    private final ZoneId zone;

    ConversationExport(RedisStatistics store, ConversationStore conversations, StaffAccounts staff, ZoneId zone) {
        this.store = store;
        this.conversations = conversations;
        this.staff = staff;
        this.zone = zone;
    }

    String csv(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<Chat> chats = new ArrayList<>();
        for (String id : store.active(from, to)) {
            ConversationKey key = ConversationKey.parse(id);
            List<TranscriptMessage> inRange = conversations.transcript(key, 0).stream()
                    .filter(m -> m.at() != null && !m.at().isBefore(start) && m.at().isBefore(end)).toList();
            if (!inRange.isEmpty()) {
                chats.add(new Chat(key.channel(), inRange));
            }
        }
        chats.sort(Comparator.comparing((Chat c) -> c.messages().get(0).at()));
        // Volunteers' names appear in the bot's notices ("Tình nguyện viên Lan đã nhận…"): longest first.
        List<Pattern> names = staff.all().stream().map(StaffAccount::displayName)
                .filter(n -> n != null && !n.isBlank()).sorted(Comparator.comparingInt(String::length).reversed())
                .map(n -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n.strip())
                        + "(?![\\p{L}\\p{N}])"))
                .toList();
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (int n = 0; n < chats.size(); n++) {
            Chat chat = chats.get(n);
            for (TranscriptMessage m : chat.messages()) {
                LocalDateTime local = LocalDateTime.ofInstant(m.at(), zone);
                csv.append(n + 1).append(',').append(local.toLocalDate()).append(',').append(local.format(TIME))
                        .append(',').append(StatsQuery.contractName(chat.channel())).append(',')
                        .append(m.from().name().toLowerCase(Locale.ROOT)).append(',')
                        .append(m.kind().name().toLowerCase(Locale.ROOT)).append(',')
                        .append(m.entryId() == null ? "" : m.entryId()).append(',')
                        .append(quoted(withoutNames(ExportMasking.mask(m.text()), names))).append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String withoutNames(String text, List<Pattern> names) {
        String masked = text;
        for (Pattern name : names) {
            masked = name.matcher(masked).replaceAll("[tên]");
        }
        return masked;
    }

    private record Chat(String channel, List<TranscriptMessage> messages) {
    }

    /** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a citizen's text as a formula. */
    static String quoted(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
