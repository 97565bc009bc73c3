/** Small charts as inline SVG (Hono JSX, so every text is escaped): no scripts, no fonts to fetch, crisp on paper. */

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface Bar {
  label: string;
  value: number;
  /** Text after the bar, e.g. `12 (40%)`. */
  note: string;
}

/** Horizontal bars, one per row, scaled to `max` (default: the largest value). */
export function HorizontalBars({
  bars,
  title,
  max,
  width = 640,
  labelWidth = 230,
  colour = '#2f6f9f',
}: {
  bars: readonly Bar[];
  title: string;
  max?: number | undefined;
  width?: number;
  labelWidth?: number;
  colour?: string;
}) {
  const row = 24;
  const height = Math.max(1, bars.length) * row + 8;
  const top = max ?? Math.max(1e-9, ...bars.map((b) => b.value));
  const room = width - labelWidth - 110;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={title}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      font-size="13"
      font-family="system-ui, sans-serif"
    >
      {bars.map((b, i) => {
        const y = 4 + i * row;
        const w = Math.max(1, Math.round((b.value / top) * room));
        return (
          <g>
            <title>{`${b.label}: ${b.note}`}</title>
            <text x={labelWidth - 8} y={y + 16} text-anchor="end">
              {clip(b.label, 22)}
            </text>
            <rect x={labelWidth} y={y + 3} width={w} height={row - 8} fill={colour} />
            <text x={labelWidth + w + 6} y={y + 16}>
              {b.note}
            </text>
          </g>
        );
      })}
      {bars.length === 0 && (
        <text x="8" y="18">
          —
        </text>
      )}
    </svg>
  );
}

/** Vertical bars (a histogram), labels below. */
export function Columns({
  bars,
  title,
  width = 640,
  height = 200,
  colour = '#4b8b3b',
}: {
  bars: readonly Bar[];
  title: string;
  width?: number;
  height?: number;
  colour?: string;
}) {
  const base = height - 36;
  const top = Math.max(1e-9, ...bars.map((b) => b.value));
  const slot = bars.length === 0 ? width : width / bars.length;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={title}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      font-size="12"
      font-family="system-ui, sans-serif"
    >
      <line x1="0" y1={base} x2={width} y2={base} stroke="#888" />
      {bars.map((b, i) => {
        const h = Math.round((b.value / top) * (base - 20));
        const x = Math.round(i * slot + slot * 0.15);
        const w = Math.max(1, Math.round(slot * 0.7));
        const cx = Math.round(i * slot + slot / 2);
        return (
          <g>
            <title>{`${b.label}: ${b.note}`}</title>
            <rect x={x} y={base - h} width={w} height={h} fill={colour} />
            <text x={cx} y={base - h - 4} text-anchor="middle">
              {b.note}
            </text>
            <text x={cx} y={base + 16} text-anchor="middle" font-size="11">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
