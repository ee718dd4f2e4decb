/**
 * Staff accounts: volunteers, editors and admins, each with roles and (for volunteers) a team, which is the
 * commune or ward they serve. Kept in Redis with bcrypt password hashes; admins manage them at /admin/users.
 */
package vn.gialai.dvcbot.app.staff;
