package vn.gialai.dvcbot.app.channelhealth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.gialai.dvcbot.app.security.StaffUser;
import vn.gialai.dvcbot.app.staff.Role;
import vn.gialai.dvcbot.channels.health.ChannelAlerts;

/**
 * Puts the channels' alerts ({@code channelAlerts}, Vietnamese lines) in the model of every staff page an
 * administrator opens; the page headers show them as a banner. Others and the JSON API get nothing. Only the app's
 * own controllers (the staff pages are all there): the citizens' web chat, the webhooks and the actuator never
 * render a banner, and asking on each of their requests cost about a tenth of a millisecond (docs/benchmarks.md).
 */
@ControllerAdvice(basePackages = "vn.gialai.dvcbot.app")
class ChannelBanner {

    private final ObjectProvider<ChannelAlerts> alerts;

    ChannelBanner(ObjectProvider<ChannelAlerts> alerts) {
        this.alerts = alerts;
    }

    @ModelAttribute("channelAlerts")
    List<String> channelAlerts(@AuthenticationPrincipal StaffUser user, HttpServletRequest request) {
        if (user == null || !user.hasRole(Role.ADMIN) || request.getRequestURI().startsWith("/api/")) {
            return List.of();
        }
        ChannelAlerts channels = alerts.getIfAvailable();
        return channels == null ? List.of() : channels.alerts();
    }
}
