package vn.gialai.dvcbot.kb.communes;

import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.core.places.PlaceDirectory;
import vn.gialai.dvcbot.kb.catalog.KnowledgeBaseSettings;

/** The commune data of the content folder, and the place questions answered from it. */
@Configuration(proxyBeanMethods = false)
public class CommuneConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CommuneConfiguration.class);

    @Bean
    CommuneDirectory communeDirectory(KnowledgeBaseSettings settings, ObjectProvider<DeskRecords> records) {
        // The list itself, not the Communes bean: that bean is built with this directory's answers.
        Communes communes = Communes.bundled();
        CommuneDataLoader loader = new CommuneDataLoader(communes);
        boolean fromDisk = settings.dir() != null && !settings.dir().isBlank();
        CommuneDataLoader.Loaded loaded = fromDisk ? loader.loadDirectory(Path.of(settings.dir())) : loader.loadBundled();
        loaded.problems().forEach(p -> log.warn("Commune data: {}", p));
        log.info("Commune data: {} former units, {} desks", loaded.data().formerUnits().size(),
                loaded.data().desks().size());
        DeskRecords editable = records.getIfAvailable();
        if (editable == null) {
            return new CommuneDirectory(communes, loaded.data());
        }
        seed(editable, loaded.data());
        return new CommuneDirectory(communes, loaded.data(), code -> liveDesk(editable, loaded.data(), code));
    }

    /** Seeding must never stop the start: without Redis the bundled desks answer until it is back. */
    private static void seed(DeskRecords records, CommuneData bundled) {
        try {
            records.seed(bundled.desks().values());
        } catch (RuntimeException e) {
            log.warn("Desks not seeded into Redis yet ({}); answering from the bundled desks", e.toString());
        }
    }

    private static Optional<Desk> liveDesk(DeskRecords records, CommuneData bundled, String code) {
        try {
            return records.status(code).isPresent() ? records.live(code) : bundled.desk(code);
        } catch (RuntimeException e) {
            log.debug("Desk {} read from the bundled data: {}", code, e.toString());
            return bundled.desk(code);
        }
    }

    @Bean
    PlaceDirectory placeDirectory(CommuneDirectory directory, ObjectProvider<TeamSessions> teams) {
        return directory.questions(() -> teams.getIfAvailable(() -> TeamSessions.NONE));
    }
}
