/**
 * How the typed settings records are used outside Spring's binding: their defaults, written once on the record
 * ({@code @DefaultValue}), for tests and tools. Every setting lives in a {@code @ConfigurationProperties} record of
 * its feature under the {@code dvc.} prefix; the README lists them as environment variables.
 */
package vn.gialai.dvcbot.core.settings;
