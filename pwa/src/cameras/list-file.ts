/**
 * The camera list as a file a person can keep or move to another device. Import validates the
 * whole file before anything changes: a file that is not a camera list is refused and the
 * existing list stays as it was.
 */
import { parseCameraAddress } from './address.ts';
import { addCamera, type Camera, MAX_LABEL_LENGTH, newCameraId } from './camera-list.ts';

export const LIST_FILE_FORMAT = 'printcam-camera-list';
export const LIST_FILE_VERSION = 1;
/** A print farm of a hundred is the design point; ten times that is surely not a camera list. */
export const MAX_IMPORT_CAMERAS = 1000;

interface ListFileEntry {
  address: string;
  name: string;
  group: string;
}

export function exportList(list: Camera[]): string {
  const cameras: ListFileEntry[] = list.map((c) => ({ address: c.origin, name: c.name, group: c.group }));
  return `${JSON.stringify({ format: LIST_FILE_FORMAT, version: LIST_FILE_VERSION, cameras }, null, 2)}\n`;
}

export type ImportResult =
  | { ok: true; cameras: Camera[]; added: number; alreadyListed: number }
  | { ok: false; message: string };

/** Merges the cameras in `text` into `list`; addresses already listed are kept as they are. */
export function importList(list: Camera[], text: string, makeId: () => string = newCameraId): ImportResult {
  const parsed = parseListFile(text);
  if (!parsed.ok) return parsed;
  let cameras = list;
  let added = 0;
  for (const entry of parsed.entries) {
    const r = addCamera(cameras, {
      id: makeId(),
      origin: entry.address,
      name: entry.name,
      group: entry.group,
    });
    if (r.ok) {
      cameras = r.cameras;
      added++;
    }
  }
  return { ok: true, cameras, added, alreadyListed: parsed.entries.length - added };
}

type Parsed = { ok: true; entries: ListFileEntry[] } | { ok: false; message: string };

function parseListFile(text: string): Parsed {
  const notAList = (why: string): Parsed => ({
    ok: false,
    message: `This file is not a printcam camera list (${why}). Your list was not changed.`,
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return notAList('it is not JSON');
  }
  if (!isRecord(data) || data.format !== LIST_FILE_FORMAT)
    return notAList('it has no "format": "printcam-camera-list"');
  if (data.version !== LIST_FILE_VERSION) {
    return {
      ok: false,
      message: `This camera list was written by a newer printcam app (version ${String(data.version)}). Update this app, then import it again. Your list was not changed.`,
    };
  }
  if (!Array.isArray(data.cameras)) return notAList('it has no "cameras" array');
  if (data.cameras.length > MAX_IMPORT_CAMERAS)
    return notAList(`it lists more than ${MAX_IMPORT_CAMERAS} cameras`);
  const entries: ListFileEntry[] = [];
  for (const [i, raw] of data.cameras.entries()) {
    const where = `camera ${i + 1}`;
    if (!isRecord(raw) || typeof raw.address !== 'string') return notAList(`${where} has no address`);
    const address = parseCameraAddress(raw.address);
    if (!address.ok) return notAList(`${where}: ${address.message}`);
    const name = optionalLabel(raw.name);
    const group = optionalLabel(raw.group);
    if (name === undefined || group === undefined) {
      return notAList(
        `${where} has a name or group that is not text of at most ${MAX_LABEL_LENGTH} characters`,
      );
    }
    entries.push({ address: address.origin, name, group });
  }
  return { ok: true, entries };
}

function optionalLabel(value: unknown): string | undefined {
  if (value === undefined) return '';
  return typeof value === 'string' && value.length <= MAX_LABEL_LENGTH ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
