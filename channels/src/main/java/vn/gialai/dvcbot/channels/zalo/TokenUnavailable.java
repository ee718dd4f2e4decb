package vn.gialai.dvcbot.channels.zalo;

/** No access token can be had right now: for a while (Zalo unreachable) or until the admin acts. */
final class TokenUnavailable extends Exception {

    private final boolean forGood;

    private TokenUnavailable(String reason, boolean forGood) {
        super(reason, null, false, false);
        this.forGood = forGood;
    }

    static TokenUnavailable forNow(String reason) {
        return new TokenUnavailable(reason, false);
    }

    static TokenUnavailable forGood(String reason) {
        return new TokenUnavailable(reason, true);
    }

    boolean isForGood() {
        return forGood;
    }
}
