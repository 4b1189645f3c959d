/**
 * Compression for the stub's FLASH_DEFL_* commands, and the per-block bookkeeping the write loop
 * needs. esptool-js' writeFlash deflates with pako at level 9 (about 1 s per MB on the page's main
 * thread) and counts each block's uncompressed size with an Inflate of chunkSize 1 — a callback
 * per output byte — which made a 921600-baud write CPU-bound at a quarter of the wire speed in
 * the emulator bench. We compress natively (CompressionStream "deflate" = zlib format, which the
 * stub's miniz inflater parses) and count with a normal-sized inflate chunk.
 */
import { Inflate } from 'pako';

/** Pad to a multiple of 4 bytes with 0xFF, as esptool does (flash is written in words). */
export function padTo4(data: Uint8Array): Uint8Array {
  if (data.length % 4 === 0) return data;
  const out = new Uint8Array(data.length + (4 - (data.length % 4))).fill(0xff);
  out.set(data);
  return out;
}

export async function zlibDeflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Uncompressed bytes each compressed block stands for, so each block gets a fair timeout. */
export function uncompressedPerBlock(compressed: Uint8Array, blockSize: number): number[] {
  let produced = 0;
  const inflate = new Inflate({ chunkSize: 64 * 1024 });
  inflate.onData = (chunk: Uint8Array) => {
    produced += chunk.length;
  };
  const sizes: number[] = [];
  for (let at = 0; at < compressed.length; at += blockSize) {
    const before = produced;
    inflate.push(compressed.subarray(at, at + blockSize), at + blockSize >= compressed.length);
    sizes.push(produced - before);
  }
  return sizes;
}
