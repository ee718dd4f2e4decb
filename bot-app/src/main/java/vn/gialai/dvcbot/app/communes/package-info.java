/**
 * The public, read-only commune API for the provincial website (contracts §11): the 135 communes by old or new
 * name, what each was made of, its one-stop desk and its volunteer team's next sessions.
 */
package vn.gialai.dvcbot.app.communes;
