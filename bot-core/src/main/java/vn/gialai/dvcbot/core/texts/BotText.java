package vn.gialai.dvcbot.core.texts;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gialai.dvcbot.core.text.VietnameseFolding;

/**
 * Every text the bot says on its own. The key is how the knowledge base's {@code _texts.yaml} and the editor name
 * it; the description tells editors where citizens (or volunteers) see it; the default is what the code says when
 * the knowledge base has no usable wording for the key. A {@code {name}} in the default is a placeholder the code
 * fills; an editor's wording must keep exactly the same placeholders.
 */
// Over 250 lines on purpose: a catalogue with one constant per text, the list editors see, not logic.
public enum BotText {

    MENU_PROMPT("menu.prompt", Form.TEXT, "Lời mời chọn chủ đề, dưới lời chào và khi bà con gõ “menu”.", """
            Bà con chọn một chủ đề bên dưới, hoặc gõ câu hỏi, ví dụ: “làm căn cước ở đâu”, \
            “đăng ký khai sinh cần giấy tờ gì”."""),
    EMPTY_MESSAGE("message.empty", Form.TEXT, "Khi bà con gửi tin nhắn trống.", """
            Bà con chưa nhập nội dung. Bà con cứ gõ câu hỏi về thủ tục cần làm, \
            hoặc gõ “menu” để xem các chủ đề."""),
    MEDIA_MESSAGE("message.media", Form.TEXT, "Khi bà con gửi hình ảnh, nhãn dán, tệp, vị trí hay tin nhắn thoại.", """
            Cảm ơn bà con. Hiện tôi chỉ đọc được tin nhắn bằng chữ, chưa xem được hình ảnh, nhãn dán, \
            tệp hay vị trí. Bà con vui lòng gõ câu hỏi bằng chữ, hoặc chọn “Gặp tình nguyện viên” để được người hỗ trợ."""),
    FALLBACK_FIRST("fallback.first", Form.TEXT, "Khi bot chưa hiểu câu hỏi (lần đầu).", """
            Xin lỗi bà con, tôi chưa hiểu rõ câu hỏi này. Bà con thử hỏi ngắn gọn hơn và nêu tên giấy tờ \
            hoặc thủ tục, ví dụ “làm lại căn cước bị mất”. Bà con cũng có thể chọn chủ đề hoặc gặp tình nguyện viên."""),
    FALLBACK_REPEATED("fallback.repeated", Form.TEXT,
            "Khi bot chưa hiểu hai lần liền: mời gặp tình nguyện viên (bà con gõ “có” là đồng ý).", """
            Xin lỗi bà con, tôi vẫn chưa tìm được câu trả lời phù hợp. Bà con có muốn nói chuyện với \
            tình nguyện viên Đoàn Thanh niên không? Tình nguyện viên sẽ hỗ trợ trực tiếp."""),
    CLARIFY("clarify", Form.TEXT, "Khi câu hỏi hợp với vài thủ tục: câu mở đầu trước danh sách để chọn.",
            "Tôi chưa chắc bà con hỏi về thủ tục nào. Bà con chọn một mục dưới đây nhé:"),
    CONFIRM("confirm.question", Form.TEXT, "Khi bot đoán một thủ tục và hỏi lại; {title} là tên thủ tục.",
            "Có phải bà con hỏi về “{title}” không ạ?"),
    CONFIRM_YES("confirm.yes", Form.LABEL, "Nút đồng ý với câu hỏi lại.", "Có"),
    CONFIRM_NO("confirm.no", Form.LABEL, "Nút không đồng ý với câu hỏi lại.", "Không, chủ đề khác"),
    CONFIRMATION_DECLINED("confirm.declined", Form.TEXT, "Khi bà con trả lời “không” với câu hỏi lại.", """
            Xin lỗi bà con, tôi đoán chưa đúng. Tôi đã ghi lại để người biên tập bổ sung. Bà con gõ lại câu hỏi \
            và nêu rõ tên giấy tờ hoặc thủ tục, hoặc chọn chủ đề bên dưới, hoặc gặp tình nguyện viên."""),
    NOTHING_TO_CONFIRM("confirm.nothing", Form.TEXT,
            "Khi bà con gõ “có” hay “không” mà bot không hỏi gì (hoặc câu hỏi đã quá cũ).", """
            Bà con muốn hỏi về thủ tục nào ạ? Bà con gõ câu hỏi, ví dụ “làm căn cước ở đâu”, \
            hoặc chọn chủ đề bên dưới."""),
    STALE_CHOICE("choice.stale", Form.TEXT, "Khi bà con bấm một nút cũ không còn dùng được.",
            "Lựa chọn này không còn dùng được. Bà con chọn lại trong danh sách dưới đây nhé."),
    NUMBER_OUT_OF_RANGE("choice.number-out-of-range", Form.TEXT,
            "Khi bà con gõ số không có trong danh sách; {max} là số lớn nhất.", "Bà con chọn một số từ 1 đến {max} nhé."),
    TOPIC_INTRO("topic.intro", Form.TEXT, "Câu mở đầu danh sách thủ tục của một chủ đề; {topic} là tên chủ đề.",
            "Các thủ tục về {topic}. Bà con chọn một mục:"),
    PICK_SECTION("answer.pick-section", Form.TEXT, "Dưới câu trả lời, trước các nút xem thêm từng phần.",
            "Bà con muốn xem thêm phần nào?"),
    NO_SECTION_CONTENT("answer.no-section", Form.TEXT, "Khi phần bà con hỏi chưa có thông tin trong mục.",
            "Phần này chưa có thông tin cho thủ tục này. Bà con hỏi thêm tình nguyện viên hoặc bộ phận một cửa nhé."),
    UNVERIFIED_NOTE("answer.unverified-note", Form.TEXT,
            "Dưới câu trả lời có chi tiết đánh dấu (*) vì đang được kiểm tra lại.",
            "(*) Chi tiết có dấu này đang được kiểm tra lại; bà con hỏi lại nơi nộp trước khi đi cho chắc."),
    REVIEWED("answer.reviewed", Form.TEXT, "Dòng cuối câu trả lời; {date} là ngày kiểm tra mục (dd/MM/yyyy).",
            "(Thông tin được kiểm tra ngày {date})"),
    ASK_RATING("rating.ask", Form.TEXT, "Cuối câu trả lời, hỏi câu trả lời có giúp ích không.",
            "Câu trả lời có giúp ích không?"),
    LABEL_HELPFUL("rating.helpful", Form.LABEL, "Nút “có ích” dưới câu trả lời.", "👍 Có ích"),
    LABEL_UNHELPFUL("rating.unhelpful", Form.LABEL, "Nút “chưa giúp được” dưới câu trả lời.", "👎 Chưa giúp được"),
    THANKS_FOR_RATING("rating.thanks", Form.TEXT, "Sau khi bà con bấm “có ích”.", """
            Cảm ơn bà con đã cho biết! Bà con cần hỏi thêm thủ tục nào cứ gõ câu hỏi, \
            hoặc chọn chủ đề bên dưới."""),
    SORRY_UNHELPFUL("rating.sorry", Form.TEXT, "Sau khi bà con bấm “chưa giúp được”: mời gặp tình nguyện viên.", """
            Xin lỗi bà con vì câu trả lời chưa giúp được. Tôi đã ghi lại để người biên tập sửa cho đúng. \
            Bà con có muốn nói chuyện với tình nguyện viên Đoàn Thanh niên không? Hoặc bà con hỏi lại theo cách khác."""),
    LABEL_MENU("label.menu", Form.LABEL, "Nút quay về danh sách chủ đề.", "Về danh sách chủ đề"),
    LABEL_HANDOFF("label.handoff", Form.LABEL, "Nút gặp tình nguyện viên.", "Gặp tình nguyện viên"),
    INTERNAL_ERROR("error.internal", Form.TEXT, "Khi bot gặp lỗi lúc xử lý một tin nhắn.", """
            Xin lỗi bà con, tôi gặp trục trặc khi xử lý tin nhắn này. Bà con gõ lại câu hỏi, \
            hoặc gõ “menu” để xem các chủ đề nhé."""),
    HANDOFF_UNAVAILABLE("handoff.unavailable", Form.TEXT,
            "Khi kênh này chưa nối được với tình nguyện viên (công cụ dòng lệnh, thử nghiệm).", """
            Hiện chưa kết nối được với tình nguyện viên qua kênh này. Bà con có thể đến bộ phận một cửa của \
            UBND xã, phường nơi mình ở để được hướng dẫn tận nơi, hoặc tiếp tục hỏi tôi."""),

