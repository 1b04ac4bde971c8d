/**
 * Draws content/{zh,en}/images/gradient-descent.png: gradient descent on the
 * elongated convex valley L(w1, w2) = A·w1² + B·w2², run from one start point
 * with three learning rates (too small, well chosen, too large). The paths are
 * computed here, not sketched, from scripts/lib/gradient-descent.ts. Run again after changing anything below:
 * `node scripts/make-figures.ts`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { A, B, descend, loss, RATES, START, STEPS, type Point } from './lib/gradient-descent.ts';

type Run = { eta: number; color: string; marker: 'circle' | 'square' | 'diamond'; label: string };
type Labels = { runs: [string, string, string]; minimum: string; start: string; loss: string; steps: string };

// The loss, the start and the rates are shared with the test that checks the caption (scripts/lib/gradient-descent.ts).
const ETAS = [RATES.small, RATES.good, RATES.large] as const;

const LABELS: Record<'zh' | 'en', Labels> = {
  zh: {
    runs: [`学习率 η = ${RATES.small}（太小）`, `学习率 η = ${RATES.good}（合适）`, `学习率 η = ${RATES.large}（太大，来回震荡）`],
    minimum: '最小值', start: '起点', loss: '损失', steps: `每条路径 ${STEPS} 步`,
  },
  en: {
    runs: [`learning rate η = ${RATES.small} (too small)`, `learning rate η = ${RATES.good} (well chosen)`, `learning rate η = ${RATES.large} (too large: oscillates)`],
    minimum: 'minimum', start: 'start', loss: 'loss', steps: `${STEPS} steps per path`,
  },
};
const COLORS = ['#0072b2', '#00875a', '#d55e00'] as const; // Okabe–Ito blue, green, vermillion
const MARKERS = ['circle', 'square', 'diamond'] as const;

// Canvas and plot geometry: equal scale on both axes, so the contours keep their true shape.
const W = 1600;
const H = 1000;
const PAD = 24; // margin around the rounded background card
const X0 = 130; // plot area in px
const X1 = W - 50;
const Y0 = 50;
const W1_RANGE: Point = [-5.5, 5.5];
const SCALE = (X1 - X0) / (W1_RANGE[1] - W1_RANGE[0]);
const Y1 = H - 130;
const W2_HALF = (Y1 - Y0) / 2 / SCALE;
const px = ([w1, w2]: Point): Point => [X0 + (w1 - W1_RANGE[0]) * SCALE, (Y0 + Y1) / 2 - w2 * SCALE];
const f = (n: number): string => n.toFixed(1);
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

function marker(kind: Run['marker'], [x, y]: Point, color: string, r = 9): string {
  const common = `fill="${color}" stroke="#ffffff" stroke-width="2.5"`;
  if (kind === 'circle') return `<circle cx="${f(x)}" cy="${f(y)}" r="${r}" ${common}/>`;
  if (kind === 'square') return `<rect x="${f(x - r * 0.9)}" y="${f(y - r * 0.9)}" width="${f(r * 1.8)}" height="${f(r * 1.8)}" ${common}/>`;
  const d = r * 1.2;
  return `<path d="M${f(x)} ${f(y - d)}L${f(x + d)} ${f(y)}L${f(x)} ${f(y + d)}L${f(x - d)} ${f(y)}Z" ${common}/>`;
}

// Axis label "w" with a real subscript (the CJK font has no U+2081 glyph).
const wLabel = (i: 1 | 2, x: number, y: number, extra = ''): string =>
  `<text x="${x}" y="${y}" font-size="38" ${extra}><tspan font-style="italic">w</tspan><tspan font-size="26" dy="9">${i}</tspan></text>`;

function contours(): string {
  // Level k has semi-axis 0.55·k along w1; outermost first so the inner ellipses paint on top.
  const out: string[] = [];
  const levels = 14;
  for (let k = levels; k >= 1; k--) {
    const c = A * (0.55 * k) ** 2;
    const t = k / levels; // 0 near the minimum, 1 far away
    const fill = `rgb(${Math.round(250 - 52 * t)},${Math.round(251 - 40 * t)},${Math.round(253 - 20 * t)})`;
    const [cx, cy] = px([0, 0]);
    out.push(`<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(Math.sqrt(c / A) * SCALE)}" ry="${f(Math.sqrt(c / B) * SCALE)}" fill="${fill}" stroke="#8a9bb5" stroke-width="1.5"/>`);
  }
  return out.join('\n');
}

function axes(): string {
  const out: string[] = [];
  for (let t = Math.ceil(W1_RANGE[0]); t <= W1_RANGE[1]; t++) {
    const [x] = px([t, 0]);
    out.push(`<line x1="${f(x)}" y1="${Y1}" x2="${f(x)}" y2="${Y1 + 10}" stroke="#333"/>`,
      `<text x="${f(x)}" y="${Y1 + 44}" text-anchor="middle" font-size="28">${t < 0 ? '−' + -t : t}</text>`);
  }
  for (let t = Math.ceil(-W2_HALF); t <= W2_HALF; t++) {
    const [, y] = px([0, t]);
    out.push(`<line x1="${X0 - 10}" y1="${f(y)}" x2="${X0}" y2="${f(y)}" stroke="#333"/>`,
      `<text x="${X0 - 18}" y="${f(y + 10)}" text-anchor="end" font-size="28">${t < 0 ? '−' + -t : t}</text>`);
  }
  out.push(`<rect x="${X0}" y="${Y0}" width="${X1 - X0}" height="${Y1 - Y0}" fill="none" stroke="#333" stroke-width="2"/>`,
    wLabel(1, (X0 + X1) / 2 - 14, Y1 + 98),
    wLabel(2, 40, (Y0 + Y1) / 2 + 12));
  return out.join('\n');
}

function figure(lang: 'zh' | 'en'): string {
  const L = LABELS[lang];
  const runs: Run[] = ETAS.map((eta, i) => ({ eta, color: COLORS[i] ?? '#000', marker: MARKERS[i] ?? 'circle', label: L.runs[i] ?? '' }));
  const paths = runs.map((run) => {
    const pts = descend(run.eta).map(px);
    const line = `<polyline points="${pts.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}" fill="none" stroke="${run.color}" stroke-width="4" stroke-linejoin="round"/>`;
    return line + pts.slice(1).map((p) => marker(run.marker, p, run.color)).join('');
  });
  const [sx, sy] = px(START);
  const [mx, my] = px([0, 0]);
  // Legend in the empty lower-right corner of the plot.
  const rowH = 52;
  const lw = lang === 'zh' ? 600 : 790;
  const lh = rowH * 4 + 28;
  const lx = X1 - lw - 18;
  const ly = Y1 - lh - 18;
  const legend = runs.map((run, i) => {
    const y = ly + 16 + rowH * i + rowH / 2;
    return `<line x1="${lx + 24}" y1="${y}" x2="${lx + 84}" y2="${y}" stroke="${run.color}" stroke-width="4"/>${marker(run.marker, [lx + 54, y], run.color)}` +
      `<text x="${lx + 104}" y="${y + 10}" font-size="30">${run.label}</text>`;
  }).join('\n');
  const lossText = `<text x="${lx + 24}" y="${ly + 16 + rowH * 3 + rowH / 2 + 10}" font-size="28" fill="#444">${L.loss} L = ${A}<tspan font-style="italic">w</tspan><tspan font-size="20" dy="7">1</tspan><tspan font-size="20" dy="-20">2</tspan><tspan dy="13" dx="10">+ ${B}</tspan><tspan font-style="italic">w</tspan><tspan font-size="20" dy="7">2</tspan><tspan font-size="20" dy="-20">2</tspan><tspan dy="13" dx="14">·</tspan><tspan dx="14">${L.steps}</tspan></text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}" fill="#222">
<rect x="${PAD / 2}" y="${PAD / 2}" width="${W - PAD}" height="${H - PAD}" rx="24" fill="#ffffff" stroke="#d0d7de" stroke-width="2"/>
<clipPath id="plot"><rect x="${X0}" y="${Y0}" width="${X1 - X0}" height="${Y1 - Y0}"/></clipPath>
<g clip-path="url(#plot)">
${contours()}
${paths.join('\n')}
</g>
<path d="M${f(mx - 16)} ${f(my - 16)}L${f(mx + 16)} ${f(my + 16)}M${f(mx - 16)} ${f(my + 16)}L${f(mx + 16)} ${f(my - 16)}" stroke="#ffffff" stroke-width="12" stroke-linecap="round"/>
<path d="M${f(mx - 16)} ${f(my - 16)}L${f(mx + 16)} ${f(my + 16)}M${f(mx - 16)} ${f(my + 16)}L${f(mx + 16)} ${f(my - 16)}" stroke="#111" stroke-width="6" stroke-linecap="round"/>
<text x="${f(mx + 22)}" y="${f(my - 22)}" font-size="30" font-weight="bold" stroke="#ffffff" stroke-width="6" paint-order="stroke">${L.minimum}</text>
<circle cx="${f(sx)}" cy="${f(sy)}" r="14" fill="#111" stroke="#ffffff" stroke-width="3"/>
<text x="${f(sx + 24)}" y="${f(sy - 18)}" font-size="30" font-weight="bold" stroke="#ffffff" stroke-width="6" paint-order="stroke">${L.start}</text>
${axes()}
<rect x="${lx}" y="${ly}" width="${lw}" height="${lh}" rx="12" fill="#ffffff" fill-opacity="0.94" stroke="#8a9bb5" stroke-width="1.5"/>
${legend}
${lossText}
</svg>`;
}

// Check that the three rates really show the three behaviours before drawing them.
for (const eta of ETAS) {
  const pts = descend(eta);
  const end = pts[pts.length - 1] ?? START;
  const signFlips = pts.slice(1).filter((p, i) => Math.sign(p[1]) !== Math.sign((pts[i] ?? START)[1])).length;
  console.log(`η = ${eta}: step factors w1 ${(1 - 2 * A * eta).toFixed(2)}, w2 ${(1 - 2 * B * eta).toFixed(2)}; ` +
    `after ${STEPS} steps w = (${end[0].toFixed(3)}, ${end[1].toFixed(3)}), loss ${loss(START).toFixed(2)} → ${loss(end).toFixed(4)}, ` +
    `w2 changes sign ${signFlips} times`);
}
// tests/content/gradient-descent-figure.test.ts checks each rate against what the captions call it.

const root = path.resolve(import.meta.dirname, '..');
for (const lang of ['zh', 'en'] as const) {
  const out = path.join(root, 'content', lang, 'images', 'gradient-descent.png');
  await mkdir(path.dirname(out), { recursive: true });
  const info = await sharp(Buffer.from(figure(lang))).png({ compressionLevel: 9, palette: true }).toFile(out);
  console.log(`Wrote ${out} (${info.width}×${info.height}, ${Math.round(info.size / 1024)} KB)`);
}
