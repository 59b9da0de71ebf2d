import { zlibSync } from 'fflate';
import type { ChartData } from '../../core/erp/charts';

/**
 * A chart drawn as a PNG image, as the original's GET /charts/{id} answers it (JFreeChart there): bars for a
 * category data set (one colour per series), slices for a pie, lines for a time series, on a white ground with
 * axes. No text: the JSON forms carry the names and labels. Pixels are drawn in memory and deflated with fflate
 * (a 800×600 image is 1.4 MB raw, a few kB encoded).
 */

const PALETTE: [number, number, number][] = [
  [70, 114, 196],
  [237, 125, 49],
  [112, 173, 71],
  [255, 192, 0],
  [91, 155, 213],
  [165, 165, 165],
  [158, 72, 14],
  [99, 99, 99],
];

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }

  set(x: number, y: number, [r, g, b]: [number, number, number]) {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const at = (Math.floor(y) * this.width + Math.floor(x)) * 3;
    this.pixels[at] = r;
    this.pixels[at + 1] = g;
    this.pixels[at + 2] = b;
  }

  rect(x0: number, y0: number, x1: number, y1: number, color: [number, number, number]) {
    for (let y = Math.max(0, Math.floor(Math.min(y0, y1))); y < Math.min(this.height, Math.ceil(Math.max(y0, y1))); y++)
      for (
        let x = Math.max(0, Math.floor(Math.min(x0, x1)));
        x < Math.min(this.width, Math.ceil(Math.max(x0, x1)));
        x++
      )
        this.set(x, y, color);
  }

  line(x0: number, y0: number, x1: number, y1: number, color: [number, number, number], thick = 1) {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
    for (let i = 0; i <= steps; i++) {
      const x = x0 + ((x1 - x0) * i) / steps;
      const y = y0 + ((y1 - y0) * i) / steps;
      this.rect(x - thick / 2, y - thick / 2, x + thick / 2 + 0.5, y + thick / 2 + 0.5, color);
    }
  }
}

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v) || 0);

function drawPie(canvas: Canvas, data: ChartData['data']) {
  const values = data.map((d) => Math.max(0, num(d.value)));
  const total = values.reduce((a, b) => a + b, 0);
  if (!total) return;
  const cx = canvas.width / 2;
  const cy = canvas.height / 2;
  const radius = Math.min(canvas.width, canvas.height) * 0.4;
  const ends: number[] = [];
  let sum = 0;
  for (const v of values) {
    sum += v;
    ends.push(sum / total);
  }
  for (let y = Math.floor(cy - radius); y <= cy + radius; y++)
    for (let x = Math.floor(cx - radius); x <= cx + radius; x++) {
      const dx = x - cx;
      const dy = y - cy;
      if (dx * dx + dy * dy > radius * radius) continue;
      const turn = (Math.atan2(dy, dx) / (2 * Math.PI) + 1.25) % 1;
      const slice = ends.findIndex((end) => turn <= end);
      canvas.set(x, y, PALETTE[Math.max(0, slice) % PALETTE.length]);
    }
}

function drawAxes(canvas: Canvas, box: { left: number; top: number; right: number; bottom: number }) {
  const grey: [number, number, number] = [90, 90, 90];
  canvas.line(box.left, box.top, box.left, box.bottom, grey);
  canvas.line(box.left, box.bottom, box.right, box.bottom, grey);
}

function drawBars(canvas: Canvas, data: ChartData['data'], horizontal: boolean) {
  const box = { left: 40, top: 20, right: canvas.width - 20, bottom: canvas.height - 30 };
  const columns = [...new Set(data.map((d) => String(d.column)))];
  const series = [...new Set(data.map((d) => String(d.row)))];
  const max = Math.max(1, ...data.map((d) => num(d.value)));
  drawAxes(canvas, box);
  const span = horizontal ? box.bottom - box.top : box.right - box.left;
  const slot = span / Math.max(1, columns.length);
  const bar = (slot * 0.8) / Math.max(1, series.length);
  for (const d of data) {
    const c = columns.indexOf(String(d.column));
    const s = series.indexOf(String(d.row));
    const start = slot * c + slot * 0.1 + bar * s;
    const length = (Math.max(0, num(d.value)) / max) * (horizontal ? box.right - box.left : box.bottom - box.top);
    const color = PALETTE[s % PALETTE.length];
    if (horizontal) canvas.rect(box.left + 1, box.top + start, box.left + 1 + length, box.top + start + bar, color);
    else canvas.rect(box.left + start, box.bottom - length, box.left + start + bar, box.bottom, color);
  }
}

function drawLines(canvas: Canvas, data: ChartData['data']) {
  const box = { left: 40, top: 20, right: canvas.width - 20, bottom: canvas.height - 30 };
  const xs = [...new Set(data.map((d) => String(d.x)))].sort();
  const series = [...new Set(data.map((d) => String(d.series)))];
  const max = Math.max(1, ...data.map((d) => num(d.y)));
  drawAxes(canvas, box);
  const step = (box.right - box.left) / Math.max(1, xs.length - 1 || 1);
  series.forEach((name, s) => {
    const points = data
      .filter((d) => String(d.series) === name)
      .map((d) => ({
        x: box.left + step * xs.indexOf(String(d.x)) + (xs.length === 1 ? (box.right - box.left) / 2 : 0),
        y: box.bottom - (Math.max(0, num(d.y)) / max) * (box.bottom - box.top),
      }))
      .sort((a, b) => a.x - b.x);
    const color = PALETTE[s % PALETTE.length];
    points.forEach((p, i) => {
      canvas.rect(p.x - 2, p.y - 2, p.x + 3, p.y + 3, color);
      if (i > 0) canvas.line(points[i - 1].x, points[i - 1].y, p.x, p.y, color, 2);
    });
  });
}

const CRC = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function encodePng(canvas: Canvas): Uint8Array {
  const { width, height, pixels } = canvas;
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(pixels.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function chartPng(chart: ChartData, width: number, height: number): Uint8Array {
  const canvas = new Canvas(width, height);
  if (chart.chartType === 'PC' || chart.chartType === 'RC') drawPie(canvas, chart.data);
  else if (chart.data.some((d) => 'x' in d)) drawLines(canvas, chart.data);
  else drawBars(canvas, chart.data, chart.chartOrientation === 'H');
  return encodePng(canvas);
}
