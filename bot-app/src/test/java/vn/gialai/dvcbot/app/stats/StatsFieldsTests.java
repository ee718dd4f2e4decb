package vn.gialai.dvcbot.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Field names, histogram buckets and percentiles of the day buckets. */
class StatsFieldsTests {

    @Test
    void aFieldNamesFigureChannelCommuneAndDetailAndReadsBack() {
        String field = StatsFields.field("wait", "zalo", "21964", "40");

        assertThat(field).isEqualTo("wait|zalo|21964|40");
        assertThat(StatsFields.parse(field)).contains(new StatsFields.Field("wait", "zalo", "21964", "40"));
        assertThat(StatsFields.count("handoffs", "webchat", null)).isEqualTo("handoffs|webchat|-|");
        assertThat(StatsFields.parse("not a field")).isEmpty();
    }

    @Test
    void bucketsAreExactBelowAMinuteAndCoarserAsWaitsGrow() {
        assertThat(StatsFields.bucket(Duration.ofSeconds(-3))).isZero();
        assertThat(StatsFields.bucket(Duration.ofSeconds(59))).isEqualTo(59);
        assertThat(StatsFields.bucket(Duration.ofSeconds(95))).isEqualTo(90);
        assertThat(StatsFields.bucket(Duration.ofMinutes(25).plusSeconds(40))).isEqualTo(25 * 60);
        assertThat(StatsFields.bucket(Duration.ofHours(5).plusMinutes(17))).isEqualTo(5 * 3600 + 10 * 60);
        assertThat(StatsFields.bucket(Duration.ofDays(30))).isEqualTo(7 * 86_400);
    }

    @Test
    void percentilesTakeTheNearestRank() {
        TreeMap<Long, Long> waits = new TreeMap<>();
        waits.put(10L, 5L);
        waits.put(40L, 4L);
        waits.put(600L, 1L);
        StatsReport.Histogram histogram = new StatsReport.Histogram(waits);

        assertThat(histogram.count()).isEqualTo(10);
        assertThat(histogram.percentile(0.5)).isEqualTo(10);
        assertThat(histogram.percentile(0.9)).isEqualTo(40);
        assertThat(histogram.percentile(1.0)).isEqualTo(600);
        assertThat(new StatsReport.Histogram(new TreeMap<>()).percentile(0.5)).isNull();
    }

    @Test
    void exportMaskingHidesPhonesIdNumbersAndFullNamesAnywhere() {
        String masked = ExportMasking.mask("Con tên là Siu Thị Hoa, cha là Nguyễn Văn Bình, gọi 0987654321 "
                + "hoặc +84 912 345 678, CCCD 052090001234, email hoa@example.com");

        assertThat(masked).isEqualTo("Con tên là [tên], cha là [tên], gọi [số điện thoại] hoặc [số điện thoại], "
                + "CCCD [số giấy tờ], email [email]");
    }

    @Test
    void csvFieldsAreQuotedAndNeverStartAFormula() {
        assertThat(ConversationExport.quoted("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
        assertThat(ConversationExport.quoted("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void vietnameseReadersGetTheirNumberFormat() {
        StatsFormat format = new StatsFormat();

        assertThat(format.count(12345L)).isEqualTo("12.345");
        assertThat(format.percent(new java.math.BigDecimal("0.333"))).isEqualTo("33,3 %");
        assertThat(format.duration(45L)).isEqualTo("45 giây");
        assertThat(format.duration(125L)).isEqualTo("2 phút 5 giây");
        assertThat(format.duration(7_260L)).isEqualTo("2 giờ 1 phút");
        assertThat(format.count(null)).isEqualTo("—");
    }
}
