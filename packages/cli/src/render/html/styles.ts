/**
 * The page's only stylesheet (allowed by its hash in the CSP). Colours meet WCAG AA contrast for text; chart series
 * use a palette told apart with colour-vision deficiencies (Okabe–Ito). Print drops the controls and keeps charts.
 * A finding's text and a tile's note wrap anywhere: an API path or URL without spaces (a fix step's, an input's
 * name) would otherwise widen the whole course list past a phone's screen, or run under the next tile.
 * A table or chart wider than the screen scrolls sideways, and a shadow on the edge it scrolls towards says so:
 * white covers that scroll with the content (`local`) hide the shadows (`scroll`) at an edge the content reaches,
 * so a box that fits shows none, without script.
 */
export const STYLES = `
:root { --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --accent: #0550ae; --bad: #a40e26;
  --bad-fill: #cf222e; --good: #116329; --good-fill: #4ac26b; --head: #1b2a41; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); background: #fff; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #2f81f7; outline-offset: 2px; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 8px; z-index: 2; }
.skip:focus { left: 8px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.muted { color: var(--muted); font-weight: normal; }
header.top { background: var(--head); color: #fff; padding: 20px 24px 12px; }
header.top h1 { margin: 0 0 4px; font-size: 24px; }
header.top p { margin: 0; color: #d0d8e4; }
header.top nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 12px 0 0; padding: 0; }
header.top nav a { color: #fff; text-decoration: none; border-bottom: 2px solid transparent; }
header.top nav a:hover { border-bottom-color: #8fb3ff; }
.redacted { display: inline-block; margin-top: 6px; padding: 1px 8px; border-radius: 10px; background: #fff3c4; color: #4d2d00; font-size: 13px; }
main { max-width: 1200px; margin: 0 auto; padding: 0 24px 48px; }
section { margin-top: 36px; }
h2 { font-size: 21px; margin: 0 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 20px 0 8px; }
h4 { font-size: 14px; margin: 14px 0 6px; }
.count { font-size: 14px; font-weight: normal; color: var(--muted); margin-left: 6px; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(150px, 100%), 1fr)); gap: 12px; margin: 0; }
.tile { border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; background: #fff; }
.tile dt { font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.tile dd { margin: 2px 0; font-size: 30px; font-weight: 700; font-variant-numeric: tabular-nums; }
.tile dd.period { font-size: 17px; padding: 9px 0 6px; }
.tile dd.period span { white-space: nowrap; }
.tile dd.note { margin: 0; font-size: 13px; font-weight: normal; color: var(--muted); overflow-wrap: anywhere; }
.tile.alert { border-color: #ffb3b8; background: #fff8f8; }
.tile.alert dd[data-stat] { color: var(--bad); }
.tile.ok dd[data-stat] { color: var(--good); }
.all-clear { color: var(--good); font-weight: 600; }
.file-status { color: var(--bad); }
.table-scroll, .chart-scroll { overflow-x: auto; position: relative;
  background: linear-gradient(to right, #fff 40%, rgba(255, 255, 255, 0)) left / 32px 100% no-repeat local,
    linear-gradient(to left, #fff 40%, rgba(255, 255, 255, 0)) right / 32px 100% no-repeat local,
    linear-gradient(to right, rgba(31, 35, 40, .3), rgba(31, 35, 40, 0)) left / 14px 100% no-repeat scroll,
    linear-gradient(to left, rgba(31, 35, 40, .3), rgba(31, 35, 40, 0)) right / 14px 100% no-repeat scroll; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 4px 0 6px; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { font-size: 13px; color: var(--muted); font-weight: 600; border-bottom-width: 2px; }
tbody th { font-weight: normal; }
.n { text-align: right; white-space: nowrap; }
.bar-cell { width: 28%; min-width: 90px; vertical-align: middle; }
svg.bar { display: block; width: 100%; height: 10px; background: var(--soft); border-radius: 2px; }
.unresolved { fill: var(--bad-fill); }
.resolved { fill: var(--good-fill); }
.two-up { display: grid; grid-template-columns: 1fr; gap: 24px; }
@media (min-width: 960px) { .two-up { grid-template-columns: 1fr 1fr; } }
figure.chart { margin: 0 0 20px; }
figure.chart figcaption { font-weight: 600; margin-bottom: 4px; }
.chart-svg { display: block; width: 100%; min-width: 640px; height: auto; }
.chart-svg .axis { font-size: 11px; fill: var(--muted); }
.chart-svg .grid { stroke: #e6e9ed; }
.chart-svg .tick { stroke: var(--muted); }
.chart-svg .hit { fill: transparent; }
.chart-svg .hit:hover { fill: rgba(27, 42, 65, .08); }
.s0 { fill: #0072b2; } .s1 { fill: #e69f00; } .s2 { fill: #009e73; } .s3 { fill: #cc79a7; } .s4 { fill: #56b4e9; }
.s-other { fill: #a0a8b1; } .s-unknown { fill: #d55e00; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; margin: 6px 0 0; font-size: 13px; }
.swatch { width: 10px; height: 10px; margin-right: 5px; vertical-align: -1px; }
details > summary { cursor: pointer; }
.data-table > summary, #diagnostics summary { color: var(--accent); }
.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 10px 14px; align-items: end;
  padding: 14px; border: 1px solid var(--line); border-radius: 10px; background: var(--soft); }
.filters label { display: block; font-size: 13px; font-weight: 600; margin-bottom: 3px; }
.filters input, .filters select { width: 100%; font: inherit; padding: 6px 8px; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--fg); }
.filters div:first-child { grid-column: 1 / -1; }
button { font: inherit; padding: 6px 12px; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--fg); cursor: pointer; }
button:hover { background: var(--soft); }
.filter-status { margin: 10px 0; color: var(--muted); }
.course-list { display: grid; gap: 10px; }
details.course { border: 1px solid var(--line); border-radius: 10px; background: #fff; }
details.course > summary { padding: 10px 14px; display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; }
details.course > summary::before { content: "▸"; color: var(--muted); }
details.course[open] > summary::before { content: "▾"; }
details.course > summary::-webkit-details-marker { display: none; }
details.course[open] > summary { border-bottom: 1px solid var(--line); background: var(--soft); border-radius: 10px 10px 0 0; }
.course-name { font-weight: 600; }
.facts { color: var(--muted); font-size: 13px; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; border: 1px solid transparent; }
.badge.bad { background: #ffebe9; color: var(--bad); border-color: #ffc1c0; }
.badge.good { background: #dafbe1; color: var(--good); border-color: #aceebb; }
.badge.info { background: #ddf4ff; color: #0a3069; border-color: #b6e3ff; }
.badge.plain { background: var(--soft); color: var(--fg); border-color: var(--line); }
.course-body { padding: 6px 14px 14px; }
.course-tools { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0; }
.copy-state { color: var(--good); font-size: 13px; }
.note-fallback { width: 100%; min-height: 12em; font: 12px ui-monospace, monospace; }
details.assignment { margin: 10px 0; border-left: 3px solid var(--line); padding-left: 12px; }
details.assignment > summary { font-weight: 600; }
.finding { margin: 10px 0; padding: 10px 14px; border: 1px solid var(--line); border-left: 4px solid var(--bad-fill); border-radius: 6px;
  overflow-wrap: anywhere; }
.finding.is-resolved { border-left-color: var(--good-fill); }
.finding h3 { margin: 0 0 6px; font-size: 16px; }
.finding h4 { margin: 12px 0 4px; font-size: 14px; }
.finding details { margin: 10px 0; }
.finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; font-size: 14px; }
.finding dt { color: var(--muted); }
.finding dd { margin: 0; overflow-wrap: anywhere; }
.fix-actor { margin: 6px 0 0; font-weight: 600; font-size: 14px; }
.fix-steps { margin: 2px 0 0; padding-left: 22px; }
ul.examples { list-style: none; padding: 0; margin: 0; }
ul.examples li { margin: 4px 0; }
.where { font-size: 12px; color: var(--muted); }
pre { margin: 2px 0; padding: 6px 8px; background: var(--soft); border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 14em; overflow: auto; }
ul.plain { list-style: none; padding: 0; }
details.card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin: 6px 0; }
.more-courses { margin: 12px 0; }
footer { max-width: 1200px; margin: 0 auto; padding: 16px 24px 32px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); }
@media (max-width: 640px) {
  main, header.top, footer { padding-left: 14px; padding-right: 14px; }
  .tile dd { font-size: 24px; }
  .bar-cell { display: none; }
}
@media print {
  header.top { background: none; color: #000; padding: 0 0 8px; border-bottom: 2px solid #000; }
  header.top p { color: #000; }
  header.top nav, .filters, .filter-status, .course-tools, .more-courses, .skip, .data-table { display: none; }
  main, footer { max-width: none; padding: 0; }
  .chart-scroll, .table-scroll { overflow: visible; background: none; }
  .chart-svg { min-width: 0; }
  .tile, figure.chart, tr, .finding { break-inside: avoid; }
  section { margin-top: 20px; }
  a { color: inherit; text-decoration: none; }
}
`;
