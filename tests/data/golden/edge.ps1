# Windows Defender Firewall rules for the Exchange deployment
# "Exchange 2019 Edge behind back-to-back firewalls" (Exchange Server 2019),
# written by Portolan: every port each server must accept, from the networks of the zones
# that connect to it.
# Run it in an elevated Windows PowerShell on each server: the section whose name is this
# computer's ($env:COMPUTERNAME) replaces the rules of the group below; the other sections are
# skipped. Remove every rule of the group with:
#   Remove-NetFirewallRule -Group 'Portolan: Exchange 2019 Edge behind back-to-back firewalls'
#
# Connections from the Internet may come from any address but the deployment's own networks:
# those are the address ranges around them (a host of the deployment is let in by its own
# zone's rules only).
#
# References:
#   F6 https://learn.microsoft.com/en-us/powershell/module/netsecurity/new-netfirewallrule
#   F7 https://learn.microsoft.com/en-us/powershell/module/netsecurity/remove-netfirewallrule

#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'
$group = 'Portolan: Exchange 2019 Edge behind back-to-back firewalls'
$matched = $false

# EDGE01 (edge01), zone DMZ: 2 rules
if ($env:COMPUTERNAME -eq 'EDGE01') {
    $matched = $true
    Remove-NetFirewallRule -Group $group -ErrorAction SilentlyContinue
    New-NetFirewallRule -DisplayName 'Portolan: SMTP (TCP 25, matrix rows 1, 15)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '25' -RemoteAddress '0.0.0.0-192.0.1.255', '192.0.3.0-198.51.99.255', '198.51.101.0-255.255.255.255', '::-2001:db8:0:ffff:ffff:ffff:ffff:ffff', '2001:db8:1:1::-2001:db8:c:ffff:ffff:ffff:ffff:ffff', '2001:db8:d:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '192.0.2.0/24', '2001:db8:1::/64' -Description 'From Internet, LAN. Internet mail servers deliver the organisation''s inbound mail to the Edge Transport server in the perimeter network.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: LDAPS (EdgeSync) (TCP 50636, matrix row 16)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '50636' -RemoteAddress '192.0.2.0/24', '2001:db8:1::/64' -Description 'From LAN. The EdgeSync service on the Mailbox servers of the subscribed site copies recipients and configuration from Active Directory to the Edge''s AD LDS instance. One-way, started from inside.' | Out-Null
}

# EX01 (ex01), zone LAN: 9 rules
if ($env:COMPUTERNAME -eq 'EX01') {
    $matched = $true
    Remove-NetFirewallRule -Group $group -ErrorAction SilentlyContinue
    New-NetFirewallRule -DisplayName 'Portolan: HTTP (TCP 80, matrix rows 2, 18)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '80' -RemoteAddress '0.0.0.0-192.0.1.255', '192.0.3.0-198.51.99.255', '198.51.101.0-255.255.255.255', '::-2001:db8:0:ffff:ffff:ffff:ffff:ffff', '2001:db8:1:1::-2001:db8:c:ffff:ffff:ffff:ffff:ffff', '2001:db8:d:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '192.0.2.0/24', '2001:db8:1::/64' -Description 'From Internet, LAN. Plain HTTP for Internet calendar publishing, the redirect of OWA to HTTPS and the Autodiscover fallback.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: HTTPS (TCP 443, matrix rows 3, 22)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '443' -RemoteAddress '0.0.0.0-192.0.1.255', '192.0.3.0-198.51.99.255', '198.51.101.0-255.255.255.255', '::-2001:db8:0:ffff:ffff:ffff:ffff:ffff', '2001:db8:1:1::-2001:db8:c:ffff:ffff:ffff:ffff:ffff', '2001:db8:d:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '192.0.2.0/24', '2001:db8:1::/64' -Description 'From Internet, LAN. Outlook on the web, Exchange ActiveSync, EWS, Autodiscover, the offline address book, Outlook Anywhere and MAPI over HTTP all reach the client access services on the Mailbox servers over HTTPS.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: SMTP submission (TCP 587, matrix rows 4, 28)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '587' -RemoteAddress '0.0.0.0-192.0.1.255', '192.0.3.0-198.51.99.255', '198.51.101.0-255.255.255.255', '::-2001:db8:0:ffff:ffff:ffff:ffff:ffff', '2001:db8:1:1::-2001:db8:c:ffff:ffff:ffff:ffff:ffff', '2001:db8:d:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '192.0.2.0/24', '2001:db8:1::/64' -Description 'From Internet, LAN. Authenticated SMTP clients (POP3/IMAP4 users, applications) submit mail to the "Client Frontend" connector of the Front End Transport service.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: SMTP (TCP 25, matrix row 14)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '25' -RemoteAddress '198.51.100.0/24', '2001:db8:d::/64' -Description 'From DMZ. The Edge delivers inbound Internet mail to the Mailbox servers of the subscribed site (all of them, load-balanced) through its "EdgeSync - Inbound to <site>" Send connector.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: HTTPS (admin center) (TCP 443, matrix row 23)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '443' -RemoteAddress '192.0.2.0/24', '2001:db8:1::/64' -Description 'From LAN. Administrators open the Exchange admin center in a browser on the Mailbox servers'' client access services.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: HTTPS (back-end web site) (TCP 444, matrix row 24)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '444' -RemoteAddress '192.0.2.0/24', '2001:db8:1::/64' -Description 'From LAN. The client access (front-end) services of the Mailbox server a client reached proxy the request to the back-end services of the server that holds the active copy of the mailbox.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: SMTP (Client Proxy) (TCP 465, matrix row 26)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '465' -RemoteAddress '192.0.2.0/24', '2001:db8:1::/64' -Description 'From LAN. Front End Transport proxies authenticated client submissions received on 587 to the "Client Proxy" connector of the Transport service on a (local or remote) Mailbox server.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: SMTP (Mailbox delivery) (TCP 475, matrix row 27)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '475' -RemoteAddress '192.0.2.0/24', '2001:db8:1::/64' -Description 'From LAN. The Transport service hands messages to the hidden Mailbox delivery connector of the Mailbox Transport Delivery service on the server that holds the recipient''s database.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: SMTP (Transport service "Default") (TCP 2525, matrix row 29)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '2525' -RemoteAddress '192.0.2.0/24', '2001:db8:1::/64' -Description 'From LAN. Front End Transport relays accepted mail to the Transport service of any Mailbox server, and Transport services route mail between Mailbox servers, on the "Default <server>" connector.' | Out-Null
}

