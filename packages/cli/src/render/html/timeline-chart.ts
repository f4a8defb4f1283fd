import { formatCount } from "@sis/core";
import { html, type SafeHtml } from "./safe-html.js";
import { gridValues, monthTicks, niceMax } from "./svg-axis.js";

export interface ChartSeries {
  key: string;
  label: string;
  /** CSS class that colours the series (fill), shared with its legend swatch. */
  colour: string;
}

export interface ChartBar {
  start: string;
  values: readonly number[];
  /** What a pointer over the bar shows. */
  tooltip: string;
}

const WIDTH = 960;
const HEIGHT = 200;
const LEFT = 52;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 24;

/**
 * Stacked bars over time as SVG written here, not by a chart library: a few hundred rectangles print sharply, need
 * no script, and cost a few KB where an inlined library costs 50 KB or more. The chart is an image to assistive
 * technology (its title and description say what it shows); the page puts a data table beside it.
 */
export function stackedBarChart(
  id: string,
  title: string,
  description: string,
  series: readonly ChartSeries[],
  bars: readonly ChartBar[],
): SafeHtml {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const top = niceMax(Math.max(0, ...bars.map((bar) => bar.values.reduce((sum, value) => sum + value, 0))));
  const step = plotWidth / Math.max(1, bars.length);
  const gap = step > 4 ? 1 : 0;
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const columns = bars.map((bar, index) => {
    let base = 0;
    const rects = bar.values.map((value, s) => {
      if (value === 0) return "";
      const from = base;
      base += value;
      return html`<rect class="${series[s]?.colour ?? ""}" x="${fixed(LEFT + index * step)}" y="${fixed(y(base))}" width="${fixed(step - gap)}" height="${fixed(y(from) - y(base))}"/>`;
    });
    return html`<g>${rects}<rect class="hit" x="${fixed(LEFT + index * step)}" y="${TOP}" width="${fixed(step)}" height="${plotHeight}"><title>${bar.tooltip}</title></rect></g>`;
  });
  const gridlines = gridValues(top).map(
    (value) =>
      html`<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${fixed(y(value))}" y2="${fixed(y(value))}"/><text class="axis" x="${LEFT - 6}" y="${fixed(y(value) + 4)}" text-anchor="end">${formatCount(value)}</text>`,
  );
  const ticks = monthTicks(
    bars.map((bar) => bar.start),
    plotWidth,
  ).map(
    ({ index, label }) =>
      html`<line class="tick" x1="${fixed(LEFT + index * step)}" x2="${fixed(LEFT + index * step)}" y1="${TOP + plotHeight}" y2="${TOP + plotHeight + 4}"/><text class="axis" x="${fixed(LEFT + index * step)}" y="${HEIGHT - 6}">${label}</text>`,
  );
  return html`<svg class="chart-svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${title}</title><desc id="${id}-desc">${description}</desc>${gridlines}${columns}${ticks}</svg>`;
}

function fixed(value: number): string {
  return String(Math.round(value * 100) / 100);
}
