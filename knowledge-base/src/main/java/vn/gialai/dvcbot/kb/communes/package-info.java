/**
 * Gia Lai's communes as citizens know them: the 375 units before 1 July 2025 and the 135 they became
 * ({@code content/_communes/}), each new unit's one-stop desk, and answers to "xã tôi giờ là xã nào?" in the
 * conversation, in the handoff's commune question and in the public API.
 */
package vn.gialai.dvcbot.kb.communes;
