#!/usr/bin/env bash
# Runs every test of checkin: formatting, vet, the whole suite with the
# race detector (including the Telegram emulator and PDF text checks), and
# a short run of each fuzz target. Works on a fresh machine with Go and
# Node.js; installs the pinned Telegram emulator from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -d node_modules/telegram-test-api ]; then
  echo "== installing the Telegram Bot API emulator (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*'))
if [ -n "$unformatted" ]; then echo "not formatted:"; echo "$unformatted"; exit 1; fi

echo "== go vet"
go vet ./...

echo "== go test -race"
go test -race -count=1 -timeout 12m ./...

echo "== fuzzing, ${FUZZTIME:=10s} per target"
grep -rl --include='*_test.go' '^func Fuzz' . | grep -v node_modules | while read -r f; do
  pkg=./$(dirname "${f#./}")
  for name in $(grep -o '^func Fuzz[A-Za-z0-9_]*' "$f" | sed 's/^func //'); do
    echo "-- $pkg $name"
    go test -run='^$' -fuzz="^${name}\$" -fuzztime="$FUZZTIME" "$pkg" >/tmp/checkin-fuzz.log 2>&1 || { cat /tmp/checkin-fuzz.log; exit 1; }
  done
done
echo "== all tests passed"
