package vn.gialai.dvcbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module and package rules of docs/architecture.md that Maven alone cannot enforce. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
            .importPackages("vn.gialai.dvcbot");

    @Test
    void thePackagesOfTheCoreDoNotDependOnEachOtherInACycle() {
        slices().matching("vn.gialai.dvcbot.core.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void thePackagesOfTheAppDoNotDependOnEachOtherInACycle() {
        slices().matching("vn.gialai.dvcbot.app.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theCoreKnowsNoWebNoPlatformAndNoOtherModule() {
        noClasses().that().resideInAPackage("vn.gialai.dvcbot.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.gialai.dvcbot.kb..", "vn.gialai.dvcbot.channels..", "vn.gialai.dvcbot.app..",
                        "org.springframework.web..", "jakarta.servlet..", "org.telegram..", "okhttp3..")
                .check(CLASSES);
    }

    @Test
    void theKnowledgeBaseAndTheChannelsDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("vn.gialai.dvcbot.kb..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.gialai.dvcbot.channels..", "vn.gialai.dvcbot.app..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("vn.gialai.dvcbot.channels..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.gialai.dvcbot.kb..", "vn.gialai.dvcbot.app..")
                .check(CLASSES);
    }

    @Test
    void channelsDoNotKnowEachOther() {
        for (String channel : new String[] {"webchat", "zalo", "telegram"}) {
            noClasses().that().resideInAPackage("vn.gialai.dvcbot.channels." + channel + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherChannels(channel))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void platformTypesStayInTheirChannel() {
        noClasses().that().resideOutsideOfPackage("vn.gialai.dvcbot.channels.telegram..")
                .should().dependOnClassesThat().resideInAPackage("org.telegram..")
                .check(CLASSES);
    }

    @Test
    void onlyRedisAdaptersTalkToRedis() {
        noClasses().that().haveSimpleNameNotContaining("Redis")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.data.redis..")
                .check(CLASSES);
    }

    private static String[] otherChannels(String channel) {
        return java.util.stream.Stream.of("webchat", "zalo", "telegram")
                .filter(c -> !c.equals(channel))
                .map(c -> "vn.gialai.dvcbot.channels." + c + "..")
                .toArray(String[]::new);
    }
}
