/**
 * Measuring the matcher on a file of labelled questions: what the {@code eval} command prints, and the figures
 * the quality targets are stated in.
 */
package vn.gialai.dvcbot.kb.evaluation;
