package vn.gialai.dvcbot.app.cli;

import java.nio.file.Path;
import java.util.List;
import vn.gialai.dvcbot.core.handoff.Communes;
import vn.gialai.dvcbot.kb.communes.CommuneDataLoader;
import vn.gialai.dvcbot.kb.content.ContentLoader;

/** The knowledge base a command works on: the folder given as argument, else the bundled content. */
final class ContentSource {

    private ContentSource() {
    }

    static ContentLoader.Loaded load(List<String> args) {
        ContentLoader loader = new ContentLoader();
        return args.isEmpty() ? loader.loadBundled() : loader.loadDirectory(Path.of(args.get(0)));
    }

    /** The commune data ({@code _communes/}) of the same folder. */
    static CommuneDataLoader.Loaded communes(List<String> args) {
        CommuneDataLoader loader = new CommuneDataLoader(Communes.bundled());
        return args.isEmpty() ? loader.loadBundled() : loader.loadDirectory(Path.of(args.get(0)));
    }

    static String describe(List<String> args) {
        return args.isEmpty() ? "the bundled knowledge base" : args.get(0);
    }
}
