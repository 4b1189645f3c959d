import { useState } from 'preact/hooks';
import { appPath } from '../../base.ts';
import { useCameras } from '../../cameras/cameras.ts';
import { setPrefs, usePrefs, WALL_RATES, type WallTiles } from '../../prefs/prefs.ts';
import { Tile } from '../../wall/Tile.tsx';
import type { FrameDelivery } from '../../wall/tile-worker-messages.ts';

/**
 * How the focused tile's worker hands frames over: `?mjpeg-delivery=blob` switches to the path the
 * wall does not use, so the stream-wall benchmark can keep comparing the two in the real page.
 */
function frameDelivery(): FrameDelivery {
  return new URLSearchParams(location.search).get('mjpeg-delivery') === 'blob' ? 'blob' : 'bitmap';
}

const TILE_LABELS: Record<WallTiles, string> = { snapshots: 'Snapshots', streams: 'Live streams' };

/** Every camera at once, each tile cheap; the focused one streams at full rate. */
export function Wall() {
  const { cameras, loaded } = useCameras();
  const { wallFps, wallTiles } = usePrefs();
  const [focused, setFocused] = useState<string>();
  const [delivery] = useState(frameDelivery);
  return (
    <main class="wide">
      <div class="row wall-bar">
        <h1>Wall</h1>
        <label>
          Pictures per second{' '}
          <select
            value={String(wallFps)}
            onChange={(e) => setPrefs({ wallFps: Number(e.currentTarget.value) })}
          >
            {WALL_RATES.map((r) => (
              <option key={r} value={String(r)}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tiles show{' '}
          <select
            value={wallTiles}
            onChange={(e) =>
              setPrefs({ wallTiles: e.currentTarget.value === 'streams' ? 'streams' : 'snapshots' })
            }
          >
            {Object.entries(TILE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {loaded && cameras.length === 0 && (
        <p>
          No cameras yet. <a href={appPath('')}>Add one</a>.
        </p>
      )}
      <div class="wall">
        {cameras.map((c) => (
          <Tile
            key={c.id}
            camera={c}
            fps={wallFps}
            streams={wallTiles === 'streams'}
            focused={focused === c.id}
            onFocus={setFocused}
            delivery={delivery}
          />
        ))}
      </div>
    </main>
  );
}
