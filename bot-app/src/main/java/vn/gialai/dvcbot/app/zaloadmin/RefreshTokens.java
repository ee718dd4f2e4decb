package vn.gialai.dvcbot.app.zaloadmin;

import java.util.regex.Pattern;

/** Checks what an admin pasted before it is sent to Zalo (copying from a web page picks up stray characters). */
final class RefreshTokens {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]{20,4096}");

    private RefreshTokens() {
    }

    /** What is wrong with the pasted value, in Vietnamese, or null when it looks like a token. */
    static String problem(String pasted) {
        String token = pasted == null ? "" : pasted.strip();
        if (token.isEmpty()) {
            return "Vui lòng dán refresh token vào ô trước khi lưu.";
        }
        if (!TOKEN.matcher(token).matches()) {
            return "Giá trị này không giống refresh token của Zalo (chỉ gồm chữ, số và các ký tự - _ . ~ + / =, "
                    + "dài ít nhất 20 ký tự). Vui lòng sao chép lại, không kèm dấu cách hay dấu ngoặc kép.";
        }
        return null;
    }
}
