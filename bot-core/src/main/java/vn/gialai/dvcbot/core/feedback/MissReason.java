package vn.gialai.dvcbot.core.feedback;

/** Why a question lands in the editors' inbox; {@code label} is what editors read. */
public enum MissReason {
    FALLBACK("Bot chưa trả lời được"),
    CLARIFY_IGNORED("Bot hỏi lại nhưng bà con không chọn"),
    CONFIRMATION_DECLINED("Bot đoán thủ tục nhưng bà con nói không phải"),
    RATED_UNHELPFUL("Bà con đánh giá 👎"),
    HANDOFF("Chuyển cho tình nguyện viên");

    public final String label;

    MissReason(String label) {
        this.label = label;
    }
}
