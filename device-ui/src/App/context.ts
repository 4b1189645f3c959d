import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from '../api/client.ts';
import type { Info, Status } from '../api/types.ts';

/** What every screen knows about its camera. The PWA provides one per camera it shows. */
export interface Cam {
  api: Api;
  info?: Info;
  status?: Status;
  /** Whether the camera's view needs the login token (a password set, public viewing off). */
  locked: boolean;
  /** Shows the "restarting" notice, waits for the camera to answer again, then calls `then`. */
  waitRestart: (then?: () => void) => void;
}

export const CamContext = createContext<Cam | null>(null);

export const useCam = () => useContext(CamContext)!;
