/** The app's one camera list, stored in this browser's IndexedDB, and a hook to render it. */
import { createStore, get, set } from 'idb-keyval';
import { useEffect, useState } from 'preact/hooks';
import type { Camera } from './camera-list.ts';
import { createCameraStore } from './store.ts';

const db = createStore('printcam', 'app');
const KEY = 'cameras';

export const cameraStore = createCameraStore({
  load: () => get<Camera[]>(KEY, db),
  save: (list) => set(KEY, list, db),
});

export function useCameras(): { cameras: Camera[]; loaded: boolean } {
  const [cameras, setCameras] = useState(cameraStore.get);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const off = cameraStore.subscribe(setCameras);
    cameraStore.ready.then(() => {
      setCameras(cameraStore.get());
      setLoaded(true);
    });
    return off;
  }, []);
  return { cameras, loaded };
}
