package vn.gialai.dvcbot.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gialai.dvcbot.core.conversation.TurnHandled.Outcome;
import vn.gialai.dvcbot.core.message.InboundMessage;

/** The Grafana dashboard in the repository asks only for series the app really exports, under those names. */
class MonitoringFilesTests {

    private static final Path MONITORING = Path.of("..", "monitoring");
    private static final Pattern SERIES = Pattern.compile("\\b(dvc_[a-z_]+)");

    @Test
    void everySeriesTheGrafanaDashboardQueriesIsOnPrometheus() throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        StatsMeters meters = new StatsMeters(registry);
        meters.turn("zalo", InboundMessage.Kind.TEXT, EnumSet.allOf(Outcome.class));
        meters.ticket("zalo", "requested");
        meters.waited("zalo", Duration.ofSeconds(90));
        meters.handled("zalo", Duration.ofMinutes(4));
        meters.rating("zalo", 5);
        meters.dropped(1);
        String scraped = registry.scrape();

        JsonNode dashboard = JsonMapper.builder().build()
                .readTree(Files.readString(MONITORING.resolve("grafana/dashboards/dvc-bot.json")));
        List<String> queried = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                Matcher series = SERIES.matcher(target.get("expr").asString());
                while (series.find()) {
                    queried.add(series.group(1));
                }
            }
        }

        assertThat(queried).hasSizeGreaterThan(8);
        assertThat(queried).allSatisfy(name -> assertThat(scraped).containsPattern("\n" + name + "[{ ]"));
        assertThat(scraped).doesNotContain("commune");
    }

    @Test
    void theComposeFileMountsMonitoringFilesThatExist() throws IOException {
        String compose = Files.readString(Path.of("..", "docker-compose.yml"));
        Matcher mounts = Pattern.compile("- \\./(monitoring/[^:]+):").matcher(compose);
        List<String> paths = new ArrayList<>();
        while (mounts.find()) {
            paths.add(mounts.group(1));
        }

        assertThat(paths).contains("monitoring/prometheus.yml", "monitoring/grafana/dashboards");
        assertThat(paths).filteredOn(p -> !p.endsWith("metrics-password"))
                .allSatisfy(p -> assertThat(Path.of("..", p)).exists());
    }
}
