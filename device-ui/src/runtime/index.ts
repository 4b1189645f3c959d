export { createContext, render } from './render.ts';
export { Fragment } from './vnode.ts';
