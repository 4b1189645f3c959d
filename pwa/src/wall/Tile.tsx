import { useEffect, useRef, useState } from 'preact/hooks';
import { streamUrl } from '../api/camera-client.ts';
import { type Camera, labelOf } from '../cameras/camera-list.ts';
import { describeTileHealth, tileHealth } from './tile-clock.ts';
import { useActive } from './use-active.ts';
import { useSnapshots } from './use-snapshots.ts';

interface TileProps {
  camera: Camera;
  fps: number;
  focused: boolean;
  onFocus: (id: string | undefined) => void;
}

/** One camera on the wall: cheap snapshots, or the full MJPEG stream while focused. */
export function Tile({ camera, fps, focused, onFocus }: TileProps) {
  const ref = useRef<HTMLElement>(null);
  const active = useActive(ref);
  const [streamFailed, setStreamFailed] = useState(false);
  useEffect(() => setStreamFailed(false), [focused]);
  const streaming = focused && active && !streamFailed;
  const { src, clock } = useSnapshots(camera.origin, fps, active && !streaming);
  const health = tileHealth(clock, fps, performance.now());
  const label = labelOf(camera);
  const kind = streaming ? 'streaming' : active ? health.kind : 'paused';
  const state = streaming ? 'live stream' : active ? describeTileHealth(health) : 'paused while out of view';
  return (
    <figure ref={ref} class="tile" data-focused={focused} data-state={kind}>
      {streaming ? (
        <StreamImage
          url={streamUrl(camera.origin)}
          alt={`Live stream of ${label}`}
          onError={() => setStreamFailed(true)}
        />
      ) : src ? (
        <img src={src} alt={`Latest view from ${label}`} />
      ) : (
        <div class="tile-empty" />
      )}
      <figcaption class="row">
        <span class="tile-name">{label}</span>
        <span class="tile-state" data-kind={kind}>
          {state}
        </span>
        <button type="button" onClick={() => onFocus(focused ? undefined : camera.id)}>
          {focused ? 'Unfocus' : 'Focus'}
          <span class="visually-hidden"> {label}</span>
        </button>
        <button type="button" onClick={() => ref.current?.requestFullscreen()}>
          Fullscreen<span class="visually-hidden"> {label}</span>
        </button>
      </figcaption>
    </figure>
  );
}

/** The MJPEG `<img>`; its src is cleared on removal, or WebKit keeps downloading (WebKit bug 6656). */
function StreamImage({ url, alt, onError }: { url: string; alt: string; onError: () => void }) {
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const img = ref.current;
    return () => {
      if (img) img.src = '';
    };
  }, [url]);
  return <img ref={ref} src={url} alt={alt} onError={onError} />;
}
