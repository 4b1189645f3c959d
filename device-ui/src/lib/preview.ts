import type { Value } from '../api/types.ts';

/** How much one step of the sensor's −2…+2 brightness/contrast/saturation scale changes the CSS filter. */
const STEP = 0.2;

/**
 * An approximate preview of unsaved camera settings, as CSS on the live picture: mirror, flip,
 * rotation and the −2…+2 image controls. The camera applies the real thing once saved.
 * The picture arrives already turned by the saved rotation (EXIF, which the browser follows) and
 * mirrored by the sensor before that turn. So a mirror change of a picture saved at 90° or 270°
 * shows up on the other screen axis, and the turn previewed is only the unsaved difference.
 */
export function previewStyle(saved: Record<string, Value>, form: Record<string, Value>): string {
  const delta = (k: string) => Number(form[`camera.${k}`] ?? 0) - Number(saved[`camera.${k}`] ?? 0);
  const flips = (k: string) => (form[`camera.${k}`] ?? false) !== (saved[`camera.${k}`] ?? false);
  const turn = ((delta('rotation') % 360) + 360) % 360 || 0;
  const sideways = Number(saved['camera.rotation'] ?? 0) % 180 !== 0;
  const tf = [
    turn && `rotate(${turn}deg)`,
    flips(sideways ? 'vflip' : 'hmirror') && 'scaleX(-1)',
    flips(sideways ? 'hmirror' : 'vflip') && 'scaleY(-1)',
  ].filter(Boolean);
  const fl = (['brightness', 'contrast', 'saturation'] as const)
    .map((k) => [k === 'saturation' ? 'saturate' : k, 1 + STEP * delta(k)] as const)
    .filter(([, v]) => v !== 1)
    .map(([f, v]) => `${f}(${Math.max(0, v).toFixed(1)})`);
  return [tf.length && `transform:${tf.join(' ')}`, fl.length && `filter:${fl.join(' ')}`]
    .filter(Boolean)
    .join(';');
}
