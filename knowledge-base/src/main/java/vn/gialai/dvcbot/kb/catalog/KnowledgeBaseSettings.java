package vn.gialai.dvcbot.kb.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir a content folder on disk to use instead of the bundled one (for editors trying changes); empty
 *     means the bundled content
 */
@ConfigurationProperties("dvc.kb")
public record KnowledgeBaseSettings(String dir) {
}
