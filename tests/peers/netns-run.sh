#!/usr/bin/env bash
# Runs a command in a private network namespace whose loopback drops TCP to one port (filtered: no answer) and
# rejects TCP to another with a reset (closed), then removes the namespace again, also on failure or interruption.
#   netns-run.sh DROP_PORT REJECT_PORT COMMAND [ARG...]
# Exits with the command's status; 77 (skip) with the reason on stderr when namespaces cannot be used here (not root,
# no `ip`/`nft`, or the container forbids `ip netns add`). Traffic never leaves the namespace: it has only lo.
set -uo pipefail

skip() { echo "netns-run: $*" >&2; exit 77; }

[[ $# -ge 3 ]] || { echo "usage: netns-run.sh DROP_PORT REJECT_PORT COMMAND [ARG...]" >&2; exit 2; }
drop=$1 reject=$2
shift 2
[[ $drop =~ ^[0-9]+$ && $reject =~ ^[0-9]+$ ]] || { echo "netns-run: ports must be numbers" >&2; exit 2; }

[[ $(id -u) -eq 0 ]] || skip "network namespaces need root (uid is $(id -u))"
PATH=$PATH:/usr/sbin:/sbin
command -v ip >/dev/null || skip "ip (iproute2) is not installed"
command -v nft >/dev/null || skip "nft (nftables) is not installed"

ns=portolan-test-$$
if ! err=$(ip netns add "$ns" 2>&1); then
    skip "ip netns add is not permitted here: $err"
fi
trap 'ip netns delete "$ns" 2>/dev/null' EXIT
trap 'exit 130' INT TERM

ip -n "$ns" link set lo up || skip "cannot bring up lo in the namespace"
if ! err=$(ip netns exec "$ns" nft -f - 2>&1 <<NFT
table inet portolan_test {
    chain input {
        type filter hook input priority 0; policy accept;
        tcp dport $drop drop
        tcp dport $reject reject with tcp reset
    }
}
NFT
); then
    skip "nftables cannot filter inside the namespace: $err"
fi

ip netns exec "$ns" "$@"
