/**
 * Who may do what: HTTP Basic for staff on /api/**, a login page with CSRF for the consoles, public citizen
 * pages and webhooks, roles VOLUNTEER, EDITOR and ADMIN (an admin may do everything), throttling of repeated
 * failed logins, security headers, and the demo accounts of a local trial.
 */
package vn.gialai.dvcbot.app.security;
