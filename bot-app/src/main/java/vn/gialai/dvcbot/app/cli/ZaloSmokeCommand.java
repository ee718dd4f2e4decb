package vn.gialai.dvcbot.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.gialai.dvcbot.channels.zalo.ZaloSmoke;

/** {@code zalo smoke [--user ID]}: checks a live Zalo OA with the ZALO_* settings of the environment. */
final class ZaloSmokeCommand implements Command {

    private static final String USAGE = "Usage: zalo smoke [--user ZALO_USER_ID]";

    private final Function<String, String> env;

    ZaloSmokeCommand(Function<String, String> env) {
        this.env = env;
    }

    @Override
    public List<String> words() {
        return List.of("zalo", "smoke");
    }

    @Override
    public String usage() {
        return "zalo smoke [--user ID]  check the Zalo OA: tokens, OA profile; with a test user, messages";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            return ZaloSmoke.run(env, Optional.empty(), out);
        }
        if (args.size() == 2 && args.get(0).equals("--user") && args.get(1).matches("[0-9A-Za-z_-]{1,64}")) {
            return ZaloSmoke.run(env, Optional.of(args.get(1)), out);
        }
        err.println(USAGE);
        return 2;
    }
}
