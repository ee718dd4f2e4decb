package vn.gialai.dvcbot.app.stats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gialai.dvcbot.core.feedback.PersonalData;

/**
 * What the anonymised export does to every text: the missed-question inbox's masking (phones, ID numbers, e-mail,
 * the name after "tên tôi là"), and also a full name written anywhere, recognised by a common Vietnamese family
 * name followed by one to three capitalised words ("cho cháu Nguyễn Văn An" → "cho cháu [tên]").
 */
final class ExportMasking {

    private static final String SURNAMES = "Nguyễn|Nguyen|Trần|Tran|Lê|Le|Phạm|Pham|Hoàng|Hoang|Huỳnh|Huynh|Phan|Vũ|Vu|Võ"
            + "|Vo|Đặng|Dang|Bùi|Bui|Đỗ|Do|Hồ|Ho|Ngô|Ngo|Dương|Duong|Lý|Ly|Đinh|Dinh|Đào|Dao|Trương|Truong|Lâm|Lam"
            + "|Mai|Tô|To|Hà|Ha|Cao|Chu|Lưu|Luu|Tạ|Ta|Kiều|Kieu|Siu|Rơ|Ksor|Rmah|Nay|Kpă|Puih|Rahlan";
    private static final Pattern FULL_NAME = Pattern.compile(
            "(?u)\\b(?:" + SURNAMES + ")(?:\\s+\\p{Lu}\\p{L}*){1,3}\\b");

    private ExportMasking() {
    }

    static String mask(String text) {
        String masked = PersonalData.mask(text);
        return FULL_NAME.matcher(masked).replaceAll(Matcher.quoteReplacement("[tên]"));
    }
}
