# Build the Windows bundle: dist\tldops-desktop-<version>-windows-<arch>.zip (+ .sha256).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
#   ... -NoVenv               use -Python as it is (project + PyInstaller installed)
#   ... -Python py -Dist D -Work W
#
# The zip holds the folder tldops-desktop\ with tldops-desktop.exe (the GUI, no console
# window), tldops.exe (the command line) and _internal\. Users unzip it anywhere and start
# tldops-desktop.exe; for an installer (Start-menu entry, uninstaller), see
# packaging\README.md ("Windows installer"). Signing: packaging\SIGNING.md.
[CmdletBinding()]
param(
    [string]$Python = "python",
    [string]$Dist = "",
    [string]$Work = "",
    [switch]$NoVenv
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
if (-not $Dist) { $Dist = Join-Path $Root "dist" }
if (-not $Work) { $Work = Join-Path $Root "build" }
New-Item -ItemType Directory -Force -Path $Dist, $Work | Out-Null
$Dist = (Resolve-Path $Dist).Path
$Work = (Resolve-Path $Work).Path
Set-Location $Root

function Step([string]$Text) { Write-Host "`n== $Text" }
function Run([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $Exe $($Arguments -join ' ')" }
}

if ($NoVenv) {
    $Py = $Python
} else {
    $Venv = Join-Path $Work "venv-packaging"
    Step "build venv: $Venv"
    Run $Python @("-m", "venv", $Venv)
    $Py = Join-Path $Venv "Scripts\python.exe"
    Run $Py @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
    Run $Py @("-m", "pip", "install", "--quiet", "-e", ".[packaging,outlook]")
}

$Init = Get-Content -Raw -Encoding UTF8 (Join-Path $Root "tldops_desktop\__init__.py")
if ($Init -notmatch '(?m)^__version__ = "([^"]+)"') { throw "no __version__ in tldops_desktop\__init__.py" }
$Version = $Matches[1]
$Arch = if ([Environment]::Is64BitOperatingSystem) { "x64" } else { "x86" }
if ($env:PROCESSOR_ARCHITECTURE -eq "ARM64") { $Arch = "arm64" }
$Name = "tldops-desktop-$Version-windows-$Arch"

# The spec compiles i18n\*.ts with lrelease into its work folder and ships the .qm files
# (scripts\build_translations.py); the source tree is left as it is.
Step "PyInstaller (translations, icons, the app)"
Run $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
          "--distpath", (Join-Path $Work "pyinstaller-dist"),
          "--workpath", (Join-Path $Work "pyinstaller"),
          "packaging\tldops-desktop.spec")
$App = Join-Path $Work "pyinstaller-dist\tldops-desktop"
Run (Join-Path $App "tldops.exe") @("--version")

Step "zip: $Dist\$Name.zip"
$Zip = Join-Path $Dist "$Name.zip"
if (Test-Path $Zip) { Remove-Item $Zip }
Compress-Archive -Path $App -DestinationPath $Zip -CompressionLevel Optimal
$Hash = (Get-FileHash -Algorithm SHA256 $Zip).Hash.ToLower()
Set-Content -Encoding ASCII -Path "$Zip.sha256" -Value "$Hash  $Name.zip"

Step "done: $Zip (sign the .exe files before zipping for a release: packaging\SIGNING.md)"
