package org.barta.accounts.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real User-Agent headers, each summed up as a person would name their own device. */
class DeviceTest {

    @ParameterizedTest(name = "{1} on {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36|Chrome|Windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0|Firefox|Windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86|Edge|Windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0|Opera|Windows",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15|Safari|macOS",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1|Safari|iPhone",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1|Chrome|iPhone",
        "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15|Firefox|iPad",
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36|Chrome|Android",
        "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36|Samsung Internet|Android",
        "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0|Firefox|Android",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0|Firefox|Linux",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36|Chrome|Linux",
        "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36|Chrome|ChromeOS",
        "curl/8.5.0|curl|-",
        "Java-http-client/17.0.15|-|-",
    })
    void namesTheBrowserAndTheSystem(String userAgent, String browser, String platform) {
        assertThat(Device.of(userAgent)).isEqualTo(new Device(browser, platform));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-", "''", "'   '"})
    void noHeaderIsAnUnknownDevice(String userAgent) {
        assertThat(Device.of(userAgent)).isEqualTo(new Device(null, null));
    }

    @Test
    void aHugeHeaderIsReadOnlyAsFarAsRealOnesGo() {
        String padded = "Mozilla/5.0 (Windows NT 10.0) " + "x".repeat(100_000) + " Firefox/133.0";

        assertThat(Device.of(padded)).isEqualTo(new Device(null, "Windows"));
    }

    @Test
    void whatIsStoredFitsItsColumns() {
        assertThat(Device.of("Mozilla/5.0 (Linux; Android 14) SamsungBrowser/26.0 Chrome/122.0").browser())
                .hasSizeLessThanOrEqualTo(40);
    }
}
