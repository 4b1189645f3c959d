import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { addCamera, type Camera, groupCameras, labelOf, removeCamera } from '../../cameras/camera-list.ts';
import { cameraStore, useCameras } from '../../cameras/cameras.ts';
import { AddCamera } from './AddCamera.tsx';
import { CameraRow } from './CameraRow.tsx';
import { Discover } from './Discover.tsx';
import { ListFile } from './ListFile.tsx';

/** The home screen: every camera, grouped by printer, and the ways to add more. */
export function Cameras() {
  const { cameras, loaded } = useCameras();
  const { query } = useRoute();
  const [removed, setRemoved] = useState<{ camera: Camera; index: number }>();
  const remove = (camera: Camera) => {
    setRemoved({ camera, index: cameras.indexOf(camera) });
    void cameraStore.apply((l) => removeCamera(l, camera.id));
  };
  const undo = () => {
    if (!removed) return;
    void cameraStore.apply((l) => {
      const r = addCamera(l, removed.camera);
      if (!r.ok) return r;
      const back = [...l];
      back.splice(removed.index, 0, removed.camera);
      return back;
    });
    setRemoved(undefined);
  };
  return (
    <main>
      <h1>Your cameras</h1>
      {removed && (
        <p role="status" class="row">
          Removed {labelOf(removed.camera)}.
          <button type="button" onClick={undo}>
            Undo
          </button>
        </p>
      )}
      {loaded && cameras.length === 0 && <p>No cameras yet. Add one by its address below.</p>}
      {groupCameras(cameras).map((g) => (
        <section key={g.group} aria-label={g.group || 'Cameras without a printer'}>
          {g.group && <h2>{g.group}</h2>}
          <ul class="cameras">
            {g.cameras.map((c) => (
              <CameraRow key={c.id} camera={c} onRemove={remove} />
            ))}
          </ul>
        </section>
      ))}
      <AddCamera initial={query.add} />
      <Discover cameras={cameras} />
      <ListFile />
    </main>
  );
}
