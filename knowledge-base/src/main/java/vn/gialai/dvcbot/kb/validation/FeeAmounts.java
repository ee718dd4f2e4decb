package vn.gialai.dvcbot.kb.validation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gialai.dvcbot.kb.content.ContentProblem;
import vn.gialai.dvcbot.kb.content.Entry;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;

/**
 * Declared fee amounts ({@code fee_amounts}): each must be what the entry's {@code fees} text says, and two
 * entries must not state different amounts for the same act.
 */
final class FeeAmounts {

    private FeeAmounts() {
    }

    static void check(KnowledgeBaseContent content, List<ContentProblem> problems) {
        Map<String, Declared> first = new LinkedHashMap<>();
        for (Entry entry : content.entries()) {
            String file = content.files().getOrDefault(String.valueOf(entry.id()), entry.id() + ".yaml");
            for (int i = 0; i < entry.feeAmounts().size(); i++) {
                Entry.FeeAmount fee = entry.feeAmounts().get(i);
                String field = "fee_amounts[" + i + "]";
                if (fee == null || fee.act() == null || !fee.act().strip().matches("[a-z0-9]+(-[a-z0-9]+)*")
                        || fee.amount() == null || fee.amount() < 0) {
                    problems.add(new ContentProblem(file, field, "cần act (mã việc, chữ thường không dấu nối bằng "
                            + "\"-\") và amount (số tiền bằng đồng, 0 là miễn phí)"));
                    continue;
                }
                if (!stated(entry.fees(), fee.amount())) {
                    problems.add(new ContentProblem(file, field, "trường fees không ghi số tiền "
                            + written(fee.amount()) + " của " + fee.act()));
                }
                Declared other = first.putIfAbsent(fee.act().strip(), new Declared(file, fee.amount()));
                if (other != null && !other.amount().equals(fee.amount())) {
                    problems.add(new ContentProblem(file, field, fee.act() + " là " + written(fee.amount())
                            + " ở đây nhưng " + written(other.amount()) + " ở " + other.file()
                            + "; một việc chỉ có một mức lệ phí"));
                }
            }
        }
    }

    private static boolean stated(String fees, long amount) {
        if (fees == null) {
            return false;
        }
        String text = fees.toLowerCase(Locale.ROOT);
        return amount == 0 ? text.contains("miễn") || text.contains("không thu") || text.contains("không mất")
                : text.contains(written(amount));
    }

    /** 70000 → "70.000 đồng", the way Vietnamese writes amounts. */
    static String written(long amount) {
        if (amount == 0) {
            return "miễn phí";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,###", symbols).format(amount) + " đồng";
    }

    private record Declared(String file, Long amount) {
    }
}
