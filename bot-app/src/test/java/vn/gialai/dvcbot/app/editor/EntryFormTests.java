package vn.gialai.dvcbot.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.Entry;

class EntryFormTests {

    @Test
    void everyBundledEntrySurvivesTheFormUnchanged() {
        for (Entry entry : new ContentLoader().loadBundled().content().entries()) {
            assertThat(EntryForm.of(entry).toEntry()).as(entry.id()).isEqualTo(entry);
        }
    }

    @Test
    void emptyRowsAndBlankFieldsAreDropped() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", "  Giấy phép karaoke ");
        form.add("kind", "procedure");
        form.add("steps", "Nộp hồ sơ");
        form.add("steps", "  ");
        form.add("steps", "Nhận kết quả");
        form.add("examples", "xin giay phep karaoke\n\n  giấy phép karaoke ở mô  \n");
        form.add("sources", "Cổng dịch vụ công | https://dichvucong.gov.vn");
        form.add("fees", "");

        Entry entry = EntryForm.read("karaoke-license", form).toEntry();

        assertThat(entry.title()).isEqualTo("Giấy phép karaoke");
        assertThat(entry.steps()).containsExactly("Nộp hồ sơ", "Nhận kết quả");
        assertThat(entry.examples()).containsExactly("xin giay phep karaoke", "giấy phép karaoke ở mô");
        assertThat(entry.sources()).containsExactly(new Entry.Source("Cổng dịch vụ công", "https://dichvucong.gov.vn"));
        assertThat(entry.fees()).isNull();
        assertThat(entry.online()).isNull();
    }

    @Test
    void unverifiedLinesNameTheirFieldAndWordsAndFeeLinesTheirActAndAmount() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("kind", "procedure");
        form.add("fees", "Cấp lại 70.000 đồng.");
        form.add("feeAmounts", "can-cuoc-cap-lai | 70.000\nhong-co-so |");
        form.add("unverified", "fees | giảm 50% | Các nguồn nói khác nhau.\nsteps | | Cần xem lại.\nCâu hỏi còn mở cho biên tập viên.");

        Entry entry = EntryForm.read("id-card", form).toEntry();

        assertThat(entry.feeAmounts()).containsExactly(new Entry.FeeAmount("can-cuoc-cap-lai", 70_000L),
                new Entry.FeeAmount("hong-co-so", null));
        assertThat(entry.unverified()).containsExactly(
                new Entry.Unverified("fees", "giảm 50%", "Các nguồn nói khác nhau."),
                new Entry.Unverified("steps", null, "Cần xem lại."),
                Entry.Unverified.note("Câu hỏi còn mở cho biên tập viên."));
        assertThat(EntryForm.of(entry).unverified()).isEqualTo(
                "fees | giảm 50% | Các nguồn nói khác nhau.\nsteps |  | Cần xem lại.\nCâu hỏi còn mở cho biên tập viên.");
    }
}
