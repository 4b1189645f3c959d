/**
 * Builders for MJPEG streams in the camera's framing (firmware core/media/mjpeg.cpp), for the
 * parser's tests and the recorded-stream fixture. Test support only: nothing in the app imports it.
 */
import { MjpegParser } from './mjpeg-parser.ts';

const ascii = (s: string) => new TextEncoder().encode(s);

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A repeatable pseudo-random source (mulberry32): failures replay with the same seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `size` bytes shaped like a JPEG (SOI … EOI) with seeded noise between, CR and LF included. */
export function fakeJpeg(seed: number, size: number): Uint8Array {
  const rand = seeded(seed);
  const out = new Uint8Array(Math.max(4, size));
  for (let i = 0; i < out.length; i++) out[i] = Math.floor(rand() * 256);
  out.set([0xff, 0xd8], 0);
  out.set([0xff, 0xd9], out.length - 2);
  return out;
}

export interface PartOptions {
  leadingDelimiter: boolean;
  trailingDelimiter: boolean;
  contentLength?: boolean;
  /** Added to the true length in the Content-Length header, to make it lie. */
  lengthDelta?: number;
}

/** One part: optionally `\r\n--B\r\n` before it, its headers, the JPEG, optionally `\r\n--B\r\n`. */
export function frameOf(boundary: string, jpeg: Uint8Array, o: PartOptions): Uint8Array {
  const length = o.contentLength === false ? '' : `Content-Length: ${jpeg.length + (o.lengthDelta ?? 0)}\r\n`;
  return concat([
    ascii(o.leadingDelimiter ? `\r\n--${boundary}\r\n` : ''),
    ascii(`Content-Type: image/jpeg\r\n${length}X-Timestamp: 1700000000\r\n\r\n`),
    jpeg,
    ascii(o.trailingDelimiter ? `\r\n--${boundary}\r\n` : ''),
  ]);
}

/** Up to 40 bytes of noise that looks like broken framing: dashes, line breaks, letters. */
function garbageBytes(rand: () => number): Uint8Array {
  const alphabet = ascii('--\r\n\r\nprintcam-mjpeg xyz\xff');
  return Uint8Array.from(
    { length: Math.floor(rand() * 40) },
    () => alphabet[Math.floor(rand() * alphabet.length)],
  );
}

export interface StreamOptions {
  contentLength?: boolean;
  /** When given, noise goes before the first delimiter and (with Content-Length) after each JPEG. */
  garbage?: () => number;
}

/** A whole stream as the camera sends it: `--B\r\n`, then each part followed by `\r\n--B\r\n`. */
export function cameraStream(boundary: string, jpegs: Uint8Array[], o: StreamOptions = {}): Uint8Array {
  const withLength = o.contentLength !== false;
  const noise = () => (o.garbage ? garbageBytes(o.garbage) : new Uint8Array());
  const parts = jpegs.map((j) => {
    const body = frameOf(boundary, j, {
      leadingDelimiter: false,
      trailingDelimiter: false,
      contentLength: withLength,
    });
    return concat([body, withLength ? noise() : new Uint8Array(), ascii(`\r\n--${boundary}\r\n`)]);
  });
  return concat([noise(), ascii(`--${boundary}\r\n`), ...parts]);
}

/** Cuts a stream into chunks of 1..maxChunk bytes. */
export function randomChunks(stream: Uint8Array, rand: () => number, maxChunk: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < stream.length; ) {
    const n = 1 + Math.floor(rand() * maxChunk);
    chunks.push(stream.subarray(at, at + n));
    at += n;
  }
  return chunks;
}

export function parseAll(
  boundary: string,
  chunks: Uint8Array[],
  parser = new MjpegParser(boundary),
): Uint8Array[] {
  return chunks.flatMap((c) => parser.push(c));
}
