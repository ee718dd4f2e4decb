package vn.gialai.dvcbot.app.security;

/** Counts failed logins per user name and per client address within a window shared by all instances. */
interface LoginFailures {

    /** Failures so far in the current window. */
    long count(String key);

    /** Counts one more failure; the window starts with the first. */
    void add(String key);

    void clear(String key);
}
