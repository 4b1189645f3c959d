import { render } from 'preact';
import '../../device-ui/src/styles.css';
import { App } from './App/index.tsx';

render(<App />, document.getElementById('app')!);
