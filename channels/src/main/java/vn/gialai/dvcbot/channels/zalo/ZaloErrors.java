package vn.gialai.dvcbot.channels.zalo;

import java.util.Map;
import java.util.Set;

/**
 * What Zalo's error codes mean for a delivery (research notes §2.3; the same reading as the Chatwoot and Hermes
 * integrations). Codes not listed are treated as temporary: the dispatcher retries and gives up in the end.
 */
final class ZaloErrors {

    static final int RATE_LIMITED = -32;
    static final int INVALID_PARAMETER = -201;
    static final int NIGHT = -234;

    private static final Set<Integer> TOKEN = Set.of(-216, -220, -124);
    private static final Set<Integer> OUT_OF_QUOTA = Set.of(-211, -218);

    /** The codes that mean "this citizen cannot be reached now", with what the volunteer is told. */
    private static final Map<Integer, String> UNREACHABLE = Map.of(
            -213, "Người dân chưa quan tâm (theo dõi) OA hoặc đã bỏ quan tâm, nên Zalo không cho gửi tin.",
            -217, "Người dân đã chặn tin nhắn từ OA.",
            -227, "Tài khoản Zalo của người dân đang bị khóa hoặc không hoạt động quá 45 ngày.",
            -230, "Người dân không tương tác với OA trong 7 ngày qua, nên Zalo không cho gửi tin tư vấn.",
            -232, "Người dân chưa tương tác với OA hoặc lần tương tác đã quá hạn, nên Zalo không cho gửi tin tư vấn.",
            -244, "Người dân đã tắt nhận loại tin này từ OA.");

    private ZaloErrors() {
    }

    static boolean isTokenError(int code) {
        return TOKEN.contains(code);
    }

    static boolean isOutOfQuota(int code) {
        return OUT_OF_QUOTA.contains(code);
    }

    /** Why Zalo refused a message for good, in Vietnamese for the volunteer. */
    static String refusalNotice(int code) {
        return switch (code) {
            case -211 -> "OA đã hết hạn mức gửi tin";
            case -218 -> "người dân đã nhận đủ số tin cho phép từ OA";
            case INVALID_PARAMETER -> "nội dung tin không hợp lệ";
            default -> "mã lỗi " + code;
        };
    }

    /** The Vietnamese notice for an error that means the citizen cannot be reached, or null. */
    static String unreachableNotice(int code) {
        return UNREACHABLE.get(code);
    }
}
