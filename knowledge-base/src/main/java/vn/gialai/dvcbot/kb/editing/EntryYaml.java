package vn.gialai.dvcbot.kb.editing;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import vn.gialai.dvcbot.kb.content.Entry;

/** An entry as it looks in its YAML file: for export, and for showing what changed between versions. */
public final class EntryYaml {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();

    private EntryYaml() {
    }

    public static String of(Entry entry) {
        return YAML.writeValueAsString(entry);
    }

    public static String of(Object value) {
        return YAML.writeValueAsString(value);
    }
}