# EX02 (ex02), zone LAN: 9 rules
if ($env:COMPUTERNAME -eq 'EX02') {
    $matched = $true
    Remove-NetFirewallRule -Group $group -ErrorAction SilentlyContinue
    New-NetFirewallRule -DisplayName 'Portolan: HTTP (TCP 80, matrix rows 2, 18)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '80' -RemoteAddress '0.0.0.0-192.0.1.255', '192.0.3.0-198.51.99.255', '198.51.101.0-255.255.255.255', '::-2001:db8:0:ffff:ffff:ffff:ffff:ffff', '2001:db8:1:1::-2001:db8:c:ffff:ffff:ffff:ffff:ffff', '2001:db8:d:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '192.0.2.0/24', '2001:db8:1::/64' -Description 'From Internet, LAN. Plain HTTP for Internet calendar publishing, the redirect of OWA to HTTPS and the Autodiscover fallback.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: HTTPS (TCP 443, matrix rows 3, 22)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '443' -RemoteAddress '0.0.0.0-192.0.1.255', '192.0.3.0-198.51.99.255', '198.51.101.0-255.255.255.255', '::-2001:db8:0:ffff:ffff:ffff:ffff:ffff', '2001:db8:1:1::-2001:db8:c:ffff:ffff:ffff:ffff:ffff', '2001:db8:d:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '192.0.2.0/24', '2001:db8:1::/64' -Description 'From Internet, LAN. Outlook on the web, Exchange ActiveSync, EWS, Autodiscover, the offline address book, Outlook Anywhere and MAPI over HTTP all reach the client access services on the Mailbox servers over HTTPS.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: SMTP submission (TCP 587, matrix rows 4, 28)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '587' -RemoteAddress '0.0.0.0-192.0.1.255', '192.0.3.0-198.51.99.255', '198.51.101.0-255.255.255.255', '::-2001:db8:0:ffff:ffff:ffff:ffff:ffff', '2001:db8:1:1::-2001:db8:c:ffff:ffff:ffff:ffff:ffff', '2001:db8:d:1::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '192.0.2.0/24', '2001:db8:1::/64' -Description 'From Internet, LAN. Authenticated SMTP clients (POP3/IMAP4 users, applications) submit mail to the "Client Frontend" connector of the Front End Transport service.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: SMTP (TCP 25, matrix row 14)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '25' -RemoteAddress '198.51.100.0/24', '2001:db8:d::/64' -Description 'From DMZ. The Edge delivers inbound Internet mail to the Mailbox servers of the subscribed site (all of them, load-balanced) through its "EdgeSync - Inbound to <site>" Send connector.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: HTTPS (admin center) (TCP 443, matrix row 23)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '443' -RemoteAddress '192.0.2.0/24', '2001:db8:1::/64' -Description 'From LAN. Administrators open the Exchange admin center in a browser on the Mailbox servers'' client access services.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: HTTPS (back-end web site) (TCP 444, matrix row 24)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '444' -RemoteAddress '192.0.2.0/24', '2001:db8:1::/64' -Description 'From LAN. The client access (front-end) services of the Mailbox server a client reached proxy the request to the back-end services of the server that holds the active copy of the mailbox.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: SMTP (Client Proxy) (TCP 465, matrix row 26)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '465' -RemoteAddress '192.0.2.0/24', '2001:db8:1::/64' -Description 'From LAN. Front End Transport proxies authenticated client submissions received on 587 to the "Client Proxy" connector of the Transport service on a (local or remote) Mailbox server.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: SMTP (Mailbox delivery) (TCP 475, matrix row 27)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '475' -RemoteAddress '192.0.2.0/24', '2001:db8:1::/64' -Description 'From LAN. The Transport service hands messages to the hidden Mailbox delivery connector of the Mailbox Transport Delivery service on the server that holds the recipient''s database.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: SMTP (Transport service "Default") (TCP 2525, matrix row 29)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '2525' -RemoteAddress '192.0.2.0/24', '2001:db8:1::/64' -Description 'From LAN. Front End Transport relays accepted mail to the Transport service of any Mailbox server, and Transport services route mail between Mailbox servers, on the "Default <server>" connector.' | Out-Null
}

if (-not $matched) {
    Write-Warning ('This script has no rules for ' + $env:COMPUTERNAME + '; its servers: ' + 'EDGE01, EX01, EX02')
}
