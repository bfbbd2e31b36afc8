# Sourced by bin/backup and bin/restore: the database of BARTA_DB_URL, and the MariaDB/MySQL client programs
# (BARTA_MARIADB_BIN names their folder; otherwise the PATH's mariadb/mariadb-dump, or mysql/mysqldump).
# The password goes in a client option file readable by this user only, never on a command line.

url=${BARTA_DB_URL:?is required: the JDBC URL of the database, as for bin/barta}
rest=${url#jdbc:*://}
hostport=${rest%%/*}
db_name=${rest#*/}
db_name=${db_name%%\?*}
db_host=${hostport%%:*}
db_port=3306
case $hostport in *:*) db_port=${hostport##*:} ;; esac
case $db_name in
    '' | *[!A-Za-z0-9_]*) echo "$0: cannot read a database name from BARTA_DB_URL ($url)" >&2; exit 2 ;;
esac

find_program() {
    for candidate in "$@"; do
        if [ -n "${BARTA_MARIADB_BIN:-}" ] && [ -x "$BARTA_MARIADB_BIN/$candidate" ]; then
            echo "$BARTA_MARIADB_BIN/$candidate"; return
        fi
        if [ -z "${BARTA_MARIADB_BIN:-}" ] && command -v "$candidate" >/dev/null 2>&1; then
            command -v "$candidate"; return
        fi
    done
    echo "$0: none of $* found (install mariadb-client, or set BARTA_MARIADB_BIN)" >&2
    exit 2
}
db_client=$(find_program mariadb mysql)
db_dump=$(find_program mariadb-dump mysqldump)

# Quoted for the option file: a password may hold '#', quotes or backslashes.
quoted() {
    printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"
}
db_options=$(mktemp)
chmod 600 "$db_options"
{
    printf '[client]\nuser=%s\npassword=%s\nhost=%s\nport=%s\ndefault-character-set=utf8mb4\n' \
        "$(quoted "${BARTA_DB_USER:?is required}")" "$(quoted "${BARTA_DB_PASSWORD:-}")" "$db_host" "$db_port"
    # Without TLS where the JDBC URL says so; MariaDB's and MySQL's clients name that differently.
    case $url in
        *[?\&]sslMode=DISABLED* | *[?\&]useSSL=false*)
            case ${db_client##*/} in mariadb) echo "skip-ssl" ;; *) echo "ssl-mode=DISABLED" ;; esac ;;
    esac
} > "$db_options"

# Runs the client on the site's database with the options file first, as the client requires.
db() {
    "$db_client" --defaults-extra-file="$db_options" "$@"
}
