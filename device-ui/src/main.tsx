import { render } from 'preact';
import { App } from './App/index.tsx';
import './styles.css';

render(<App />, document.getElementById('app')!);
