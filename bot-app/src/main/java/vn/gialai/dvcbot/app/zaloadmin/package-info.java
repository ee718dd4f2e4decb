/**
 * The administrator's page for the Zalo channel ({@code /admin/zalo}) and its API
 * ({@code /api/admin/zalo/…}): whether the OA tokens work, why not, and a form to enter a new refresh token
 * when Zalo refused the last one. Access is restricted to admins by the app's security configuration.
 */
package vn.gialai.dvcbot.app.zaloadmin;
