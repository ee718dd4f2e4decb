/**
 * The volunteer teams: one per commune, its leader, members and its own days (Ngày thứ bảy tình nguyện, Ngày chủ
 * nhật xanh, mobile sessions in villages). Team leaders keep their own team in the console at {@code /teams} or
 * through {@code /api/teams}; admins keep every team. The next sessions reach citizens' answers and the volunteer
 * hours of the handoff.
 */
package vn.gialai.dvcbot.app.teams;