    HANDOFF_QUEUED("handoff.queued", Form.TEXT,
            "Khi bà con xin gặp tình nguyện viên; {position} là câu “vị trí trong hàng chờ” (bỏ trống khi chưa biết).",
            "Tôi đã chuyển yêu cầu của bà con đến tình nguyện viên Đoàn Thanh niên. {position}"),
    HANDOFF_POSITION("handoff.position", Form.TEXT,
            "Câu cho bà con biết vị trí trong hàng chờ, chèn vào các thông báo khác; {number} là vị trí.",
            "Bà con đang ở vị trí số {number} trong hàng chờ."),
    WAIT_UNKNOWN("handoff.wait-unknown", Form.TEXT, "Sau khi xếp hàng, khi chưa đủ số liệu để ước tính thời gian chờ.",
            "Hiện chưa đủ số liệu để ước tính thời gian chờ; tình nguyện viên sẽ trả lời sớm nhất có thể."),
    WAIT_TYPICAL("handoff.wait-typical", Form.TEXT,
            "Sau khi xếp hàng: thời gian chờ thường gặp gần đây; {typical} như “khoảng 4 phút”.",
            "Gần đây, thời gian chờ thường {typical}."),
    WAIT_TYPICAL_LONGER("handoff.wait-typical-longer", Form.TEXT,
            "Như trên, khi có lúc phải chờ lâu hơn; {longer} là thời gian chờ lâu.",
            "Gần đây, thời gian chờ thường {typical}, có lúc đến {longer}."),
    WHILE_WAITING("handoff.while-waiting", Form.TEXT, "Dưới thông báo xếp hàng: bà con làm gì trong lúc chờ.", """
            Trong lúc chờ, bà con cứ nhắn thêm điều cần hỏi, tình nguyện viên sẽ đọc hết. \
            Không cần nữa thì bà con gõ “hủy”."""),
    OUTSIDE_HOURS("handoff.outside-hours", Form.TEXT,
            "Khi xếp hàng ngoài giờ trực; {hours} là lịch trực, {next} là lúc có người trực sớm nhất.", """
            Bây giờ ngoài giờ trực của tình nguyện viên ({hours}). Yêu cầu của bà con vẫn được giữ trong hàng chờ; \
            tình nguyện viên sẽ trả lời khi vào ca, sớm nhất {next}. \
            Nếu việc gấp, bà con đến bộ phận một cửa của UBND xã, phường trong giờ hành chính."""),
    OUTSIDE_HOURS_NO_SCHEDULE("handoff.outside-hours-no-schedule", Form.TEXT,
            "Khi xếp hàng mà chưa có lịch trực nào.", """
            Hiện chưa có lịch trực của tình nguyện viên. Yêu cầu của bà con vẫn được giữ và sẽ được trả lời \
            khi có người trực. Nếu việc gấp, bà con đến bộ phận một cửa của UBND xã, phường trong giờ hành chính."""),
    ASK_COMMUNE("handoff.ask-commune", Form.TEXT, "Hỏi bà con ở xã, phường nào (khi chưa biết).", """
            Bà con đang ở xã hoặc phường nào? Ví dụ: “Ia Grai”, “phường Pleiku” (gõ không dấu cũng được). \
            Biết nơi bà con ở, đội tình nguyện viên của địa phương sẽ hỗ trợ sát hơn."""),
    PICK_COMMUNE("handoff.pick-commune", Form.TEXT, "Khi tên bà con gõ hợp với vài xã, phường.",
            "Bà con ở xã, phường nào dưới đây?"),
    COMMUNE_NOT_FOUND("handoff.commune-not-found", Form.TEXT,
            "Khi không tìm thấy xã, phường bà con gõ; {answer} là chữ bà con gõ.", """
            Tôi chưa tìm thấy “{answer}” trong danh sách 135 xã, phường của tỉnh Gia Lai. \
            Bà con gõ lại tên xã, phường (không dấu cũng được), hoặc chọn “Bỏ qua”."""),
    COMMUNE_NOTED("handoff.commune-noted", Form.TEXT,
            "Khi đã ghi nhận xã, phường; {commune} là tên xã, phường, {position} là câu vị trí trong hàng chờ.",
            "Cảm ơn bà con, tôi đã ghi nhận: {commune}. {position}"),
    COMMUNE_SKIPPED("handoff.commune-skipped", Form.TEXT, "Khi bà con bỏ qua câu hỏi xã, phường.",
            "Không sao ạ, tình nguyện viên sẽ hỏi thêm nếu cần."),
    STILL_WAITING("handoff.still-waiting", Form.TEXT,
            "Khi bà con nhắn thêm trong lúc chờ; {position} là câu vị trí trong hàng chờ.",
            "Tôi đã chuyển tin nhắn này cho tình nguyện viên. {position} Không cần nữa thì bà con gõ “hủy”."),
    TICKETS_REFUSED("handoff.too-many", Form.TEXT,
            "Khi bà con xin gặp tình nguyện viên quá nhiều lần trong thời gian ngắn (giới hạn chống quấy rối).", """
            Bà con đã gửi nhiều yêu cầu gặp tình nguyện viên trong thời gian ngắn. Bà con vui lòng chờ ít phút rồi thử \
            lại, hoặc hỏi tiếp để bot trả lời trước nhé."""),
    CANCELLED("handoff.cancelled", Form.TEXT, "Khi bà con hủy yêu cầu gặp tình nguyện viên.",
            "Tôi đã hủy yêu cầu gặp tình nguyện viên. Bà con cứ tiếp tục hỏi tôi, hoặc chọn một chủ đề."),
    CLAIMED("handoff.claimed", Form.TEXT, "Khi tình nguyện viên nhận hỗ trợ; {volunteer} là tên tình nguyện viên.", """
            Tình nguyện viên {volunteer} đã nhận hỗ trợ bà con và sẽ nhắn ngay tại đây. \
            Bà con chờ trong giây lát nhé."""),
    RELEASED("handoff.released", Form.TEXT,
            "Khi tình nguyện viên trả yêu cầu về hàng chờ; {position} là câu vị trí trong hàng chờ.",
            "Tình nguyện viên vừa chuyển yêu cầu của bà con lại hàng chờ để người khác tiếp tục hỗ trợ. {position}"),
    LEASE_LAPSED("handoff.lease-lapsed", Form.TEXT,
            "Khi tình nguyện viên vắng quá lâu, yêu cầu trở lại hàng chờ; {position} là câu vị trí trong hàng chờ.", """
            Tình nguyện viên tạm thời vắng mặt nên yêu cầu của bà con đã trở lại hàng chờ. {position} \
            Tình nguyện viên khác sẽ sớm hỗ trợ bà con."""),
    CLOSED_ASK_RATING("handoff.closed-ask-rating", Form.TEXT,
            "Khi tình nguyện viên kết thúc cuộc trò chuyện đã hỗ trợ: mời chấm điểm.", """
            Tình nguyện viên đã kết thúc cuộc trò chuyện. Từ giờ tôi, trợ lý tự động, tiếp tục trả lời bà con. \
            Bà con chấm điểm sự hỗ trợ vừa rồi từ 1 (chưa tốt) đến 5 (rất tốt) nhé:"""),
    CLOSED("handoff.closed", Form.TEXT, "Khi cuộc trò chuyện với tình nguyện viên kết thúc (không chấm điểm).", """
            Cuộc trò chuyện với tình nguyện viên đã kết thúc. Từ giờ tôi, trợ lý tự động, tiếp tục trả lời bà con. \
            Bà con cần gì cứ hỏi nhé."""),
    RATED("handoff.rated", Form.TEXT, "Sau khi bà con chấm điểm tình nguyện viên.",
            "Cảm ơn bà con đã chấm điểm! Ý kiến của bà con giúp đội tình nguyện viên hỗ trợ tốt hơn."),
    ALREADY_RATED("handoff.already-rated", Form.TEXT, "Khi bà con chấm điểm lần nữa cho cùng một lần hỗ trợ.",
            "Bà con đã chấm điểm cho lần hỗ trợ này rồi. Cảm ơn bà con!"),
    LABEL_CANCEL("handoff.label-cancel", Form.LABEL, "Nút hủy yêu cầu gặp tình nguyện viên.", "Hủy yêu cầu"),
    LABEL_SKIP("handoff.label-skip", Form.LABEL, "Nút bỏ qua câu hỏi xã, phường.", "Bỏ qua"),
    RATING_1("handoff.rating-1", Form.LABEL, "Nút chấm 1 điểm.", "1 - Chưa tốt"),
    RATING_2("handoff.rating-2", Form.LABEL, "Nút chấm 2 điểm.", "2 - Tạm được"),
    RATING_3("handoff.rating-3", Form.LABEL, "Nút chấm 3 điểm.", "3 - Được"),
    RATING_4("handoff.rating-4", Form.LABEL, "Nút chấm 4 điểm.", "4 - Tốt"),
    RATING_5("handoff.rating-5", Form.LABEL, "Nút chấm 5 điểm.", "5 - Rất tốt"),

