package vn.gialai.dvcbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import vn.gialai.dvcbot.core.message.Choice;
import vn.gialai.dvcbot.core.message.Reply;
import vn.gialai.dvcbot.core.message.ReplyKind;
import vn.gialai.dvcbot.core.places.PlaceReply;

/** A place directory's reply as the channels show it, with the menu button after its own choices. */
final class PlaceReplies {

    private PlaceReplies() {
    }

    static Reply of(PlaceReply place, Choice menu) {
        List<Choice> choices = new ArrayList<>();
        place.choices().forEach(c -> choices.add(new Choice(c.id(), c.label())));
        choices.add(menu);
        return new Reply(place.clarify() ? ReplyKind.CLARIFY : ReplyKind.ANSWER, place.text(), null, choices);
    }
}
