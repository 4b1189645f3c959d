/**
 * `data-frames` on a tile: how many frames it has shown since it appeared, whatever the source.
 * The e2e tests and the stream-wall benchmark read it to measure each tile's delivered rate.
 * Written straight to the DOM, so counting a frame never costs a render.
 */
export function countFrame(el: HTMLElement | null): void {
  if (el) el.dataset.frames = String(Number(el.dataset.frames ?? 0) + 1);
}
