/**
 * Questions about places: which new commune an old address now belongs to, a commune's one-stop desk and its
 * volunteer team's days. The conversation asks this port before matching a question against the procedures;
 * the knowledge-base module answers it from its commune data.
 */
package vn.gialai.dvcbot.core.places;
