import { useEffect, useState } from 'preact/hooks';
import { getInfo } from '../../api/camera-client.ts';
import type { CameraInfo } from '../../api/types.ts';
import { appPath } from '../../base.ts';
import { labelOf } from '../../cameras/camera-list.ts';
import { useCameras } from '../../cameras/cameras.ts';
import { useHealth } from '../../cameras/use-health.ts';

/** One camera: what it is and how it is doing, and the way to its own setup screens. */
export function CameraDetail({ id }: { id: string }) {
  const { cameras, loaded } = useCameras();
  const camera = cameras.find((c) => c.id === id);
  if (!loaded) return <main aria-busy="true" />;
  if (!camera) {
    return (
      <main>
        <h1>Camera not found</h1>
        <p>
          It is not in this browser’s list. <a href={appPath('')}>Back to your cameras</a>
        </p>
      </main>
    );
  }
  return <Detail origin={camera.origin} label={labelOf(camera)} />;
}

function Detail({ origin, label }: { origin: string; label: string }) {
  const health = useHealth(origin);
  const [info, setInfo] = useState<CameraInfo>();
  useEffect(() => {
    const abort = new AbortController();
    getInfo(origin, abort.signal).then(setInfo, () => setInfo(undefined));
    return () => abort.abort();
  }, [origin, health?.online]);
  return (
    <main>
      <h1>{label}</h1>
      <dl class="facts">
        <dt>Address</dt>
        <dd>{origin}</dd>
        <dt>State</dt>
        <dd>{health ? health.state : 'checking…'}</dd>
        {info && (
          <>
            <dt>Firmware</dt>
            <dd>
              {info.firmware.name} {info.firmware.version}
            </dd>
            {info.board && (
              <>
                <dt>Board</dt>
                <dd>{info.board.name}</dd>
              </>
            )}
          </>
        )}
        {health?.upload && (
          <>
            <dt>Upload</dt>
            <dd>{health.upload}</dd>
          </>
        )}
        {health?.signal && (
          <>
            <dt>Wi-Fi</dt>
            <dd>{health.signal}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={origin} target="_blank" rel="noopener">
          Open the camera’s own page
        </a>{' '}
        to change its settings.
      </p>
    </main>
  );
}
