#!/usr/bin/env bash
# The one test command: installs what a fresh machine lacks, builds, runs each test project in turn,
# and ends with one plain line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Chromium for the browser tests..."
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null \
        || { echo "Could not install Chromium (apt-get install chromium)"; exit 1; }
fi

dotnet tool restore >/dev/null || exit 1
dotnet build RAAQJ.sln -nologo -v quiet || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

results="$(pwd)/TestResults"
rm -rf "$results"
status=0
for project in tests/*/*.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
    f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
    t=$(echo "$counters" | sed -n 's/.* total="\([0-9]*\)".*/\1/p')
    e=$(echo "$counters" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1  # the run itself failed (a crash, a build error): never report it as green
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
