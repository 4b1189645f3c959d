import { useEffect, useRef, useState } from 'preact/hooks';
import { streamUrl } from '../api/camera-client.ts';
import { type Camera, labelOf } from '../cameras/camera-list.ts';
import type { FrameDelivery } from './mjpeg-messages.ts';
import { describeTileHealth, tileHealth } from './tile-clock.ts';
import { useActive } from './use-active.ts';
import { useMjpegStream } from './use-mjpeg.ts';
import { useSnapshots } from './use-snapshots.ts';

interface TileProps {
  camera: Camera;
  fps: number;
  /** Every tile streams (the wall's "Live streams" choice), not only the focused one. */
  streams: boolean;
  focused: boolean;
  onFocus: (id: string | undefined) => void;
  delivery: FrameDelivery;
}

/**
 * A stream runs at the camera's own rate, which the page does not know: its stalls are judged by
 * the shortest wait tile-clock allows (STALL_MIN_MS), as if the rate were unlimited.
 */
const STREAM_RATE_FOR_STALLS = Number.POSITIVE_INFINITY;

/** How a tile shows its camera. */
type Source = 'snapshots' | 'worker' | 'img';

/**
 * Snapshots at the wall's rate; or, focused or when the wall shows streams, the MJPEG stream
 * parsed in a worker. A camera that will not stream to this page's scripts (no CORS for this
 * origin) is shown, when focused, as the stream in an `<img>`; otherwise, or when even that
 * fails, as snapshots.
 */
function sourceOf(streamed: boolean, focused: boolean, refused: boolean, imgFailed: boolean): Source {
  if (!streamed) return 'snapshots';
  if (!refused) return 'worker';
  return focused && !imgFailed ? 'img' : 'snapshots';
}

/** One camera on the wall: cheap snapshots, or the full MJPEG stream while focused or chosen. */
export function Tile({ camera, fps, streams, focused, onFocus, delivery }: TileProps) {
  const ref = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const active = useActive(ref);
  const [imgFailed, setImgFailed] = useState(false);
  useEffect(() => setImgFailed(false), [focused]);
  const streamed = focused || streams;
  const stream = useMjpegStream(camera.origin, streamed && active, delivery, canvas, ref);
  const source = sourceOf(streamed, focused, stream.refused !== undefined, imgFailed);
  const { src, clock } = useSnapshots(camera.origin, fps, active && source === 'snapshots', ref);
  const now = performance.now();
  const health =
    source === 'worker' ? tileHealth(stream.clock, STREAM_RATE_FOR_STALLS, now) : tileHealth(clock, fps, now);
  const label = labelOf(camera);
  const kind = !active ? 'paused' : source === 'img' ? 'streaming' : health.kind;
  const state = !active
    ? 'paused while out of view'
    : source === 'img'
      ? 'live stream'
      : `${source === 'worker' ? 'stream ' : ''}${describeTileHealth(health)}`;
  return (
    <figure ref={ref} class="tile" data-focused={focused} data-state={kind} data-source={source}>
      {source === 'worker' ? (
        <canvas ref={canvas} role="img" aria-label={`Live stream of ${label}`} />
      ) : source === 'img' ? (
        <StreamImage
          url={streamUrl(camera.origin)}
          alt={`Live stream of ${label}`}
          onError={() => setImgFailed(true)}
        />
      ) : src ? (
        <img src={src} alt={`Latest view from ${label}`} />
      ) : (
        <div class="tile-empty" />
      )}
      <figcaption class="row">
        <span class="tile-name">{label}</span>
        <span class="tile-state" data-kind={kind} title={streamed ? stream.refused : undefined}>
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
