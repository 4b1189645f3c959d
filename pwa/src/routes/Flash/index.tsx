// The flasher's route: everything under pwa/src/flasher/ loads with this chunk only.
export { Flasher as Flash } from '../../flasher/ui/Flasher.tsx';
