/**
 * Statistics of the service for the Youth Union, the province, team leaders and editors: what the engine and the
 * handoff announce after their commits is counted off the hot path, in batches, into Redis day buckets (kept two
 * years, no personal data) and Micrometer meters; read back as the API of contracts §12, CSV and the dashboard at
 * {@code /admin/dashboard}. See docs/dashboard.md.
 */
package vn.gialai.dvcbot.app.stats;
