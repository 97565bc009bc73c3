/**
 * Small charts as inline SVG (Hono JSX, so every text is escaped): no scripts, no fonts to fetch,
 * crisp on paper. They are drawn narrow (a phone's width) and shown at most a little larger, so the
 * text stays readable on a phone and is not huge on a desktop; every text is laid out to stay inside
 * its box: labels wrap (on spaces in English, anywhere in Chinese), and what does not fit in two lines
 * ends in "…", the full text in the element's `<title>` (a tooltip, and read by screen readers).
 */

/** The width charts are drawn at (SVG units ≈ CSS pixels at 1×). */
export const CHART_WIDTH = 340;
/** Charts are shown at most this much larger than drawn (a desktop), and shrink to fit a phone. */
const MAX_SCALE = 1.15;
const FONT = 14;
const SMALL = 13;
const TICK = 12;
/** Room kept at the sides: glyphs may reach a little beyond their advance (side bearings). */
const PAD = 4;

/**
 * A generous estimate of a text's width in a sans-serif font at `size` px: CJK and full-width
 * characters one em, Latin by letter class (wide enough for DejaVu Sans, the widest common fallback).
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f && ch !== ' ')) em += 1;
    else if (/[mwMW@%]/.test(ch)) em += 0.95;
    else if (/[A-Z]/.test(ch)) em += 0.76;
    else if (/[ijlI.,:;'|!()[\]]/.test(ch)) em += 0.4;
    else if (ch === ' ') em += 0.34;
    else em += 0.64;
  }
  return em * size;
}

/** Cuts text to fit `width`, ending in "…" when cut. */
function cut(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Lines of at most `width`, at most `maxLines` of them (the last ends in "…" when the text is longer).
 * English breaks between words (a word longer than a line is cut), Chinese between any characters.
 */
export function wrapText(text: string, width: number, size: number, maxLines = 2): string[] {
  const tokens = text.trim().match(/[^\s\u2e80-\uffff]+\s*|\s+|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const [i, token] of tokens.entries()) {
    if (line === '' || textWidth((line + token).trimEnd(), size) <= width) {
      line += token;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // The last line takes the rest of the text, cut to fit.
      lines.push(cut(line + tokens.slice(i).join(''), width, size));
      return lines;
    }
    lines.push(cut(line.trimEnd(), width, size));
    line = token.trimStart();
  }
  if (line.trim() !== '') lines.push(cut(line.trimEnd(), width, size));
  return lines;
}

export interface Bar {
  label: string;
  value: number;
  /** Text after the bar, e.g. `12 (40%)`. */
  note: string;
}

/** The `<svg>` frame every chart shares: drawn `width` wide, shown at most `MAX_SCALE` larger, never wider than its container. */
function Frame({
  title,
  width,
  height,
  children,
}: {
  title: string;
  width: number;
  height: number;
  children?: unknown;
}) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={title}
      class="chart"
      viewBox={`0 0 ${width} ${height}`}
      width={Math.round(width * MAX_SCALE)}
      style="display:block;max-width:100%;height:auto"
      font-size={FONT}
      font-family="system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif"
    >
      <title>{title}</title>
      {children}
    </svg>
  );
}

/**
 * Horizontal bars, one per row, each label on its own line(s) above its bar so long task texts
 * keep the whole width; scaled to `max` (default: the largest value), the note after the bar.
 */
export function HorizontalBars({
  bars,
  title,
  max,
  colour = '#2f6f9f',
}: {
  bars: readonly Bar[];
  title: string;
  max?: number | undefined;
  colour?: string;
}) {
  const width = CHART_WIDTH;
  const line = FONT + 4;
  const bar = 14;
  const gap = 10;
  const noteRoom = Math.ceil(Math.max(0, ...bars.map((b) => textWidth(b.note, SMALL)))) + 8;
  const room = width - 2 * PAD - noteRoom;
  const top = max ?? Math.max(1e-9, ...bars.map((b) => b.value));
  let y = 2;
  const rows = bars.map((b) => {
    const lines = wrapText(b.label, width - 2 * PAD, FONT);
    const first = y;
    y += lines.length * line + 3 + bar + gap;
    return { b, lines, y: first };
  });
  const height = Math.max(y, 10);
  return (
    <Frame title={title} width={width} height={height}>
      {rows.map(({ b, lines, y: at }) => {
        const w = Math.max(1, Math.round((Math.min(b.value, top) / top) * room));
        const barY = at + lines.length * line + 3;
        return (
          <g>
            <title>{`${b.label}: ${b.note}`}</title>
            {lines.map((text, i) => (
              <text x={PAD} y={at + (i + 1) * line - 4}>
                {text}
              </text>
            ))}
            <rect x={PAD} y={barY} width={w} height={bar} fill={colour} />
            <text x={PAD + w + 6} y={barY + bar - 2} font-size={SMALL}>
              {b.note}
            </text>
          </g>
        );
      })}
    </Frame>
  );
}

export interface Bucket {
  from: number;
  to: number;
  value: number;
}

/**
 * A histogram over 0–1: each column as wide as its range (anonymised reports merge ranges), the
 * count above it, the range bounds on the axis below.
 */
export function Histogram({ buckets, title }: { buckets: readonly Bucket[]; title: string }) {
  const width = CHART_WIDTH;
  const height = 170;
  const base = height - 26;
  const tick = (v: number) => v.toFixed(1);
  // Room at the sides for half a bound label, so the end labels stay inside.
  const left = Math.ceil(textWidth(tick(0), TICK) / 2) + PAD;
  const plot = width - 2 * left;
  const x = (v: number) => left + Math.round(v * plot);
  const top = Math.max(1e-9, ...buckets.map((b) => b.value));
  const bounds = [...new Set(buckets.flatMap((b) => [b.from, b.to]))].sort((a, b) => a - b);
  // Every bound when the labels fit between them, else every other one (always the ends).
  const spacing = Math.min(...bounds.slice(1).map((b, i) => x(b) - x(bounds[i] as number)));
  const step = spacing >= textWidth(tick(0), TICK) + 6 ? 1 : 2;
  const ticks = bounds.filter((_, i) => i % step === 0 || i === bounds.length - 1);
  return (
    <Frame title={title} width={width} height={height}>
      <line x1={left} y1={base} x2={left + plot} y2={base} stroke="#888" />
      {buckets.map((b) => {
        const h = Math.round((b.value / top) * (base - 24));
        const x0 = x(b.from);
        const w = Math.max(1, x(b.to) - x0 - 3);
        return (
          <g>
            <title>{`${b.from.toFixed(1)}–${b.to.toFixed(1)}: ${b.value}`}</title>
            <rect x={x0 + 1.5} y={base - h} width={w} height={h} fill="#4b8b3b" />
            <text x={x0 + 1.5 + w / 2} y={base - h - 4} text-anchor="middle" font-size={SMALL}>
              {String(b.value)}
            </text>
          </g>
        );
      })}
      {ticks.map((v) => (
        <text x={x(v)} y={base + 16} font-size={TICK} text-anchor="middle">
          {tick(v)}
        </text>
      ))}
    </Frame>
  );
}
