package vn.gialai.dvcbot.app.zaloadmin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gialai.dvcbot.channels.zalo.ZaloAdministration;
import vn.gialai.dvcbot.channels.zalo.ZaloTokenStatus;

/** The Vietnamese admin page: token state, and the form to enter a new refresh token. */
@Controller
@RequestMapping("/admin/zalo")
class ZaloAdminController {

    private final ObjectProvider<ZaloAdministration> zalo;

    ZaloAdminController(ObjectProvider<ZaloAdministration> zalo) {
        this.zalo = zalo;
    }

    @GetMapping
    String page(Model model) {
        ZaloAdministration administration = zalo.getIfAvailable();
        model.addAttribute("on", administration != null);
        if (administration != null) {
            model.addAttribute("status", ZaloStatusView.of(administration.status()));
        }
        return "admin/zalo";
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
