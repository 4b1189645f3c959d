import { useEffect, useRef, useState } from 'preact/hooks';
import type { Api } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { download } from '../../lib/download.ts';
import { viewMode } from '../../lib/stream-mode.ts';

/** One picture a second is enough to aim and focus when MJPEG is unavailable. */
const SNAPSHOT_MS = 1000;

export interface StreamViewProps {
  api: Api;
  /** The stream needs the login token, which an <img> cannot send. */
  locked: boolean;
  /** Extra CSS on the picture, e.g. the live preview of unsaved camera settings. */
  style?: string;
  name?: string;
}

/** The live picture with pause, full screen and snapshot download. */
export function StreamView({ api, locked, style, name = 'camera' }: StreamViewProps) {
  const [paused, setPaused] = useState(false);
  const [failed, setFailed] = useState(false);
  const [full, setFull] = useState(false);
  const [hidden, setHidden] = useState(document.hidden);
  const [snap, setSnap] = useState('');
  const [err, setErr] = useState(false);
  const img = useRef<HTMLImageElement>(null);
  const mode = viewMode({ paused, hidden, needsAuth: locked, mjpegFailed: failed });

  useEffect(() => {
    const on = () => setHidden(document.hidden);
    document.addEventListener('visibilitychange', on);
    return () => document.removeEventListener('visibilitychange', on);
  }, []);

  useEffect(() => {
    if (mode !== 'snapshots') return;
    let stop = false;
    let timer = 0;
    const next = async () => {
      try {
        const url = URL.createObjectURL(await api.blob('/snapshot.jpg'));
        if (stop) return URL.revokeObjectURL(url);
        // Revoke the previous picture only after the new one is shown (Chrome shows a broken image otherwise).
        setSnap((old) => {
          if (old) setTimeout(() => URL.revokeObjectURL(old), SNAPSHOT_MS);
          return url;
        });
        setErr(false);
      } catch {
        setErr(true);
      }
      if (!stop) timer = setTimeout(next, SNAPSHOT_MS) as unknown as number;
    };
    next();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [mode, api]);

  // WebKit keeps downloading an <img> stream after it leaves the page unless its src is cleared.
  useEffect(() => {
    const el = img.current;
    return () => el?.setAttribute('src', '');
  }, [mode]);

  const src = mode === 'mjpeg' ? api.url('/stream.mjpg') : mode === 'snapshots' ? snap : '';
  return (
    <figure class={full ? 'sv full' : 'sv'} onKeyDown={(e) => e.key === 'Escape' && setFull(false)}>
      {src ? (
        <img
          key={mode}
          ref={img}
          src={src}
          style={style}
          alt={t.live}
          onError={() => (mode === 'mjpeg' ? setFailed(true) : setErr(true))}
          onLoad={() => setErr(false)}
        />
      ) : (
        <div class="ph" />
      )}
      <figcaption>
        <button type="button" onClick={() => setPaused(!paused)}>
          {paused ? t.resume : t.pause}
        </button>
        <button type="button" aria-pressed={full} onClick={() => setFull(!full)}>
          {full ? t.exitFullscreen : t.fullscreen}
        </button>
        <button
          type="button"
          onClick={() =>
            api.blob('/snapshot.jpg').then(
              (b) => download(`${name}.jpg`, b),
              () => setErr(true),
            )
          }
        >
          {t.snapshot}
        </button>
      </figcaption>
      {err && (
        <p role="alert" class="msg err">
          {t.noImage}
        </p>
      )}
    </figure>
  );
}
