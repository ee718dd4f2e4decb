package vn.gialai.dvcbot.core.conversation;

import java.util.Arrays;
import java.util.Optional;

/** The parts of an entry a citizen can ask to see after its summary. */
enum Section {
    STEPS("steps", "Các bước"),
    DOCUMENTS("documents", "Giấy tờ cần chuẩn bị"),
    FEES("fees", "Lệ phí và thời gian"),
    WHERE("where", "Nộp ở đâu"),
    ONLINE("online", "Làm trực tuyến");

    final String code;
    final String label;

    Section(String code, String label) {
        this.code = code;
        this.label = label;
    }

    static Optional<Section> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
