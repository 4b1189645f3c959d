import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes only when the content differs, so make/CMake see an unchanged mtime and skip recompiling
 * the firmware after a build that produced the same bytes.
 */
export function writeIfChanged(file: string, content: string | Uint8Array): boolean {
  const next = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  try {
    if (readFileSync(file).equals(next)) return false;
  } catch {
    // Absent: fall through and create it.
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, next);
  return true;
}
