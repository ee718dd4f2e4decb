package vn.gialai.dvcbot.core.feedback;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what identifies a citizen before a question is kept for editors: e-mail addresses, ID numbers
 * (12-digit căn cước, 9-digit old CMND), phone numbers, and the name after "tên tôi là" and the like.
 */
public final class PersonalData {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{N}])(?:\\+?84|0)(?:[\\s.-]?\\p{N}){8,10}(?![\\p{N}])");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![\\p{N}])(?:\\p{N}[\\s.]?){8}\\p{N}(?:(?:[\\s.]?\\p{N}){3})?(?![\\p{N}])");
    private static final Pattern NAME = Pattern.compile(
            "(?iu)\\b((?:tên|ten)\\s+(?:tôi|toi|em|mình|minh|tui|con|cháu|chau|của tôi|cua toi)\\s+(?:là|la)"
                    + "|(?:tôi|toi|em|mình|minh|tui|con|cháu|chau)\\s+(?:tên|ten)(?:\\s+(?:là|la))?)"
                    + "\\s+([\\p{L}]+(?:\\s+[\\p{L}]+){0,3})");

    static final String PHONE_MASK = "[số điện thoại]";
    static final String ID_MASK = "[số giấy tờ]";
    static final String EMAIL_MASK = "[email]";
    static final String NAME_MASK = "[tên]";

    private PersonalData() {
    }

    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        String masked = EMAIL.matcher(text).replaceAll(EMAIL_MASK);
        masked = maskNumbers(masked);
        Matcher name = NAME.matcher(masked);
        return name.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " + NAME_MASK));
    }

    /** Numbers of 9 to 11 digits starting 0 or +84 are phones; then runs of 12 or 9 digits are IDs. */
    private static String maskNumbers(String text) {
        String phones = PHONE.matcher(text).replaceAll(PHONE_MASK);
        return ID_NUMBER.matcher(phones).replaceAll(m -> digits(m.group()) == 12 || digits(m.group()) == 9
                ? ID_MASK : Matcher.quoteReplacement(m.group()));
    }

    private static int digits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }
}
