import { EVENT_TYPE_COLORS, formatEventType } from "./event-types.js";
import type { Timeline } from "./timeline.js";

/** Width the chart aims to fill; bars widen or narrow to it within bounds, and the chart scrolls beyond. */
const TARGET_WIDTH = 1200;
const HEIGHT = 170;
const PAD = { top: 10, right: 12, bottom: 34, left: 34 };

/**
 * Stacked monthly bars of events by type, as SVG. Clicking a month calls `onPickMonth` (e.g. to filter to it).
 */
export function TimelineChart({
  timeline,
  title,
  onPickMonth,
}: {
  timeline: Timeline;
  title: string;
  onPickMonth?: (month: string) => void;
}) {
  if (timeline.months.length === 0)
    return <p className="muted">No dated events to draw{timeline.undated ? ` (${timeline.undated} undated)` : ""}.</p>;
  const slot = Math.max(10, Math.min(56, (TARGET_WIDTH - PAD.left - PAD.right) / timeline.months.length));
  const GAP = Math.max(2, Math.round(slot * 0.2));
  const BAR = slot - GAP;
  const width = Math.round(PAD.left + PAD.right + timeline.months.length * slot);
  const plot = HEIGHT - PAD.top - PAD.bottom;
  const peak = Math.max(1, timeline.peak);
  const scale = (n: number) => (n / peak) * plot;
  const ticks = niceTicks(peak);
  const labelEvery = Math.max(1, Math.ceil(40 / slot));
  const total = timeline.counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + (b ?? 0), 0), 0);
  return (
    <figure className="chart">
      <div className="chart-scroll">
        <svg
          role="img"
          aria-label={`${title}: ${total} events from ${timeline.months[0]} to ${timeline.months.at(-1)}`}
          width={width}
          height={HEIGHT}
          style={width > TARGET_WIDTH ? { minWidth: width } : undefined}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          className="timeline-svg"
        >
          {ticks.map((t) => (
            <g key={t}>
              <line
                x1={PAD.left}
                x2={width - PAD.right}
                y1={PAD.top + plot - scale(t)}
                y2={PAD.top + plot - scale(t)}
                className="grid"
              />
              <text x={PAD.left - 6} y={PAD.top + plot - scale(t) + 4} textAnchor="end" className="axis">
                {t}
              </text>
            </g>
          ))}
          {timeline.months.map((month, i) => {
            const x = PAD.left + i * slot + GAP / 2;
            let y = PAD.top + plot;
            const counts = timeline.counts[i] ?? {};
            const sum = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
            const tooltip = [
              `${month}: ${sum} event${sum === 1 ? "" : "s"}`,
              ...timeline.types.filter((t) => counts[t]).map((t) => `${formatEventType(t)}: ${counts[t]}`),
            ].join("\n");
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: month filtering is also offered by the date fields.
              <g
                key={month}
                className={onPickMonth ? "bar clickable" : "bar"}
                onClick={onPickMonth && sum > 0 ? () => onPickMonth(month) : undefined}
                data-month={month}
              >
                <title>{tooltip}</title>
                <rect x={x - GAP / 2} y={PAD.top} width={BAR + GAP} height={plot} className="hit" />
                {timeline.types.map((type) => {
                  const n = counts[type] ?? 0;
                  if (!n) return null;
                  const h = scale(n);
                  y -= h;
                  return <rect key={type} x={x} y={y} width={BAR} height={h} fill={EVENT_TYPE_COLORS[type]} />;
                })}
                {i % labelEvery === 0 ? (
                  <text x={x + BAR / 2} y={HEIGHT - PAD.bottom + 14} textAnchor="middle" className="axis">
                    {month.slice(5) === "01" || i === 0 ? month : month.slice(5)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption>
        <ul className="type-legend">
          {timeline.types.map((type) => (
            <li key={type}>
              <span className="dot" style={{ background: EVENT_TYPE_COLORS[type] }} aria-hidden="true" />
              {formatEventType(type)}
            </li>
          ))}
        </ul>
        {timeline.undated ? <span className="muted">{timeline.undated} undated events not drawn.</span> : null}
      </figcaption>
    </figure>
  );
}

function niceTicks(peak: number): number[] {
  const step =
    peak <= 5
      ? 1
      : peak <= 10
        ? 2
        : peak <= 25
          ? 5
          : 10 ** Math.floor(Math.log10(peak)) * (peak / 10 ** Math.floor(Math.log10(peak)) > 5 ? 2 : 1);
  const ticks: number[] = [];
  for (let t = 0; t <= peak; t += step) ticks.push(t);
  return ticks;
}
