# Windows Defender Firewall rules for the Exchange deployment
# "Exchange 2003 behind an SMTP relay in the DMZ" (Exchange Server 2003),
# written by Portolan: every port each server must accept, from the networks of the zones
# that connect to it.
# Run it in an elevated Windows PowerShell on each server: the section whose name is this
# computer's ($env:COMPUTERNAME) replaces the rules of the group below; the other sections are
# skipped. Remove every rule of the group with:
#   Remove-NetFirewallRule -Group 'Portolan: Exchange 2003 behind an SMTP relay in the DMZ'
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
$group = 'Portolan: Exchange 2003 behind an SMTP relay in the DMZ'
$matched = $false

# MAIL01 (mail01), zone LAN: 5 rules
if ($env:COMPUTERNAME -eq 'MAIL01') {
    $matched = $true
    Remove-NetFirewallRule -Group $group -ErrorAction SilentlyContinue
    New-NetFirewallRule -DisplayName 'Portolan: HTTP (TCP 80, matrix rows 2, 11)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '80' -RemoteAddress '0.0.0.0-192.0.1.255', '192.0.3.0-198.51.99.255', '198.51.101.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '192.0.2.0/24' -Description 'From Internet, LAN. Outlook Web Access over plain HTTP on the Exchange server when there is no front-end.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: HTTPS (TCP 443, matrix rows 3-4, 16-17)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '443' -RemoteAddress '0.0.0.0-192.0.1.255', '192.0.3.0-198.51.99.255', '198.51.101.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '192.0.2.0/24' -Description 'From Internet, LAN. Exchange ActiveSync of Exchange 2003 reaches the mailbox server directly when there is no front-end.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: SMTP (TCP 25, matrix row 8)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '25' -RemoteAddress '198.51.100.0/24' -Description 'From DMZ. The relay forwards the Internet mail it accepted to the organisation''s Exchange mail server.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: RPC endpoint mapper (TCP 135, matrix row 13)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '135' -RemoteAddress '192.0.2.0/24' -Description 'From LAN. Outlook (MAPI) and Exchange System Manager on admin workstations ask the Exchange server''s endpoint mapper for the ports of the information store, System Attendant, directory referral and NSPI services.' | Out-Null
    New-NetFirewallRule -DisplayName 'Portolan: RPC (dynamic) (TCP 1025-5000, matrix row 19)' -Group $group -Direction Inbound -Action Allow -Profile Any -Protocol TCP -LocalPort '1025-5000' -RemoteAddress '192.0.2.0/24' -Description 'From LAN. The information store, System Attendant, DSProxy/referral and other Exchange RPC interfaces that Outlook and Exchange System Manager use after the endpoint mapper lookup.' | Out-Null
}

if (-not $matched) {
    Write-Warning ('This script has no rules for ' + $env:COMPUTERNAME + '; its servers: ' + 'MAIL01')
}
