/**
 * What gets written where, decided before the port is touched. No chip erase: every region that
 * must change is written, and the regions a choice must clear are written with 0xFF (a few bytes
 * once compressed), so an install takes as long as its image and not a 4 MB erase longer.
 *
 * - install: the manifest's parts (the factory image at 0), then the settings partition — the
 *   backup read before, or 0xFF so the new firmware starts from defaults — and otadata cleared
 *   unless a part already covers it, so the bootloader starts the first app slot.
 * - update: the app image at the first app slot, and otadata cleared for the same reason (the
 *   board may be running the second slot after an OTA update); the settings are not touched.
 */
import type { FlasherBoard } from '../generated/boards.ts';
import { FlashError } from './errors.ts';
import type { WriteItem } from './esp-session.ts';
import type { ReleaseManifest } from './manifest.ts';
import type { FlashPlan } from './states.ts';

export interface LabelledWrite extends WriteItem {
  label: string;
}

const covers = (items: WriteItem[], offset: number, size: number) =>
  items.some((it) => it.address <= offset && it.address + it.data.length >= offset + size);

const blank = (size: number) => new Uint8Array(size).fill(0xff);

export function planWrites(
  board: FlasherBoard,
  manifest: ReleaseManifest,
  images: Map<string, Uint8Array>,
  plan: FlashPlan,
  settingsBackup: Uint8Array | undefined,
): LabelledWrite[] {
  const image = (path: string) => {
    const bytes = images.get(path);
    if (!bytes) throw new FlashError('firmware-unavailable', `The firmware file ${path} was not loaded.`);
    return bytes;
  };
  const writes: LabelledWrite[] = [];
  if (plan.mode === 'update') {
    if (manifest.app.offset !== board.app.offset) {
      throw new FlashError(
        'wrong-chip',
        `The app image is for offset 0x${manifest.app.offset.toString(16)}, but ${board.name} keeps its app at 0x${board.app.offset.toString(16)}.`,
      );
    }
    writes.push({ label: 'app', address: manifest.app.offset, data: image(manifest.app.path) });
  } else {
    for (const p of manifest.parts) writes.push({ label: p.path, address: p.offset, data: image(p.path) });
    const nvs = settingsBackup ?? blank(board.nvs.size);
    if (nvs.length !== board.nvs.size)
      throw new FlashError('backup-failed', 'The settings backup has the wrong size.');
    writes.push({
      label: settingsBackup ? 'settings (restored)' : 'settings (cleared)',
      address: board.nvs.offset,
      data: nvs,
    });
  }
  if (plan.mode === 'update' || !covers(writes, board.otadata.offset, board.otadata.size)) {
    writes.push({
      label: 'boot slot (reset)',
      address: board.otadata.offset,
      data: blank(board.otadata.size),
    });
  }
  const flashEnd = board.flashMB * 1024 * 1024;
  for (const w of writes) {
    if (w.address + w.data.length > flashEnd) {
      throw new FlashError('flash-too-small', `${w.label} does not fit in ${board.flashMB} MB of flash.`);
    }
  }
  return writes;
}

/** The manifest files a plan needs. */
export function neededParts(manifest: ReleaseManifest, plan: FlashPlan) {
  return plan.mode === 'update' ? [manifest.app] : manifest.parts;
}
