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

/** Prusa Connect upload state; every field is optional so older firmware still renders. */
export interface UploadStatus {
  enabled?: boolean;
  last_success?: number;
  next_due_s?: number;
  last_error?: { code: string; message?: string; at?: number } | null;
}

export interface Status {
  uptime_s: number;
  wifi: {
    mode: string;
    connected: boolean;
    ssid?: string;
    rssi?: number;
    ip?: string;
    ap?: { active: boolean; ssid?: string; clients?: number };
  };
  upload?: UploadStatus;
  time?: { synced: boolean; now: number };
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
  t: number;
  level: string;
  msg: string;
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}
