package vn.gialai.dvcbot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvalCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void printsOneJsonObjectPerQuestionInOrderThenASummaryWithEveryTag() throws Exception {
        Path file = dir.resolve("questions.tsv");
        Files.writeString(file, String.join("\n",
                "thủ tục đăng ký khai tử cho bố\tdeath-registration\tstd",
                "lam lai the can cuoc cong dan bi mat\tid-card\tnodiac",
                "gia ca phe hom nay bao nhieu\t-\toos",
                ""), StandardCharsets.UTF_8);

        int exit = run("eval", file.toString());

        assertThat(exit).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(4);
        JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(first.get("question").asString()).isEqualTo("thủ tục đăng ký khai tử cho bố");
        assertThat(first.get("expected").asString()).isEqualTo("death-registration");
        assertThat(first.get("decision").asString()).isEqualTo("answer");
        assertThat(first.get("top").get(0).get("id").asString()).isEqualTo("death-registration");
        assertThat(first.get("top").get(0).get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(lines.get(0)).contains("\"top\":[{\"id\":\"death-registration\",\"score\":");
        assertThat(first.get("choices").isArray()).isTrue();
        JsonNode outOfScope = JsonMapper.builder().build().readTree(lines.get(2));
        assertThat(outOfScope.get("decision").asString()).isEqualTo("fallback");
        assertThat(lines.get(3)).startsWith("# overall n=3 ")
                .contains("std: ", "nodiac: ", "teen: ", "dialect: ", "typo: ", "long: ", "oos: ");
    }

    @Test
    void evaluatesAnotherContentFolderWithKb() throws Exception {
        Path file = dir.resolve("q.tsv");
        Files.writeString(file, "khai tử ở đâu\tdeath-registration\n", StandardCharsets.UTF_8);
        Path fixture = Path.of(getClass().getResource("/").toURI()).resolve("nothing-here");

        assertThat(run("eval", file.toString(), "--kb", fixture.toString())).isEqualTo(2);
        assertThat(err()).contains("Knowledge-base folder not found");
    }

    @Test
    void aMalformedLineIsAClearErrorNamingTheLine() throws Exception {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "khai tử ở đâu\tdeath-registration\nno tab here\n", StandardCharsets.UTF_8);

        assertThat(run("eval", file.toString())).isEqualTo(2);
        assertThat(err()).contains("line 2");
    }

    @Test
    void dialoguesArePlayedWithContextOneJsonLineATurnThenASummaryPerTag() throws Exception {
        Path file = dir.resolve("dialogues.tsv");
        Files.writeString(file, String.join("\n",
                "# d1 dialect",
                "làm căn cước cho con mười lăm tuổi\tid-card",
                "# a comment inside the block",
                "nộp ở mô rứa\tid-card#where",
                "mất mấy ngày\tid-card#fees",
                "",
                "# d2 teen",
                "gia vang hom nay bn\t-",
                ""), StandardCharsets.UTF_8);

        int exit = run("eval", "--dialogues", file.toString());

        assertThat(exit).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(5);
        JsonNode where = JsonMapper.builder().build().readTree(lines.get(1));
        assertThat(where.get("dialogue").asString()).isEqualTo("d1");
        assertThat(where.get("decision").asString()).isEqualTo("answer");
        assertThat(where.get("entry").asString()).isEqualTo("id-card");
        assertThat(where.get("section").asString()).isEqualTo("where");
        assertThat(where.get("right").asBoolean()).isTrue();
        assertThat(JsonMapper.builder().build().readTree(lines.get(3)).get("decision").asString()).isEqualTo("fallback");
        assertThat(lines.get(4)).startsWith("# dialogues overall dialogues=2 turns=4 right=1.000 followups=2 "
                + "followups_right=1.000").contains("dialect: dialogues=1", "teen: dialogues=1");
    }

    @Test
    void aDialogueFileWithoutAHeaderOrWithAnUnknownSectionIsAClearError() throws Exception {
        Path noHeader = dir.resolve("no-header.tsv");
        Files.writeString(noHeader, "làm căn cước\tid-card\n", StandardCharsets.UTF_8);
        Path badSection = dir.resolve("bad-section.tsv");
        Files.writeString(badSection, "# d1 std\nlàm căn cước\tid-card#price\n", StandardCharsets.UTF_8);

        assertThat(run("eval", "--dialogues", noHeader.toString())).isEqualTo(2);
        assertThat(err()).contains("line 1").contains("header");
        assertThat(run("eval", "--dialogues", badSection.toString())).isEqualTo(2);
        assertThat(err()).contains("line 2").contains("price");
    }

    @Test
    void withoutAFileItPrintsUsage() {
        assertThat(run("eval")).isEqualTo(2);
        assertThat(err()).contains("Usage: eval [FILE.tsv] [--dialogues DIALOGUES.tsv] [--kb DIR]");
    }

    private int run(String... args) {
        return Commands.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).orElseThrow();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
