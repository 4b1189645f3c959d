/**
 * The parts of the device API (firmware/API.md, v1) the PWA reads. When device-ui's typed client
 * lands these come from there; until then they live here, next to the one module that fetches.
 */

export interface CameraInfo {
  api: number;
  firmware: { name: string; version: string; build?: string };
  board?: { id: string; name: string };
  name?: string;
  hostname?: string;
  capabilities?: string[];
}

export interface CameraStatus {
  uptime_s?: number;
  wifi?: { connected?: boolean; rssi?: number; ssid?: string; ip?: string };
  upload?: { ok?: boolean; last_error?: string; last_success?: number; enabled?: boolean };
}

export interface CameraPeer {
  name: string;
  host: string;
  ip: string;
  port: number;
  version?: string;
  seen_s?: number;
}

/** The error body every printcam camera answers with (API.md conventions). */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const error = (value as { error?: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

export function isCameraInfo(value: unknown): value is CameraInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { api?: unknown; firmware?: unknown };
  const fw = v.firmware as { version?: unknown } | null | undefined;
  return typeof v.api === 'number' && typeof fw === 'object' && fw !== null && typeof fw.version === 'string';
}