    PICK_BY_NUMBER("channel.pick-by-number", Form.TEXT,
            "Trên Zalo, dưới danh sách lựa chọn đánh số: cách chọn bằng số.", "Bà con gõ số thứ tự (ví dụ: 1) để chọn."),
    PICK_BELOW("channel.pick-below", Form.TEXT, "Trên Telegram, khi chỉ có các nút mà không có lời nào đi kèm.",
            "Bà con chọn một mục bên dưới:"),

    MENU_PHRASES("phrases.menu", Form.PHRASES, """
            Bà con gõ đúng một câu trong danh sách (có dấu hay không dấu đều được) là muốn xem danh sách chủ đề; \
            giữ “menu” và “hướng dẫn” (lệnh /help của Telegram dùng câu này).""", """
            menu
            hướng dẫn
            bắt đầu
            start
            trang chủ
            danh sách
            chủ đề
            help
            trợ giúp
            xem menu
            về menu
            về danh sách chủ đề
            menu chính"""),
    HANDOFF_PHRASES("phrases.handoff", Form.PHRASES,
            "Bà con gõ đúng một câu trong danh sách là muốn gặp tình nguyện viên (người thật).", """
            gặp tình nguyện viên
            tình nguyện viên
            volunteer
            gặp người thật
            người thật
            tnv
            gặp tnv
            cho gặp tình nguyện viên
            tôi muốn gặp tình nguyện viên
            muốn gặp tình nguyện viên
            gặp người hỗ trợ
            cần người hỗ trợ
            nói chuyện với người thật"""),
    CANCEL_PHRASES("phrases.cancel", Form.PHRASES,
            "Trong lúc chờ tình nguyện viên, bà con gõ đúng một câu trong danh sách là hủy yêu cầu.", """
            hủy
            hủy yêu cầu
            hủy bỏ
            cancel
            thôi
            thôi không cần
            thôi không cần nữa
            không cần nữa
            không cần
            ko cần nữa
            k cần nữa
            hủy gặp tình nguyện viên"""),
    YES_PHRASES("phrases.yes", Form.PHRASES,
            "Bà con gõ đúng một câu trong danh sách là trả lời “có” (đồng ý với câu hỏi lại, nhận lời gặp tình nguyện viên).",
            """
            có
            có ạ
            dạ có
            vâng
            vâng ạ
            dạ
            dạ vâng
            ok
            oke
            okay
            uh
            ừ
            ừm
            đồng ý
            có chứ
            muốn
            có muốn
            tôi muốn
            yes
            được
            được ạ
            gặp
            có gặp"""),
    NO_PHRASES("phrases.no", Form.PHRASES,
            "Bà con gõ đúng một câu trong danh sách là trả lời “không” (bot đoán sai thủ tục, câu trả lời chưa giúp được).",
            """
            không
            không ạ
            ko
            k
            không phải
            ko phải
            k phải
            kp
            không phải ạ
            sai
            sai rồi
            không đúng
            ko đúng
            no
            hông
            hông phải
            không phải cái đó
            không có
            chủ đề khác
            dạ không
            dạ không phải
            khum
            hok
            không phải vậy"""),

