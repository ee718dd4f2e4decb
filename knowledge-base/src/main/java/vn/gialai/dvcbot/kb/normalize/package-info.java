/**
 * How citizens' Vietnamese is brought to one form before matching: Unicode NFC, lower case, one tone-mark
 * placement, repeated letters, punctuation and emoji, a diacritic-free form, and the editable abbreviation list.
 */
package vn.gialai.dvcbot.kb.normalize;
