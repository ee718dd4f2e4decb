/**
 * Small text tools every module needs for Vietnamese as citizens type it (with or without diacritics).
 * The knowledge-base module builds its full normalization on top of these.
 */
package vn.gialai.dvcbot.core.text;
