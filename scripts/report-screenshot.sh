#!/usr/bin/env bash
# Renders the segment report of the bundled data as a person sees it: builds the command line, writes the report,
# and takes a screenshot of it with a headless Chromium to docs/report.png (and prints it to target/report.pdf, to
# check the print rules). Not part of `verify`: it needs Debian's chromium, installed here with apt-get if missing.
#
#   scripts/report-screenshot.sh            # from the repository's root
#   MAVEN_ARGS="-o -Dmaven.repo.local=/path/to/m2" scripts/report-screenshot.sh
set -euo pipefail

cd "$(dirname "$0")/.."
out=target/report-screenshot
mkdir -p "$out"

if ! command -v chromium >/dev/null 2>&1; then
    echo "installing chromium (Debian package) ..." >&2
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

# shellcheck disable=SC2086
./mvnw -B -q ${MAVEN_ARGS:-} -pl segmentation-cli -am install -DskipTests -Dinvoker.skip

java -jar segmentation-cli/target/segmentkit.jar report \
    --data segmentation-examples/src/main/resources/data/marketing_campaign.csv \
    --mapping segmentation-examples/src/main/resources/data/marketing_campaign.mapping.json \
    --definitions segmentation-cli/examples/marketing_campaign.seg --as-of 2014-12-31 \
    --response responded_last_campaign \
    --items wine_spend,fruit_spend,meat_spend,fish_spend,sweet_spend,gold_spend \
    --movement-definitions segmentation-cli/examples/tenure.seg --movement-from 2014-06-30 \
    --title "Customer Personality Analysis: segments, December 2014" \
    --out "$out/report.html" --json "$out/figures.json"

# as root, Chromium runs only without its sandbox; the page loads nothing, so there is nothing to sandbox against
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1)
page="file://$(pwd)/$out/report.html"
# tall enough for the whole page: the screenshot is of the window, not of the document
chromium "${flags[@]}" --window-size=1280,"${REPORT_HEIGHT:-5700}" --screenshot=docs/report.png "$page"
chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "$page"
echo "docs/report.png and $out/report.pdf written" >&2
