import { useState } from 'preact/hooks';
import { appPath } from '../../base.ts';
import { useCameras } from '../../cameras/cameras.ts';
import { useFleetPrefs } from '../../fleet/fleet-prefs.ts';
import { summarize } from '../../fleet/progress.ts';
import { useFleet } from '../../fleet/use-fleet.ts';
import { needsUpdate } from '../../fleet/verdict.ts';
import { FleetRowView } from './FleetRow.tsx';
import { Releases } from './Releases.tsx';
import { RunSettings } from './RunSettings.tsx';

/** Every camera's firmware beside the newest release for its board; update one or all over the air. */
export function Fleet() {
  const { cameras, loaded } = useCameras();
  const [prefs, setPrefs] = useFleetPrefs();
  const fleet = useFleet(cameras, prefs);
  const [loginFor, setLoginFor] = useState<string>();
  const due = fleet.rows.filter((r) => r.verdict && needsUpdate(r.verdict));
  const summary = summarize(
    fleet.rows.flatMap((r) => (r.update ? [r.update] : [])),
    fleet.running,
  );
  return (
    <main class="wide">
      <h1>Firmware updates</h1>
      {loaded && cameras.length === 0 && (
        <p>
          No cameras yet. <a href={appPath('')}>Add one</a>.
        </p>
      )}
      <Releases
        releases={fleet.releases}
        address={prefs?.releaseUrl ?? ''}
        onAddress={(releaseUrl) => setPrefs({ releaseUrl })}
        onCheck={fleet.checkReleases}
      />
      {prefs && <RunSettings prefs={prefs} onChange={setPrefs} disabled={fleet.running} />}
      <div class="row">
        <button type="button" onClick={fleet.updateAll} disabled={fleet.running || due.length === 0}>
          Update all that need it ({due.length})
        </button>
        {fleet.running && (
          <button type="button" onClick={fleet.stop}>
            Stop after the running ones
          </button>
        )}
        <button type="button" onClick={fleet.refreshAll}>
          Check versions again
        </button>
      </div>
      <p role="status" class="fleet-summary">
        {summary}
      </p>
      <div class="fleet-scroll">
        <table class="fleet">
          <thead>
            <tr>
              <th scope="col">Camera</th>
              <th scope="col">Running</th>
              <th scope="col">Release</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {fleet.rows.map((row) => (
              <FleetRowView
                key={row.camera.id}
                row={row}
                busy={fleet.running}
                login={loginFor === row.camera.id}
                onLogin={(open) => setLoginFor(open ? row.camera.id : undefined)}
                onUpdate={() => fleet.updateOne(row)}
                onLoggedIn={() => fleet.refresh(row.camera)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
