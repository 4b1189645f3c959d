/** Shapes of the device API (firmware/API.md). Fields the UI does not read are left out. */

export type Value = boolean | number | string;
/** A secret setting reads back as whether it is set, never its value. */
export type SecretState = { set: boolean };

export interface Setting {
  key: string;
  type: 'bool' | 'int' | 'enum' | 'string';
  group: string;
  label: string;
  default: Value;
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  options?: { value: Value; label: string }[];
  minLength?: number;
  maxLength?: number;
  format?: 'url' | 'hostname' | 'ipv4' | 'password' | 'timezone';
  secret?: boolean;
  reboot?: boolean;
  advanced?: boolean;
  help?: string;
  since?: string;
}

export interface Schema {
  version: number;
  groups: { id: string; label: string }[];
  settings: Setting[];
}

export type Values = Record<string, Value | SecretState>;

export interface Info {
  api: number;
  firmware: { name: string; version: string; build: string };
  board: { id: string; name: string };
  name: string;
  hostname: string;
  capabilities?: string[];
}

/** One upload attempt as the uploader reports it (firmware/core/connect/upload_status.cpp). */
export interface UploadAttempt {
  /** Camera uptime when it happened. */
  uptime_s: number;
  /** Unix time, null while the camera's clock is not set. */
  at: number | null;
  ok: boolean;
  /** `ok` or a failure code (firmware/core/connect/failure.cpp), explained by lib/messages.ts. */
  code: string;
  /** The camera's own sentence for the code. */
  message: string;
  http_status: number | null;
}

/** Prusa Connect upload state, the "upload" object of /api/status. */
export interface UploadStatus {
  state: 'disabled' | 'not_configured' | 'paused_ota' | 'offline' | 'waiting' | 'uploading';
  /** Why the uploader is not configured, in the camera's words; null otherwise. */
  problem: string | null;
  interval_s: number;
  /** Seconds until the next upload while `waiting`, else null. */
  next_attempt_in_s: number | null;
  last_attempt: UploadAttempt | null;
  last_success: UploadAttempt | null;
  consecutive_failures: number;
}

export interface Status {
  uptime_s: number;
  wifi: {
    mode: string;
    /** `idle|connecting|connected|wrong_password|no_network|disconnected` (API.md, Wi-Fi). */
    status?: string;
    connected: boolean;
    ssid?: string;
    rssi?: number;
    ip?: string;
    ap?: { active: boolean; ssid?: string; clients?: number };
  };
  upload?: UploadStatus;
  /** The local-time members are null until the clock is synced (API.md, Time). */
  time?: {
    synced: boolean;
    now: number;
    utc_offset_s: number | null;
    zone: string | null;
    dst: boolean | null;
    local: string | null;
  };
  ota?: { state: string; progress?: number };
}

export interface Network {
  ssid: string;
  rssi: number;
  secure: boolean;
  channel?: number;
}

export interface Peer {
  name: string;
  host: string;
  ip: string;
  port: number;
  version?: string;
  seen_s?: number;
}

export interface LogLine {
  /** Unix seconds, 0 before the camera's clock is set. */
  t: number;
  /** Milliseconds since the camera started. */
  up_ms?: number;
  level: string;
  msg: string;
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}
