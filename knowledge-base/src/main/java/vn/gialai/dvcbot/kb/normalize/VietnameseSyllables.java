package vn.gialai.dvcbot.kb.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The real Vietnamese syllables, folded (no diacritics), from the hunspell-vi word list shipped as
 * {@code spelling/vi-syllables.txt} (GPL-2, see the README beside it). A typo corrector must not "fix" a real
 * word without evidence from context.
 */
public final class VietnameseSyllables {

    private static final String RESOURCE = "/spelling/vi-syllables.txt";

    private VietnameseSyllables() {
    }

    /** Whether this folded token is the folded form of some real syllable. */
    public static boolean isSyllable(String folded) {
        return Holder.FOLDED.contains(folded);
    }

    private static final class Holder {
        static final Set<String> FOLDED = load();

        private static Set<String> load() {
            Set<String> folded = new HashSet<>();
            try (InputStream in = VietnameseSyllables.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null;) {
                    if (!line.isBlank()) {
                        folded.add(VietnameseText.fold(VietnameseText.canonical(line.strip())));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
            return Set.copyOf(folded);
        }
    }
}
