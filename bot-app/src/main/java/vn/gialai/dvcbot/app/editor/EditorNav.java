package vn.gialai.dvcbot.app.editor;

import org.springframework.security.core.Authentication;
import vn.gialai.dvcbot.app.security.StaffUser;

/** Who is signed in, for the editor pages' top bar. */
record EditorNav(String displayName, boolean admin, boolean volunteer) {

    static EditorNav of(Authentication auth) {
        String name = auth.getPrincipal() instanceof StaffUser staff ? staff.displayName() : auth.getName();
        return new EditorNav(name, has(auth, "ROLE_ADMIN"), has(auth, "ROLE_VOLUNTEER"));
    }

    private static boolean has(Authentication auth, String role) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role));
    }
}
