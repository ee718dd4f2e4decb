/**
 * How settings reach the typed records (every setting is a component of a {@code @ConfigurationProperties} record
 * under {@code dvc.}, its one default on the record): the older environment variable names that stay valid.
 */
package vn.gialai.dvcbot.app.settings;