    ALERT("alert.new", Form.TEXT, """
            Tin báo trong nhóm Telegram của tình nguyện viên khi có yêu cầu mới (mỗi dòng một ý); {ticket} là số yêu \
            cầu, {commune} xã, phường, {channel} kênh, {sent} giờ gửi, {waited} thời gian đã chờ.""", """
            🔔 Bà con cần hỗ trợ – yêu cầu #{ticket}
            Xã, phường: {commune}
            Kênh: {channel}
            Gửi lúc: {sent}
            Đã chờ: {waited}"""),
    ALERT_QUESTION("alert.question", Form.TEXT, "Dòng câu hỏi trong tin báo tình nguyện viên; {question} là câu hỏi.",
            "Câu hỏi: “{question}”"),
    ALERT_LINK("alert.link", Form.TEXT, "Dòng đường dẫn trong tin báo tình nguyện viên; {link} là địa chỉ.",
            "Mở trong hàng chờ: {link}"),
    ALERT_COMMUNE_UNKNOWN("alert.commune-unknown", Form.LABEL, "Tin báo tình nguyện viên, khi chưa biết xã, phường.",
            "chưa rõ"),
    ALERT_WEBCHAT("alert.channel-webchat", Form.LABEL, "Tên kênh trò chuyện trên trang web, trong tin báo tình nguyện viên.",
            "Trang web"),
    ALERT_UNDER_A_MINUTE("alert.under-a-minute", Form.LABEL, "Tin báo tình nguyện viên: đã chờ chưa tới 1 phút.",
            "dưới 1 phút"),
    ALERT_MINUTES("alert.minutes", Form.LABEL, "Tin báo tình nguyện viên: số phút đã chờ; {minutes} là số phút.",
            "{minutes} phút"),
    ALERT_WAITING("alert.waiting", Form.TEXT, "Dòng cuối tin báo tình nguyện viên, khi chưa ai nhận.",
            "⏳ Đang chờ người nhận."),
    ALERT_CLAIMED("alert.claimed", Form.TEXT, "Tin báo được sửa khi có người nhận ngay; {volunteer} là tên.",
            "✅ Tình nguyện viên {volunteer} đã nhận."),
    ALERT_CLAIMED_AFTER("alert.claimed-after", Form.TEXT,
            "Tin báo được sửa khi có người nhận sau khi bà con chờ; {volunteer} là tên, {minutes} số phút.",
            "✅ Tình nguyện viên {volunteer} đã nhận sau {minutes} phút chờ."),
    ALERT_RELEASED("alert.released", Form.TEXT, "Tin báo được sửa khi tình nguyện viên trả yêu cầu về hàng chờ.",
            "↩️ Yêu cầu trở lại hàng chờ, cần người nhận."),
    ALERT_LAPSED("alert.lapsed", Form.TEXT, "Tin báo được sửa khi yêu cầu trở lại hàng chờ vì tình nguyện viên vắng.",
            "↩️ Yêu cầu trở lại hàng chờ (tình nguyện viên không trả lời kịp), cần người nhận."),
    ALERT_CLOSED("alert.closed", Form.TEXT, "Tin báo được sửa khi yêu cầu đã xong.", "☑️ Đã xong.");

