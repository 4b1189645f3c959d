/**
 * Draws the app icon (a camera on the brand colour) at any size and encodes it as PNG. Chromium's
 * installability needs 192 and 512 px icons; the maskable one keeps the drawing inside the
 * central 80 % safe zone so launchers may crop it to any shape.
 */
import { encodePng } from './png.ts';

type Rgba = [number, number, number, number];
const BRAND: Rgba = [224, 90, 0, 255]; // device-ui's --accent
const BODY: Rgba = [255, 255, 255, 255];
const LENS: Rgba = [27, 27, 31, 255];
const GLINT: Rgba = [255, 138, 61, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
/** 4×4 samples per pixel: smooth edges without an anti-aliasing rasterizer. */
const SUPERSAMPLE = 4;

export interface IconSpec {
  file: string;
  size: number;
  maskable: boolean;
}

export const ICONS: IconSpec[] = [
  { file: 'icons/icon-192.png', size: 192, maskable: false },
  { file: 'icons/icon-512.png', size: 512, maskable: false },
  { file: 'icons/maskable-512.png', size: 512, maskable: true },
  { file: 'icons/apple-touch-icon.png', size: 180, maskable: true },
];

/** The colour at (x, y) in a unit square, 0..1 each way. */
function shade(x: number, y: number, maskable: boolean): Rgba {
  // Maskable icons are full-bleed; plain ones are a rounded square with transparent corners.
  if (!maskable && !insideRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return CLEAR;
  // Drawing scale: 1 for plain icons, 0.8 for maskable (the safe zone).
  const s = maskable ? 0.75 : 1;
  const u = 0.5 + (x - 0.5) / s;
  const v = 0.5 + (y - 0.5) / s;
  const lens = Math.hypot(u - 0.5, v - 0.55);
  if (
    insideRoundedRect(u, v, 0.16, 0.3, 0.84, 0.78, 0.08) ||
    insideRoundedRect(u, v, 0.36, 0.22, 0.64, 0.34, 0.04)
  ) {
    if (lens < 0.06) return GLINT;
    if (lens < 0.16) return LENS;
    return BODY;
  }
  return BRAND;
}

function insideRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

export function renderIcon(size: number, maskable: boolean): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let i = 0; i < n; i++) {
        const x = (px + ((i % SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const y = (py + (Math.floor(i / SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const c = shade(x, y, maskable);
        // Premultiplied so transparent samples do not darken the edge.
        for (let k = 0; k < 3; k++) sum[k] += (c[k] * c[3]) / 255;
        sum[3] += c[3];
      }
      const o = (py * size + px) * 4;
      const alpha = sum[3] / n;
      for (let k = 0; k < 3; k++) rgba[o + k] = alpha === 0 ? 0 : Math.round((sum[k] / n / alpha) * 255);
      rgba[o + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, size, rgba);
}
