import { CamContext } from '@device-ui/App/context.ts';
import { Login } from '@device-ui/Login/index.tsx';
import { apiFor } from '../../api/camera-client.ts';
import { appPath } from '../../base.ts';
import { labelOf } from '../../cameras/camera-list.ts';
import { describe, isFinished } from '../../fleet/progress.ts';
import type { FleetRow } from '../../fleet/use-fleet.ts';
import { offersUpdate } from '../../fleet/verdict.ts';

interface Props {
  row: FleetRow;
  busy: boolean;
  /** The login form is open for this row (one at a time: device-ui's form has fixed ids). */
  login: boolean;
  onLogin: (open: boolean) => void;
  onUpdate: () => void;
  onLoggedIn: () => void;
}

/** One camera: what it runs, what it could run, and its update as it happens. */
export function FleetRowView({ row, busy, login, onLogin, onUpdate, onLoggedIn }: Props) {
  const { camera, facts, verdict, update, release, assumed } = row;
  const label = labelOf(camera);
  const online = facts?.facts.reach === 'online' ? facts.facts : undefined;
  const needsLogin = facts?.facts.reach === 'needs-login' || update?.phase === 'unconfirmed';
  const sending = update && (update.phase === 'sending' || update.phase === 'verifying');
  return (
    <>
      <tr data-verdict={verdict?.kind} data-phase={update?.phase}>
        <th scope="row">
          <a href={appPath(`cameras/${camera.id}`)}>{label}</a>
          <span class="fleet-board muted">
            {online ? boardText(online.boardName, assumed ? release?.manifest.boardName : undefined) : ''}
          </span>
        </th>
        <td class="fleet-running">{online?.version ?? '—'}</td>
        <td>{release ? release.manifest.version : '—'}</td>
        <td class="fleet-status">
          <span class="fleet-verdict">{verdict?.text ?? 'checking…'}</span>
          {update && (
            <span class="fleet-update">
              {describe(update)}
              {sending && update.total > 0 && (
                <progress max={update.total} value={update.received} aria-label={`Update of ${label}`} />
              )}
            </span>
          )}
          {update?.message && (
            <span
              class="fleet-message"
              data-error={!isFinished(update) ? undefined : update.phase !== 'updated'}
            >
              {update.message}
            </span>
          )}
          {verdict && offersUpdate(verdict) && (
            <button type="button" onClick={onUpdate} disabled={busy} aria-label={`Update ${label}`}>
              Update
            </button>
          )}
          {needsLogin && !login && (
            <button type="button" onClick={() => onLogin(true)} aria-label={`Log in to ${label}`}>
              Log in
            </button>
          )}
        </td>
      </tr>
      {login && (
        <tr>
          <td colSpan={4} class="fleet-login">
            <CamContext.Provider
              value={{ api: apiFor(camera.origin), locked: true, waitRestart: (then) => then?.() }}
            >
              <Login
                onDone={() => {
                  onLogin(false);
                  onLoggedIn();
                }}
              />
            </CamContext.Provider>
          </td>
        </tr>
      )}
    </>
  );
}

/** The camera's board, or the one assumed because the camera does not say (release-source.ts). */
function boardText(reported: string | undefined, assumed: string | undefined): string {
  if (reported) return reported;
  return assumed ? `${assumed} (assumed: the camera does not say)` : 'board not reported';
}