    /** The longest text one chat bubble should carry (issue 14: readable on a phone). */
    public static final int MAX_TEXT_CHARS = 600;
    /** Buttons show little: Zalo cuts longer titles. */
    public static final int MAX_LABEL_CHARS = 40;

    /** Enum constants are built before the enum's own static fields: the pattern they need lives here. */
    private static final class Syntax {
        static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    }

    /**
     * A text, a button label (short), or phrases: one per line, what citizens type to give a command; matched whole,
     * with or without diacritics.
     */
    public enum Form {
        TEXT(MAX_TEXT_CHARS), LABEL(MAX_LABEL_CHARS), PHRASES(MAX_LABEL_CHARS);

        private final int maxChars;

        Form(int maxChars) {
            this.maxChars = maxChars;
        }

        public int maxChars() {
            return maxChars;
        }
    }

    private final String key;
    private final Form form;
    private final String description;
    private final String defaultText;
    private final Set<String> placeholders;

    BotText(String key, Form form, String description, String defaultText) {
        this.key = key;
        this.form = form;
        this.description = description;
        this.defaultText = defaultText;
        this.placeholders = placeholdersOf(defaultText);
    }

    public String key() {
        return key;
    }

    public Form form() {
        return form;
    }

    /** Where the text is seen, for editors (Vietnamese). */
    public String description() {
        return description;
    }

