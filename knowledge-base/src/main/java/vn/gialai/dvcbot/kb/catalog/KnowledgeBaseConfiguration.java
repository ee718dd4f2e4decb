package vn.gialai.dvcbot.kb.catalog;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gialai.dvcbot.kb.content.ContentLoader;
import vn.gialai.dvcbot.kb.content.KnowledgeBaseContent;
import vn.gialai.dvcbot.kb.matching.BlendedMatcher;
import vn.gialai.dvcbot.kb.matching.MatchingSettings;
import vn.gialai.dvcbot.kb.matching.MatcherFactory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({KnowledgeBaseSettings.class, MatchingSettings.class})
public class KnowledgeBaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    MatcherFactory matcherFactory(MatchingSettings settings) {
        return BlendedMatcher.factory(settings);
    }

    @Bean
    KnowledgeBaseCatalog knowledgeBaseCatalog(MatcherFactory matchers, KnowledgeBaseSettings settings) {
        ContentLoader loader = new ContentLoader();
        boolean fromDisk = settings.dir() != null && !settings.dir().isBlank();
        ContentLoader.Loaded loaded = fromDisk ? loader.loadDirectory(Path.of(settings.dir())) : loader.loadBundled();
        loaded.problems().forEach(p -> log.warn("Knowledge base: {}", p));
        KnowledgeBaseContent content = loaded.content();
        log.info("Knowledge base loaded from {}: {} entries in {} categories",
                fromDisk ? settings.dir() : "the bundled content", content.entries().size(),
                content.categories().size());
        return new KnowledgeBaseCatalog(matchers, content);
    }
}
