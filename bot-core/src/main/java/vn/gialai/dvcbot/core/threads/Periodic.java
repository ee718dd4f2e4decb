package vn.gialai.dvcbot.core.threads;

import java.time.Duration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * A background task run on Spring's scheduler every {@code interval} (the first time one interval after start),
 * the interval taken from a typed settings record rather than a {@code @Scheduled} placeholder, so each setting
 * has one name and one default. Declared as a bean next to the task's own bean.
 */
public record Periodic(Runnable task, Duration interval, Duration initialDelay) implements SchedulingConfigurer {

    public Periodic {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("A periodic task needs a positive interval, not " + interval);
        }
    }

    public static Periodic every(Duration interval, Runnable task) {
        return new Periodic(task, interval, interval);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(task, interval, initialDelay));
    }
}