    public String defaultText() {
        return defaultText;
    }

    /** The names the code fills in, e.g. {@code title} for {@code {title}}. */
    public Set<String> placeholders() {
        return placeholders;
    }

    public static Optional<BotText> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /** The placeholder names a wording uses, in order of first use. */
    public static Set<String> placeholdersOf(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Syntax.PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return Set.copyOf(names);
    }

    /** Why a wording cannot stand in for this text, in Vietnamese for editors; empty when it can. */
    public Optional<String> problemWith(String wording) {
        if (wording == null || wording.isBlank()) {
            return Optional.of("đang để trống");
        }
        if (form == Form.PHRASES) {
            return phrasesProblem(wording);
        }
        Set<String> used = placeholdersOf(wording);
        if (!used.equals(placeholders)) {
            return Optional.of(placeholders.isEmpty()
                    ? "không dùng chỗ điền nào, bỏ " + braces(used)
                    : "phải có đúng các chỗ điền " + braces(placeholders) + " (đang có " + braces(used) + ")");
        }
        if (wording.strip().length() > form.maxChars) {
            return Optional.of("dài " + wording.strip().length() + " ký tự; tối đa " + form.maxChars
                    + (form == Form.LABEL ? " ký tự cho một nút" : " ký tự cho một tin nhắn"));
        }
        return Optional.empty();
    }

