#!/usr/bin/env bash
# Installs what Portal needs on a Debian 12 (bookworm) machine that already has the .NET 10 SDK.
# Idempotent and quiet: when everything is there it prints nothing and exits 0.
# Needs root (or password-less sudo) only when something is missing.
set -euo pipefail

log="${TMPDIR:-/tmp}/portal-setup-machine.log"

# Debian packages the project needs, in one place. Why each one is here:
#   chromium            headless browser: browser tests (Playwright), HTML -> PDF
#   fonts-liberation2   metric-compatible Times/Arial/Courier with Vietnamese glyphs for rendering
#   ca-certificates     TLS trust store
#   libicu72            ICU for .NET globalization (vi-VN collation, casing); any libicuNN will do
#   tesseract-ocr tesseract-ocr-vie libtesseract5   OCR (P/Invoke into libtesseract, Vietnamese data)
#   clang               links the OCR worker, compiled to a native executable (Native AOT) at every build
#   poppler-utils       PDF -> image/text for scanned PDFs
#   ghostscript         PDF normalisation / rasterising fallback
#   postgresql          the production data provider; tests run on it too
#   wrk                 HTTP load generator for the load tests (DESIGN.md's package list)
#   iproute2            ss: scripts/postgres.sh looks for a free port for Portal's PostgreSQL cluster
#   python3-aiosmtpd    a real SMTP server on loopback for the tests of the notices' mail
packages=(
  chromium
  fonts-liberation2
  ca-certificates
  libicu72
  tesseract-ocr
  tesseract-ocr-vie
  libtesseract5
  clang
  poppler-utils
  ghostscript
  postgresql
  wrk
  iproute2
  python3-aiosmtpd
)

die() { echo "setup-machine: $*" >&2; exit 1; }

# --- .NET SDK ------------------------------------------------------------------------------
if ! command -v dotnet >/dev/null 2>&1; then
  die "the .NET 10 SDK is not installed (no 'dotnet' on PATH). Install it first: https://learn.microsoft.com/dotnet/core/install/linux-debian"
fi
dotnet_version="$(dotnet --version 2>/dev/null || true)"
dotnet_major="${dotnet_version%%.*}"
if [[ ! "$dotnet_major" =~ ^[0-9]+$ ]]; then
  die "'dotnet --version' did not answer with a version (got '${dotnet_version}'). Is an SDK (not only a runtime) installed?"
fi
if (( dotnet_major < 10 )); then
  die "the .NET SDK is version ${dotnet_version}; Portal needs the .NET 10 SDK."
elif (( dotnet_major > 10 )); then
  echo "setup-machine: note: .NET SDK ${dotnet_version} found; Portal targets .NET 10 (net10.0)." >&2
fi

# --- Debian packages -------------------------------------------------------------------------
command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found: this script expects Debian 12."

# Node.js and npm: only when npm is missing (a machine may have them from NodeSource or /usr/local,
# and Debian's npm would conflict with NodeSource's nodejs).
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

is_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

missing=()
for p in "${packages[@]}"; do
  if is_installed "$p"; then continue; fi
  # Any ICU runtime satisfies libicu72 (e.g. libicu76 on a newer Debian).
  if [[ "$p" == libicu72 ]] && dpkg-query -W -f='${Status}\n' 'libicu[0-9]*' 2>/dev/null | grep -q '^install ok installed$'; then
    continue
  fi
  missing+=("$p")
done

(( ${#missing[@]} == 0 )) && exit 0

sudo_cmd=()
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo_cmd=(sudo -n)
  else
    die "missing packages: ${missing[*]}. Run as root: apt-get update && apt-get install -y ${missing[*]}"
  fi
fi

start=$SECONDS
: >"$log"
fail() {
  echo "setup-machine: $1 (log: $log); last lines:" >&2
  tail -n 30 "$log" >&2
  exit 1
}
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-qq -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)

"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update >>"$log" 2>&1 \
  || fail "apt-get update failed"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y --no-install-recommends \
  "${missing[@]}" >>"$log" 2>&1 \
  || fail "apt-get install ${missing[*]} failed"

still=()
for p in "${missing[@]}"; do is_installed "$p" || still+=("$p"); done
(( ${#still[@]} == 0 )) || fail "still not installed after apt-get: ${still[*]}"

echo "setup-machine: installed ${#missing[@]} package(s) in $((SECONDS - start))s: ${missing[*]}"
