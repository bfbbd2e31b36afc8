package org.barta.newsletter.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.barta.content.Language;
import org.barta.newsletter.ProfileFilter;
import org.junit.jupiter.api.Test;

/** The export link carries exactly the list's filters, the profile's among them, cleaned as a query cleans them. */
class SubscriberFilterTest {

    @Test
    void theProfileFiltersGoIntoTheExportLinkAndComeBackFromIt() {
        SubscriberFilter filter = new SubscriberFilter();
        filter.setAudience(7L);
        filter.setLanguage(Language.BN);
        filter.setOrganisation("  Daily Star & Co ");
        filter.setBeat("রিপোর্টার");
        filter.setDistrict(" ");
        filter.setCountry("bd");
        filter.setTag(" PRESS ");

        String query = filter.queryString();

        assertThat(query).isEqualTo("language=bn&audience=7&organisation=Daily+Star+%26+Co&beat="
                + "%E0%A6%B0%E0%A6%BF%E0%A6%AA%E0%A7%8B%E0%A6%B0%E0%A7%8D%E0%A6%9F%E0%A6%BE%E0%A6%B0"
                + "&country=BD&tag=press");
        SubscriberFilter back = SubscriberFilter.of(request(query));
        assertThat(back.queryString()).isEqualTo(query);
        assertThat(back.profile()).isEqualTo(new ProfileFilter("Daily Star & Co", "রিপোর্টার", null, "BD", "press"));
        assertThat(SubscriberFilter.of(request("status=NOPE")).profile().isAny()).isTrue();
    }

    /** A request with just these query parameters, as the export servlet reads them. */
    private static HttpServletRequest request(String query) {
        Map<String, String> parameters = Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
        return (HttpServletRequest) Proxy.newProxyInstance(SubscriberFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getParameter")) {
                        return parameters.get((String) arguments[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