    private static Optional<String> phrasesProblem(String wording) {
        Set<String> seen = new LinkedHashSet<>();
        for (String line : wording.strip().split("\\R")) {
            String phrase = line.strip();
            if (phrase.isEmpty()) {
                return Optional.of("có dòng trống; mỗi dòng một câu");
            }
            if (phrase.length() > Form.PHRASES.maxChars) {
                return Optional.of("câu “" + phrase + "” dài quá " + Form.PHRASES.maxChars + " ký tự");
            }
            if (!seen.add(VietnameseFolding.foldWords(phrase))) {
                return Optional.of("câu “" + phrase + "” bị ghi hai lần (không tính dấu)");
            }
        }
        return Optional.empty();
    }

    /** The phrases of a {@link Form#PHRASES} wording, one per line, folded as citizens' messages are compared. */
    public static Set<String> foldedPhrases(String wording) {
        Set<String> folded = new LinkedHashSet<>();
        for (String line : wording.strip().split("\\R")) {
            if (!line.isBlank()) {
                folded.add(VietnameseFolding.foldWords(line));
            }
        }
        return Set.copyOf(folded);
    }

    private static String braces(Set<String> names) {
        return names.isEmpty() ? "(không có)" : String.join(", ", names.stream().sorted().map(n -> "{" + n + "}").toList());
    }
}
