package vn.gialai.dvcbot.app.zaloadmin;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gialai.dvcbot.channels.health.ChannelAlerts;
import vn.gialai.dvcbot.channels.health.ChannelWatch;
import vn.gialai.dvcbot.channels.zalo.ZaloAccount;
import vn.gialai.dvcbot.channels.zalo.ZaloAdministration;
import vn.gialai.dvcbot.channels.zalo.ZaloTokenStatus;
import vn.gialai.dvcbot.core.handoff.HandoffSettings;

/**
 * The Vietnamese admin page: token state, the form to enter a new refresh token, what the webhook accepted and
 * refused lately, the OA's profile as Zalo reports it, and Zalo's own count of a user's remaining free replies.
 */
@Controller
@RequestMapping("/admin/zalo")
class ZaloAdminController {

    private final ObjectProvider<ZaloAdministration> zalo;
    private final ObjectProvider<ZaloAccount> account;
    private final ObjectProvider<ChannelAlerts> channels;
    private final DateTimeFormatter when;

    ZaloAdminController(ObjectProvider<ZaloAdministration> zalo, ObjectProvider<ZaloAccount> account,
            ObjectProvider<ChannelAlerts> channels, HandoffSettings settings) {
        this.zalo = zalo;
        this.account = account;
        this.channels = channels;
        this.when = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(settings.zone());
    }

    @GetMapping
    String page(Model model) {
        ZaloAdministration administration = zalo.getIfAvailable();
        model.addAttribute("on", administration != null);
        if (administration != null) {
            model.addAttribute("status", ZaloStatusView.of(administration.status(), when));
            activity(model);
            ZaloAccount oa = account.getIfAvailable();
            model.addAttribute("oa", oa == null ? null : oa.profile());
        }
        return "admin/zalo";
    }

    private void activity(Model model) {
        ChannelAlerts alerts = channels.getIfAvailable();
        Optional<ChannelWatch> watch = alerts == null ? Optional.empty() : alerts.watchOf("zalo");
        if (watch.isPresent()) {
            model.addAttribute("activity", ChannelActivityView.of(watch.get(), when));
        }
    }

    /** Zalo's quota API for one user, where the OA's package answers it. */
    @PostMapping("/quota")
    String quota(@RequestParam(defaultValue = "") String userId, RedirectAttributes redirect) {
        ZaloAccount oa = account.getIfAvailable();
        String user = userId.strip();
        if (oa == null || !user.matches("[0-9]{1,32}")) {
            redirect.addFlashAttribute("error", "Mã người dùng Zalo (user id) chỉ gồm chữ số, ví dụ 6142494823123456789.");
            return "redirect:/admin/zalo";
        }
        ZaloAccount.Reading quota = oa.quota(user);
        redirect.addFlashAttribute(quota.ok() ? "success" : "error", quota.ok()
                ? "Theo Zalo, người dùng " + user + " còn " + quota.facts().get("freeRepliesRemaining") + "/"
                        + quota.facts().get("freeRepliesTotal") + " tin tư vấn miễn phí."
                : "Zalo không trả lời API hạn mức cho người dùng này: " + quota.problem());
        return "redirect:/admin/zalo";
    }

    @PostMapping("/refresh-token")
    String replace(@RequestParam(defaultValue = "") String refreshToken, RedirectAttributes redirect) {
        ZaloAdministration administration = zalo.getIfAvailable();
        if (administration == null) {
            return "redirect:/admin/zalo";
        }
        String problem = RefreshTokens.problem(refreshToken);
        if (problem != null) {
            redirect.addFlashAttribute("error", problem);
            return "redirect:/admin/zalo";
        }
        report(administration.replaceRefreshToken(refreshToken.strip()), redirect);
        return "redirect:/admin/zalo";
    }

    @PostMapping("/retry")
    String retry(RedirectAttributes redirect) {
        ZaloAdministration administration = zalo.getIfAvailable();
        if (administration != null) {
            report(administration.retryRefresh(), redirect);
        }
        return "redirect:/admin/zalo";
    }

    private static void report(ZaloTokenStatus status, RedirectAttributes redirect) {
        if (status.working()) {
            redirect.addFlashAttribute("success", "Đã làm mới token thành công. Kênh Zalo hoạt động bình thường.");
        } else {
            redirect.addFlashAttribute("error", "Chưa làm mới được token. Zalo trả lời: " + status.problem());
        }
    }
}
