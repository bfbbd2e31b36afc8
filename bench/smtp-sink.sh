# Sourced by the send benchmarks: Postfix's smtp-sink installed when missing, and no Postfix mail server running.
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
if [ ! -x /usr/sbin/smtp-sink ]; then
    # smtp-sink comes with Postfix; "No configuration" keeps the package from setting up a mail server.
    echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q postfix
fi
# Only smtp-sink is wanted: no Postfix mail server may be running.
$SUDO postfix stop >/dev/null 2>&1 || true
$SUDO service postfix stop >/dev/null 2>&1 || true
