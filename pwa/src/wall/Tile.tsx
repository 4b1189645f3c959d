import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { snapshotUrl, streamUrl } from '../api/camera-client.ts';
import { type Camera, labelOf } from '../cameras/camera-list.ts';
import { describeTileHealth, tileHealth } from './tile-clock.ts';
import type { FrameDelivery } from './tile-worker-messages.ts';
import { useActive } from './use-active.ts';
import { useSnapshots } from './use-snapshots.ts';
import { useWorkerFrames } from './use-worker-frames.ts';

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

/**
 * How a tile shows its camera, as `data-source`: snapshots at the wall's rate, or (focused, or
 * when the wall shows streams) the MJPEG stream, each fetched by a worker that hands the page
 * decoded pictures. A camera that will not serve this page's scripts (no CORS for this origin)
 * is shown without them: the stream in an `<img>` when focused, else snapshots in an `<img>`.
 */
type Source = 'stream-worker' | 'stream-img' | 'snapshots-worker' | 'snapshots-img';

function sourceOf(wantSnapshots: boolean, streamRefused: boolean, snapshotsRefused: boolean): Source {
  if (!wantSnapshots) return streamRefused ? 'stream-img' : 'stream-worker';
  return snapshotsRefused ? 'snapshots-img' : 'snapshots-worker';
}

/** One camera on the wall: cheap snapshots, or the full MJPEG stream while focused or chosen. */
export function Tile({ camera, fps, streams, focused, onFocus, delivery }: TileProps) {
  const ref = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const active = useActive(ref);
  const [imgFailed, setImgFailed] = useState(false);
  useEffect(() => setImgFailed(false), [focused]);
  // Fixed per camera: the worker asks for it with the HTTP cache bypassed, so it never repeats.
  const snapshotJobUrl = useMemo(() => snapshotUrl(camera.origin, Date.now()), [camera.origin]);
  const streamed = focused || streams;
  const stream = useWorkerFrames(
    active && streamed ? { kind: 'stream', url: streamUrl(camera.origin) } : undefined,
    delivery,
    canvas,
    ref,
  );
  const wantSnapshots = !streamed || (stream.refused !== undefined && (!focused || imgFailed));
  const snaps = useWorkerFrames(
    active && wantSnapshots ? { kind: 'snapshots', url: snapshotJobUrl, fps } : undefined,
    delivery,
    canvas,
    ref,
  );
  const source = sourceOf(wantSnapshots, stream.refused !== undefined, snaps.refused !== undefined);
  const onCanvas = source === 'stream-worker' || source === 'snapshots-worker';
  const { src, clock } = useSnapshots(camera.origin, fps, active && source === 'snapshots-img', ref);
  const now = performance.now();
  const health =
    source === 'stream-worker'
      ? tileHealth(stream.clock, STREAM_RATE_FOR_STALLS, now)
      : tileHealth(source === 'snapshots-worker' ? snaps.clock : clock, fps, now);
  const label = labelOf(camera);
  const kind = !active ? 'paused' : source === 'stream-img' ? 'streaming' : health.kind;
  const state = !active
    ? 'paused while out of view'
    : source === 'stream-img'
      ? 'live stream'
      : `${source === 'stream-worker' ? 'stream ' : ''}${describeTileHealth(health)}`;
  const why = stream.refused ?? snaps.refused;
  return (
    <figure ref={ref} class="tile" data-focused={focused} data-state={kind} data-source={source}>
      {onCanvas ? (
        <canvas
          ref={canvas}
          role="img"
          aria-label={source === 'stream-worker' ? `Live stream of ${label}` : `Latest view from ${label}`}
        />
      ) : source === 'stream-img' ? (
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
        <span class="tile-state" data-kind={kind} title={why}>
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
