// Security keys and passkeys (WebAuthn). A button with data-barta-security-key (the address of its options) runs a
// ceremony: it fetches options with a fresh challenge from the server, hands them to the browser
// (navigator.credentials.create to add a key, .get otherwise), writes the key's answer as JSON into its form's
// [data-barta-key-response] field and posts the form, through the form's hidden [data-barta-key-submit] button or,
// when there is none, through the button itself. Texts come from the page, in its language: data-barta-key-failed
// (cancelled, timed out, or no matching key) and data-barta-key-unsupported, shown in the form's
// [data-barta-key-status]. A removal button posts at once when its form's [data-barta-key-code] field holds a code.
(function () {
    function bytes(base64url) {
        var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
        var binary = atob(base64 + '===='.slice(0, (4 - base64.length % 4) % 4));
        var out = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) {
            out[i] = binary.charCodeAt(i);
        }
        return out;
    }

    function text(buffer) {
        var binary = '';
        new Uint8Array(buffer).forEach(function (b) {
            binary += String.fromCharCode(b);
        });
        return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function descriptors(list) {
        return (list || []).map(function (d) {
            return {type: d.type, id: bytes(d.id), transports: d.transports};
        });
    }

    function create(options) {
        options.challenge = bytes(options.challenge);
        options.user.id = bytes(options.user.id);
        options.excludeCredentials = descriptors(options.excludeCredentials);
        return navigator.credentials.create({publicKey: options}).then(function (c) {
            return {
                id: c.id, rawId: text(c.rawId), type: c.type, clientExtensionResults: {},
                response: {
                    clientDataJSON: text(c.response.clientDataJSON),
                    attestationObject: text(c.response.attestationObject),
                    transports: c.response.getTransports ? c.response.getTransports() : []
                }
            };
        });
    }

    function get(options) {
        options.challenge = bytes(options.challenge);
        options.allowCredentials = descriptors(options.allowCredentials);
        return navigator.credentials.get({publicKey: options}).then(function (c) {
            return {
                id: c.id, rawId: text(c.rawId), type: c.type, clientExtensionResults: {},
                response: {
                    clientDataJSON: text(c.response.clientDataJSON),
                    authenticatorData: text(c.response.authenticatorData),
                    signature: text(c.response.signature),
                    userHandle: c.response.userHandle ? text(c.response.userHandle) : null
                }
            };
        });
    }

    function say(form, message) {
        var status = form.querySelector('[data-barta-key-status]');
        if (status) {
            status.textContent = message || '';
        }
    }

    function options(button, purpose) {
        return fetch(button.getAttribute('data-barta-security-key'), {
            method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json'},
            body: 'purpose=' + encodeURIComponent(purpose)
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (body) {
                // Adding a key needs a recent proof of identity: the server says where to give it.
                if (response.status === 403 && body.confirm) {
                    window.location.assign(body.confirm);
                    return null;
                }
                if (!response.ok) {
                    throw new Error('No security-key options: ' + response.status);
                }
                return body;
            });
        });
    }

    function run(button) {
        var form = button.form || button.closest('form');
        var purpose = button.getAttribute('data-barta-key-purpose') || '';
        if (!window.PublicKeyCredential || !navigator.credentials) {
            say(form, button.getAttribute('data-barta-key-unsupported'));
            return;
        }
        say(form, '');
        button.disabled = true;
        options(button, purpose).then(function (body) {
            if (!body) {
                return null;
            }
            return purpose === 'register' ? create(body) : get(body);
        }).then(function (answer) {
            button.disabled = false;
            if (!answer) {
                return;
            }
            form.querySelector('[data-barta-key-response]').value = JSON.stringify(answer);
            var submit = form.querySelector('[data-barta-key-submit]');
            if (!submit) {
                submit = button;
                button.setAttribute('data-barta-key-done', '');
            }
            submit.click();
        }).catch(function () {
            button.disabled = false;
            say(form, button.getAttribute('data-barta-key-failed'));
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-barta-security-key]');
        if (!button) {
            return;
        }
        // The ceremony is done and the button posts its form with the key's answer.
        if (button.hasAttribute('data-barta-key-done')) {
            button.removeAttribute('data-barta-key-done');
            return;
        }
        var form = button.form || button.closest('form');
        var code = form && form.querySelector('[data-barta-key-code]');
        if (code && code.value.trim() !== '') {
            return;
        }
        event.preventDefault();
        if (form.reportValidity && !form.reportValidity()) {
            return;
        }
        run(button);
    });
})();
