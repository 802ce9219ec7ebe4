# Puts WiX 3 (candle.exe, light.exe) on the GitHub runner's PATH for jpackage's .msi.
# jpackage 17 drives WiX 3 only (JDK 24+ jpackage also takes WiX 4/5, but the installer's runtime
# comes from the JDK that runs jpackage, and BadgeShelf ships Java 17). windows-latest is
# Windows Server 2025, whose image no longer includes WiX, so the official 3.14.1 binaries are
# fetched from the WiX project's release; a runner that has WiX 3 on PATH keeps its own.
$ErrorActionPreference = 'Stop'
if (Get-Command candle.exe -ErrorAction SilentlyContinue) {
    Write-Output "WiX 3 already on PATH: $((Get-Command candle.exe).Source)"
    exit 0
}
$dir = Join-Path $env:RUNNER_TEMP 'wix314'
$zip = "$dir.zip"
Invoke-WebRequest -Uri 'https://github.com/wixtoolset/wix3/releases/download/wix3141rtm/wix314-binaries.zip' -OutFile $zip
Expand-Archive -Path $zip -DestinationPath $dir -Force
if (-not (Test-Path (Join-Path $dir 'candle.exe')) -or -not (Test-Path (Join-Path $dir 'light.exe'))) {
    throw "wix314-binaries.zip holds no candle.exe/light.exe at its root"
}
Add-Content -Path $env:GITHUB_PATH -Value $dir
Write-Output "WiX 3.14.1 in $dir, added to PATH"
