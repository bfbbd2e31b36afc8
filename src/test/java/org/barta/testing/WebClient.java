package org.barta.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser-like HTTP client for tests: keeps cookies, does not follow redirects (tests look at them), and
 * submits Faces forms with their view state as a browser would.
 */
public final class WebClient {

    public static final String PRIMEFACES_NONCE_FIELD = "primefaces.nonce";
    private static final Pattern PRIMEFACES_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final Map<String, String> headers;

    public WebClient(URI base) {
        this(base, Map.of());
    }

    /** A client that sends these headers with every request: a device's User-Agent, a proxy's X-Forwarded-For. */
    public WebClient(URI base, Map<String, String> headers) {
        this(base, headers, null, false);
    }

    private WebClient(URI base, Map<String, String> headers, SSLContext trust, boolean behindTlsProxy) {
        this.base = base;
        this.headers = Map.copyOf(headers);
        HttpClient.Builder builder = HttpClient.newBuilder()
                .cookieHandler(behindTlsProxy ? new AsIfOverTls(cookies) : cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        if (trust != null) {
            builder.sslContext(trust);
        }
        this.http = builder.build();
    }

    /** A client of an https site whose certificate {@code trust} holds (a test's own, self-signed). */
    public static WebClient overTls(URI base, SSLContext trust) {
        return new WebClient(base, Map.of(), trust, false);
    }

    /**
     * A client speaking plain HTTP to an instance that serves an https site (an https {@code BARTA_BASE_URL}), as
     * its reverse proxy does: the instance's cookies are {@code Secure}, and go back all the same, as the proxy
     * passes on what the browser sent it over TLS.
     */
    public static WebClient behindTlsProxy(URI base) {
        return new WebClient(base, Map.of(), null, true);
    }

    /** Cookies sent as to the https address of the one asked for. */
    private static final class AsIfOverTls extends CookieHandler {

        private final CookieManager cookies;

        AsIfOverTls(CookieManager cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(URI.create("https" + uri.toString().substring(uri.getScheme().length())),
                    requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            cookies.put(uri, responseHeaders);
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).GET();
        this.headers.forEach(request::header);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Any method, with a body or none (null): for requests a browser would not make. */
    public HttpResponse<String> send(String method, String path, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Loads the page, fills the form's fields (by id without the form prefix) and presses the button.
     */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String buttonId)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element form = Optional.ofNullable(document.getElementById(formId))
                .orElseThrow(() -> new AssertionError("No form #" + formId + " on " + path + ":\n" + page.body()));
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            values.put(input.attr("name"), input.attr("value"));
        }
        primeFacesNonce(page.body()).ifPresent(nonce -> values.put(PRIMEFACES_NONCE_FIELD, nonce));
        fields.forEach((id, value) -> values.put(formId + ":" + id, value));
        Element button = form.getElementById(formId + ":" + buttonId);
        values.put(button.attr("name"), button.attr("value"));
        return post(form.absUrl("action"), values);
    }

    /**
     * Loads the page and submits the form as a browser would: every field with its value on the page (checked boxes
     * only, a list's selected option), {@code fields} changed (by id without the form prefix), and the button
     * {@code buttonSelector} (a CSS selector within the form) pressed.
     */
    public HttpResponse<String> submitForm(String path, String formId, Map<String, String> fields,
                                           String buttonSelector) throws IOException, InterruptedException {
        return fillForm(path, formId, fields, buttonSelector).send();
    }

    /**
     * A form filled in on a page and not sent yet: what a browser holds while its user is still typing. A form of
     * enctype multipart/form-data is sent as one, as a browser does.
     */
    public final class FilledForm {

        private final String action;
        private final Map<String, String> values;
        private final boolean multipart;

        private FilledForm(String action, Map<String, String> values, boolean multipart) {
            this.action = action;
            this.values = values;
            this.multipart = multipart;
        }

        /** Presses the button. */
        public HttpResponse<String> send() throws IOException, InterruptedException {
            return multipart ? sendWithFiles(Map.of()) : post(action, values);
        }

        /** Presses the button with a file chosen in the form's file field {@code fieldName}, as multipart. */
        public HttpResponse<String> sendWithFile(String fieldName, String fileName, String contentType,
                byte[] content) throws IOException, InterruptedException {
            return sendWithFiles(Map.of(fieldName, new FilePart(fileName, contentType, content)));
        }

        /** Presses the button with files chosen in the form's file fields (by field name), as multipart. */
        public HttpResponse<String> sendWithFiles(Map<String, FilePart> files) throws IOException,
                InterruptedException {
            String boundary = "----barta-test-" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, String> value : values.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + value.getKey()
                        + "\"\r\n\r\n" + value.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, FilePart> file : files.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                        + "\"; filename=\"" + file.getValue().name() + "\"\r\nContent-Type: "
                        + file.getValue().contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(file.getValue().content());
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest.Builder request = HttpRequest.newBuilder(resolve(action))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            headers.forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** A file chosen in a form's file field. */
    public record FilePart(String name, String contentType, byte[] content) {
    }

    /** Loads the page and fills the form as {@link #submitForm} does, without sending it. */
    public FilledForm fillForm(String path, String formId, Map<String, String> fields, String buttonSelector)
            throws IOException, InterruptedException {
        return fillForm(get(path), formId, fields, buttonSelector);
    }

    /** Fills a form of a page already here (one a postback answered with), as {@link #submitForm} does. */
    public FilledForm fillForm(HttpResponse<String> page, String formId, Map<String, String> fields,
            String buttonSelector) {
        String path = page.uri().getPath();
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element form = Optional.ofNullable(document.getElementById(formId))
                .orElseThrow(() -> new AssertionError("No form #" + formId + " on " + path + ":\n" + page.body()));
        Element button = Optional.ofNullable(form.selectFirst(buttonSelector))
                .orElseThrow(() -> new AssertionError("No " + buttonSelector + " in #" + formId + " on " + path));
        Map<String, String> values = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if (field.hasAttr("disabled") || List.of("submit", "button", "image", "reset", "file").contains(type)
                    || (List.of("checkbox", "radio").contains(type) && !field.hasAttr("checked"))) {
                continue;
            }
            values.put(field.attr("name"), switch (field.tagName()) {
                case "textarea" -> field.wholeText();
                case "select" -> Optional.ofNullable(field.selectFirst("option[selected]"))
                        .or(() -> Optional.ofNullable(field.selectFirst("option")))
                        .map(option -> option.attr("value")).orElse("");
                default -> field.attr("value");
            });
        }
        primeFacesNonce(page.body()).ifPresent(nonce -> values.put(PRIMEFACES_NONCE_FIELD, nonce));
        fields.forEach((id, value) -> values.put(formId + ":" + id, value));
        values.put(button.attr("name"), button.attr("value"));
        return new FilledForm(form.absUrl("action"), values,
                "multipart/form-data".equalsIgnoreCase(form.attr("enctype")));
    }

    /**
     * The nonce PrimeFaces gave a page. In a browser, PrimeFaces' script puts it into every form of the page as
     * {@value #PRIMEFACES_NONCE_FIELD}, and a postback without it is refused: a client that submits a form from the
     * page's HTML must add it as the script would.
     */
    public static Optional<String> primeFacesNonce(String html) {
        Matcher nonce = PRIMEFACES_NONCE.matcher(html);
        return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
    }

    public HttpResponse<String> post(String url, Map<String, String> formFields) throws IOException,
            InterruptedException {
        String body = formFields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public URI resolve(String pathOrUrl) {
        return base.resolve(pathOrUrl);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
