package vn.gialai.dvcbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every setting application.yml names under {@code dvc.} is read by a typed settings record: a property that no
 * record binds (a typo, or one left behind by a rename) would be silently ignored by Spring.
 */
class SettingsFileTests {

    @Test
    void everyDvcPropertyInApplicationYmlIsReadByASettingsRecord() throws IOException {
        Set<String> known = new TreeSet<>();
        List<String> maps = new ArrayList<>();
        for (Class<?> settings : settingsRecords()) {
            String prefix = settings.getAnnotation(ConfigurationProperties.class).value();
            collect(prefix.isEmpty() ? settings.getAnnotation(ConfigurationProperties.class).prefix() : prefix,
                    settings, known, maps);
        }

        List<String> unread = applicationYmlNames().stream()
                .filter(name -> name.startsWith("dvc."))
                .filter(name -> !known.contains(name) && maps.stream().noneMatch(m -> name.startsWith(m + ".")
                        || name.equals(m) || name.startsWith(m + "[")))
                .toList();

        assertThat(known).contains("dvc.handoff.zone", "dvc.redis.key-prefix");
        assertThat(unread).as("properties in application.yml that no @ConfigurationProperties record reads")
                .isEmpty();
    }

    @Test
    void theCheckSeesARecordsNestedAndMapProperties() {
        Set<String> known = new TreeSet<>();
        List<String> maps = new ArrayList<>();

        collect("dvc.redis", vn.gialai.dvcbot.core.redis.RedisSettings.class, known, maps);
        collect("dvc.handoff", vn.gialai.dvcbot.core.handoff.HandoffSettings.class, known, maps);

        assertThat(known).contains("dvc.redis.sentinel.master", "dvc.redis.cluster.nodes", "dvc.handoff.claim-lease");
        assertThat(maps).contains("dvc.handoff.team-hours");
    }

    private static List<Class<?>> settingsRecords() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Class<?>> records = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.gialai.dvcbot")) {
            try {
                records.add(Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(records).as("settings records found on the class path").hasSizeGreaterThan(5);
        return records;
    }

    /** The record's properties in kebab case, nested records' too; a Map property takes any key below it. */
    private static void collect(String prefix, Class<?> type, Set<String> known, List<String> maps) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            known.add(name);
            if (Map.class.isAssignableFrom(component.getType())) {
                maps.add(name);
            } else if (component.getType().isRecord()) {
                collect(name, component.getType(), known, maps);
            } else if (List.class.isAssignableFrom(component.getType()) && isRecordList(component.getGenericType())) {
                maps.add(name);
            }
        }
    }

    private static boolean isRecordList(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c
                && c.isRecord();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> applicationYmlNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application",
                new ClassPathResource("application.yml"))) {
            names.addAll(List.of(((EnumerablePropertySource<?>) source).getPropertyNames()));
        }
        assertThat(names).as("application.yml read").contains("server.port");
        return names;
    }
}
