/** Checks that an answer has the shape of the device API's camera information (API.md). */
import type { Info } from '@device-ui/api/index.ts';

export function isCameraInfo(value: unknown): value is Info {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { api?: unknown; firmware?: unknown };
  const fw = v.firmware as { version?: unknown } | null | undefined;
  return typeof v.api === 'number' && typeof fw === 'object' && fw !== null && typeof fw.version === 'string';
}
