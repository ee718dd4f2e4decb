package vn.gialai.dvcbot.kb.catalog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir a content folder on disk to use instead of the bundled one (for editors trying changes); empty
 *     means the bundled content
 * @param syncCheck how often each instance checks that it answers from the newest published knowledge base
 */
@ConfigurationProperties("dvc.kb")
public record KnowledgeBaseSettings(String dir, @DefaultValue("2s") Duration syncCheck) {
}
