/**
 * The automatic JSX runtime (`jsx: 'automatic'` compiles `<p a={1}>x</p>` to `jsx('p', {a: 1,
 * children: 'x'})`). `ref` stays in props; the renderer reads it there.
 */
import type { Props, VNode } from './vnode.ts';

export { Fragment } from './vnode.ts';

export const jsx = (type: VNode['type'], props: Props, key?: unknown): VNode => ({ type, props, key });
export { jsx as jsxs, jsx as jsxDEV };
