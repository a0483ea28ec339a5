# Shared by tools/hydra and tools/test. Sourced, not run.
HYDRA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NUGET_CERT_REVOCATION_MODE="${NUGET_CERT_REVOCATION_MODE:-offline}"

hydra_require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "HydraEngine needs the .NET 10 SDK (dotnet on PATH); this machine has none." >&2
    echo "Install it from your distribution or Microsoft's packages, then run this again." >&2
    exit 127
  fi
}
