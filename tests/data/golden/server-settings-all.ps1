#Requires -RunAsAdministrator
# Server settings from Portolan for the deployment "Exchange 2010 CAS array with static RPC ports".
# Servers: each section runs only on the computer whose name it gives.
#   CAS01 (cas01), Exchange 2010
#   CAS02 (cas02), Exchange 2010
#   MBX01 (mbx01), Exchange 2010
# It sets the registry values that pin Outlook's RPC ports and restarts the services that
# read them. Run again, it changes nothing once the values are in place.
# Needs Windows PowerShell 4.0 or later, run as administrator.
# Sources:
#   S11 TechNet Wiki 864: Configure static RPC ports on an Exchange 2010 Client Access server <https://qa.social.technet.microsoft.com/wiki/contents/articles/864.configure-static-rpc-ports-on-an-exchange-2010-client-access-server.aspx>
#   S13 risual blog: Exchange 2010 SP1 RPC static ports <https://www.risual.com/2010/10/26/exchange-2010sp1-rpc-static-ports/>
#   S14 1ask2: Exchange 2010 static port on CAS (shows netsh output) <http://www.1ask2.com/Exchange2010/aPower/StaticPortCAS.html>
#   S12 Exchange Server Analyzer article "Verify correct port range is used by RPC Client Access or the Exchange Address Book Service" <https://docs.microsoft.com/en-us/previous-versions/office/exchange-server-analyzer/gg191713(v=exchg.80)>

$ErrorActionPreference = 'Stop'

# Creates the key when it is missing and sets the value with its type; true when it changed something. A value
# of another type (some guides create TCP/IP Port as a string) is replaced.
function Set-PortolanRegistryValue {
    param(
        [Parameter(Mandatory = $true)] [string] $Path,
        [Parameter(Mandatory = $true)] [string] $Name,
        [Parameter(Mandatory = $true)] [Microsoft.Win32.RegistryValueKind] $Type,
        [Parameter(Mandatory = $true)] $Value
    )
    if (-not (Test-Path -LiteralPath $Path)) {
        New-Item -Path $Path -Force | Out-Null
    }
    $key = Get-Item -LiteralPath $Path
    if ($key.GetValueNames() -contains $Name) {
        if ($key.GetValueKind($Name) -eq $Type -and "$($key.GetValue($Name))" -eq "$Value") {
            Write-Host "Unchanged: $Path\$Name = $Value"
            return $false
        }
        Remove-ItemProperty -LiteralPath $Path -Name $Name
    }
    New-ItemProperty -LiteralPath $Path -Name $Name -PropertyType $Type -Value $Value | Out-Null
    Write-Host "Set: $Path\$Name = $Value ($Type)"
    return $true
}

$matched = $false

# CAS01 (cas01), Exchange 2010
if ($env:COMPUTERNAME -eq 'CAS01') {
    $matched = $true
    $restart = @()
    # RPC Client Access (MSExchangeRPC); sources S11, S13, S14
    if (Set-PortolanRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchangeRPC\ParametersSystem' -Name 'TCP/IP Port' -Type DWord -Value 59532) {
        $restart += 'MSExchangeRPC'
    }
    # Address Book (MSExchangeAB); sources S12, S13
    if (Set-PortolanRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchangeAB\Parameters' -Name 'RpcTcpPort' -Type String -Value '59533') {
        $restart += 'MSExchangeAB'
    }
    foreach ($service in ($restart | Select-Object -Unique)) {
        Write-Host "Restarting $service"
        Restart-Service -Name $service
    }
}

# CAS02 (cas02), Exchange 2010
if ($env:COMPUTERNAME -eq 'CAS02') {
    $matched = $true
    $restart = @()
    # RPC Client Access (MSExchangeRPC); sources S11, S13, S14
    if (Set-PortolanRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchangeRPC\ParametersSystem' -Name 'TCP/IP Port' -Type DWord -Value 59532) {
        $restart += 'MSExchangeRPC'
    }
    # Address Book (MSExchangeAB); sources S12, S13
    if (Set-PortolanRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchangeAB\Parameters' -Name 'RpcTcpPort' -Type String -Value '59533') {
        $restart += 'MSExchangeAB'
    }
    foreach ($service in ($restart | Select-Object -Unique)) {
        Write-Host "Restarting $service"
        Restart-Service -Name $service
    }
}

# MBX01 (mbx01), Exchange 2010
if ($env:COMPUTERNAME -eq 'MBX01') {
    $matched = $true
    $restart = @()
    # RPC Client Access (MSExchangeRPC); sources S11, S13, S14
    if (Set-PortolanRegistryValue -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchangeRPC\ParametersSystem' -Name 'TCP/IP Port' -Type DWord -Value 59532) {
        $restart += 'MSExchangeRPC'
    }
    foreach ($service in ($restart | Select-Object -Unique)) {
        Write-Host "Restarting $service"
        Restart-Service -Name $service
    }
}

if (-not $matched) {
    Write-Warning ('This script has no section for ' + $env:COMPUTERNAME + '; its sections are for CAS01, CAS02, MBX01. Nothing was changed.')
    exit 1
}
