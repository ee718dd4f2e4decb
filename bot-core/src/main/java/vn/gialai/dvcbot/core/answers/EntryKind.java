package vn.gialai.dvcbot.core.answers;

/** What an entry is for; it decides how the engine answers with it. */
public enum EntryKind {
    /** An administrative procedure with papers, steps, fees, time, place and online route. */
    PROCEDURE,
    /** General guidance (where the one-stop desk is, how to look up a dossier). */
    INFO,
    /** Greetings, thanks: answered with the entry's reply. */
    SMALLTALK,
    /** The citizen asks for a person: starts a handoff. */
    HANDOFF
}
