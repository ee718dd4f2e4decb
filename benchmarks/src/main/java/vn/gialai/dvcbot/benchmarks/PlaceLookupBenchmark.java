package vn.gialai.dvcbot.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.places.PlaceDirectory;
import vn.gialai.dvcbot.core.places.PlaceReply;
import vn.gialai.dvcbot.kb.communes.CommuneDataLoader;
import vn.gialai.dvcbot.kb.communes.CommuneDirectory;
import vn.gialai.dvcbot.kb.communes.TeamSessions;

/**
 * What the place lookup adds to every message (the conversation asks it before the procedures): an address
 * question, a procedure question that names a commune (answered "no" by the lookup), and a misspelt old name.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlaceLookupBenchmark {

    private static final List<String> ADDRESS = List.of("xã Phước Lộc cũ giờ là xã nào", "thi tran dieu tri",
            "Thị Trấn Ia Kha huyện Ia Grai giờ thuộc xã nào", "bo phan mot cua phuong quy nhon nam o dau");
    private static final List<String> PROCEDURE = List.of("làm giấy khai sinh cho con ở xã Ia Grai cần giấy tờ gì",
            "đăng ký kết hôn mất bao lâu", "cccd bi mat thi lam lai o dau vay ad", "thủ tục sang tên sổ đỏ");
    private static final List<String> TYPO = List.of("xa phuoc loc cu gio la xa nao", "thi tran dieu tr giờ là xã nào",
            "xã Ân Hảo Tâyy giờ thuộc xã nào", "phuong tran quag dieu cu");

    @Param({"address", "procedure", "typo"})
    public String kind;

    private PlaceDirectory places;
    private List<String> questions;
    private int next;

    @Setup
    public void load() {
        Communes communes = Communes.bundled();
        places = new CommuneDirectory(communes, new CommuneDataLoader(communes).loadBundled().data())
                .questions(() -> TeamSessions.NONE);
        questions = switch (kind) {
            case "address" -> ADDRESS;
            case "procedure" -> PROCEDURE;
            default -> TYPO;
        };
    }

    @Benchmark
    public Optional<PlaceReply> answer() {
        next = (next + 1) % questions.size();
        return places.answer(questions.get(next));
    }
}
