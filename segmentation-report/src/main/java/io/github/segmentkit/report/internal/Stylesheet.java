package io.github.segmentkit.report.internal;

/**
 * The report's inline CSS: system fonts only (no web font to fetch), colours with dark text on light fills, wide
 * tables scrolling on screen, and print rules: landscape pages, headings kept with what follows, charts, cards and
 * table rows never split, table headers repeated, and the background colours printed (they carry the bands).
 */
final class Stylesheet {
    static final String CSS = """
            :root { color-scheme: light; }
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", \
            Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; padding: 16px 24px 32px; \
            max-width: 1240px; }
            h1 { font-size: 24px; margin: 8px 0 4px; }
            h2 { font-size: 19px; margin: 28px 0 6px; padding-bottom: 3px; border-bottom: 2px solid #3b6ea5; }
            h3 { font-size: 15px; margin: 0 0 4px; overflow-wrap: anywhere; }
            p { margin: 4px 0 8px; }
            nav ol { display: flex; flex-wrap: wrap; gap: 4px 22px; list-style-position: inside; padding-left: 0; \
            margin: 6px 0; }
            a { color: #1f4e85; }
            figure { margin: 8px 0; }
            svg { max-width: 100%; height: auto; font: 12px system-ui, -apple-system, "Segoe UI", Roboto, \
            "Noto Sans", Arial, sans-serif; }
            svg .label { fill: #1a1a1a; }
            svg .value, svg .tick { fill: #333; }
            svg .cell { fill: #1a1a1a; font-size: 11px; }
            svg .cell.dark { fill: #fff; }
            svg .grid { stroke: #d6d6d6; stroke-width: 1; }
            svg .error { stroke: #1a1a1a; stroke-width: 1.6; }
            svg .point { fill: #3b6ea5; stroke: #fff; stroke-width: 1; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; margin: 6px 0 10px; }
            th, td { border: 1px solid #c8c8c8; padding: 3px 7px; vertical-align: top; }
            thead th { background: #eef2f7; font-weight: 600; text-align: center; overflow-wrap: break-word; \
            min-width: 48px; max-width: 130px; }
            tbody th { text-align: left; font-weight: 600; white-space: nowrap; background: #fafafa; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            table.profile { font-size: 13px; }
            table.profile th, table.profile td { padding: 3px 5px; }
            table.profile td { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; }
            #top-values td { white-space: normal; }
            td span { display: block; }
            td .index, td .count { font-weight: 700; }
            td .mean { font-size: 12px; color: #333; }
            td .value { font-weight: 600; }
            .idx.low { background: #c6dbef; }
            .idx.high { background: #fdd0a2; }
            .legend span { display: inline-block; padding: 1px 8px; margin-right: 6px; border: 1px solid #c8c8c8; }
            .note { color: #444; font-size: 13px; }
            .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
            .card { border: 1px solid #c8c8c8; border-radius: 4px; padding: 8px 10px; }
            .card table { width: 100%; }
            .card tbody th { white-space: normal; overflow-wrap: anywhere; }
            .explanation { grid-column: span 2; }
            ul.tree, ul.tree ul { list-style: none; padding-left: 18px; margin: 2px 0; }
            ul.tree { padding-left: 0; }
            ul.tree li { margin: 2px 0; overflow-wrap: anywhere; }
            code { font: 12px ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
            .truth { display: inline-block; min-width: 64px; text-align: center; font-size: 11px; font-weight: 700; \
            border-radius: 3px; padding: 0 4px; border: 1px solid #888; }
            .truth.true { background: #c7e9c0; }
            .truth.false { background: #fcbba1; }
            .truth.unknown { background: #e0e0e0; }
            .detail { color: #333; }
            footer { margin-top: 28px; color: #555; font-size: 12px; }
            @page { size: A4 landscape; margin: 12mm; }
            @media print {
              body { font-size: 10pt; padding: 0; max-width: none; }
              nav { display: none; }
              .scroll { overflow: visible; }
              /* a heading, its introduction and its legend stay with the chart or table they introduce */
              h2, h3, section > p, .legend { break-after: avoid; page-break-after: avoid; }
              figure, svg, .card, tr, .legend { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              table { font-size: 8.5pt; }
              th, td { padding: 2px 4px; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              .explanation { grid-column: auto; }
            }
            @media (max-width: 700px) { .explanation { grid-column: auto; } }
            """;

    private Stylesheet() {
    }
}
