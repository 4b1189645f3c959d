/**
 * The camera list as plain data and the pure operations on it. The store (store.ts) persists the
 * result of each operation; nothing here touches storage or the network.
 */

export interface Camera {
  /** Stable id, so renaming or moving a camera keeps its place in the wall and its settings. */
  id: string;
  /** Canonical origin, e.g. "http://192.168.1.50" (see address.ts). Unique in a list. */
  origin: string;
  /** The name a person gave it; empty means "use the camera's own name or its address". */
  name: string;
  /** The printer it watches; cameras with the same group are shown together. Empty: ungrouped. */
  group: string;
}

export type ListChange = { ok: true; cameras: Camera[] } | { ok: false; message: string };

/** Names and groups are labels on a phone screen; longer ones are a paste accident. */
export const MAX_LABEL_LENGTH = 64;

/** Why `origin` cannot be added to `list`, or undefined when it can. */
export function alreadyListed(list: Camera[], origin: string): string | undefined {
  const same = list.find((c) => c.origin === origin);
  return same && `${labelOf(same)} is already in your list.`;
}

export function addCamera(list: Camera[], camera: Camera): ListChange {
  const listed = alreadyListed(list, camera.origin);
  if (listed) return { ok: false, message: listed };
  return {
    ok: true,
    cameras: [...list, { ...camera, name: clean(camera.name), group: clean(camera.group) }],
  };
}

export function removeCamera(list: Camera[], id: string): Camera[] {
  return list.filter((c) => c.id !== id);
}

export function renameCamera(list: Camera[], id: string, name: string): Camera[] {
  return list.map((c) => (c.id === id ? { ...c, name: clean(name) } : c));
}

export function setGroup(list: Camera[], id: string, group: string): Camera[] {
  return list.map((c) => (c.id === id ? { ...c, group: clean(group) } : c));
}

/** Moves a camera by `delta` places (−1 up, +1 down), clamped at the ends. */
export function moveCamera(list: Camera[], id: string, delta: number): Camera[] {
  const from = list.findIndex((c) => c.id === id);
  if (from < 0) return list;
  const to = Math.min(list.length - 1, Math.max(0, from + delta));
  if (to === from) return list;
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

export interface CameraGroup {
  group: string;
  cameras: Camera[];
}

/** Groups in the order their first camera appears; ungrouped cameras form the group "". */
export function groupCameras(list: Camera[]): CameraGroup[] {
  const groups = new Map<string, Camera[]>();
  for (const c of list) {
    const members = groups.get(c.group) ?? [];
    members.push(c);
    groups.set(c.group, members);
  }
  return [...groups].map(([group, cameras]) => ({ group, cameras }));
}

/** What to call a camera on screen: its given name, else its address without the scheme. */
export function labelOf(camera: Camera): string {
  return camera.name || camera.origin.replace(/^https?:\/\//, '');
}

export function newCameraId(): string {
  return crypto.randomUUID();
}

function clean(label: string): string {
  return label.trim().replace(/\s+/g, ' ').slice(0, MAX_LABEL_LENGTH);
}
