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
    void withoutAFileItPrintsUsage() {
        assertThat(run("eval")).isEqualTo(2);
        assertThat(err()).contains("Usage: eval FILE.tsv [--kb DIR]");
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
