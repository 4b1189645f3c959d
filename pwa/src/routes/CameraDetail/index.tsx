import { App as DeviceUi } from '@device-ui/App/index.tsx';
import { apiFor } from '../../api/camera-client.ts';
import { appPath } from '../../base.ts';
import { labelOf } from '../../cameras/camera-list.ts';
import { useCameras } from '../../cameras/cameras.ts';

/**
 * One camera: the device UI's own screens (status, settings, system, peers), driven through the
 * camera's API from here, the same components the camera serves from its flash.
 */
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
  return (
    <div class="camera-detail">
      <p class="row detail-bar">
        <a href={appPath('')}>All cameras</a>
        <span>{labelOf(camera)}</span>
        <a href={camera.origin} target="_blank" rel="noopener">
          Open the camera’s own page
        </a>
      </p>
      <DeviceUi key={camera.origin} api={apiFor(camera.origin)} />
    </div>
  );
}
