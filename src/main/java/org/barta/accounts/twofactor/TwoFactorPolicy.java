package org.barta.accounts.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.barta.accounts.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which roles must use two-factor sign-in: {@code BARTA_2FA_REQUIRED}, comma-separated roles, by default
 * administrators and editors (they publish in the organisation's name). {@code none} makes it optional for all;
 * MicroProfile Config reads an empty value as unset, so an empty value means the default, never "nobody".
 */
@ApplicationScoped
public class TwoFactorPolicy {

    static final String DEFAULT = "ADMIN,EDITOR";

    @Inject
    @ConfigProperty(name = "barta.2fa.required", defaultValue = DEFAULT)
    String setting;

    private Set<Role> required;

    public boolean requiredFor(Role role) {
        if (required == null) {
            required = parse(setting);
        }
        return required.contains(role);
    }

    static Set<Role> parse(String setting) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String value = setting == null ? "" : setting.strip();
        if (value.equalsIgnoreCase("none")) {
            return roles;
        }
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Role.valueOf(s.toUpperCase(Locale.ROOT)))
                .forEach(roles::add);
        return roles;
    }
}
