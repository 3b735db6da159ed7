#!/usr/bin/env bash
# Adds a person to PathwayRealm (the filesystem realm of pathway-server.cli) with a salted bcrypt hash of the password
# typed at the prompt, and their Pathway roles. Run on the server's machine while it runs:
#   JBOSS_HOME=/opt/wildfly wildfly-config/cli/add-pathway-user.sh jsmith SAS_MANAGER
# Roles: ADMIN SAS_MANAGER STATUTORY_OFFICER TRADED_OFFICER EARLY_HELP_WORKER SCHOOL_ATTENDANCE_LEAD PANEL_CHAIR
# PANEL_MEMBER LEGAL_OFFICER. A school attendance lead also needs the administrator's link to their school.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 USER ROLE [ROLE...]" >&2; exit 2; }
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly folder}"
user=$1; shift
roles=$(IFS=,; echo "$*")
read -r -s -p "Password for $user: " password; echo
[ ${#password} -ge 12 ] || { echo "A password of at least 12 characters, please" >&2; exit 2; }
# bcrypt takes 16 random bytes of salt; the CLI writes bytes as bytes{0x..,...}.
salt=$(head -c 16 /dev/urandom | od -An -tx1 | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/\([0-9a-f][0-9a-f]\)/0x\1/g; s/ /,/g')
realm=/subsystem=elytron/filesystem-realm=PathwayRealm
"$JBOSS_HOME/bin/jboss-cli.sh" --connect --commands="$realm:add-identity(identity=$user),\
$realm:set-password(identity=$user, bcrypt={password=\"$password\", iteration-count=12, salt=bytes{$salt}}),\
$realm:add-identity-attribute(identity=$user, name=groups, value=[$roles])"
