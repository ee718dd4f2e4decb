package vn.gialai.dvcbot.core.lease;

/** A held lease. Closing it releases it if it is still ours. */
public interface Lease extends AutoCloseable {

    /** Extends the lease by its original time to live; false when it lapsed and someone else may hold it. */
    boolean renew();

    @Override
    void close();
}
