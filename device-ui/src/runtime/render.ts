import { type Child, type Component, type Context, Fragment, type Props, type VNode } from './vnode.ts';

/** One rendered node: an element, a text (type '#'), or a component or fragment and its output. */
interface Fiber {
  type: VNode['type'];
  key: unknown;
  props: Props;
  dom?: Element | Text;
  /** Rendered children; `undefined` holds the place of a `null`/`false` child so siblings keep theirs. */
  kids: (Fiber | undefined)[];
  hooks: Hook[];
}
/** One hook's memory: its value, the dependencies it last ran with, an effect's cleanup. */
export interface Hook {
  v?: unknown;
  deps?: unknown[];
  cleanup?: Cleanup;
}
export type Cleanup = (() => void) | undefined;
type Ref = { current: unknown } | ((el: unknown) => void);

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Properties rather than attributes: they hold what the user typed, and a select's choice. */
const LIVE = ['value', 'checked'];

/** The component being rendered, for the hooks it calls. */
let current: Fiber;
let hookIndex = 0;
/** Context values visible to the component being rendered, by context id. */
let scope: Record<number, unknown> = {};
let effects: (() => void)[] = [];
let queued = false;
let contexts = 0;
const roots = new Map<Element, { vnode: VNode; kids: (Fiber | undefined)[] }>();
const handlers = new WeakMap<EventTarget, Record<string, ((e: Event) => unknown) | undefined>>();

/** Renders `vnode` into `parent`, replacing what an earlier call rendered there. */
export function render(vnode: VNode, parent: Element) {
  roots.set(parent, { vnode, kids: roots.get(parent)?.kids ?? [] });
  paint(parent);
}

/**
 * Re-renders every root on the next microtask, however many states changed before it: the whole
 * tree is diffed again, which for a UI of a few hundred nodes costs less than tracking what changed.
 */
export function schedule() {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    for (const parent of roots.keys()) paint(parent);
  });
}

function paint(parent: Element) {
  const root = roots.get(parent)!;
  root.kids = diffKids(parent, [root.vnode], root.kids, {}, false);
  place(parent, root.kids);
  const run = effects;
  effects = [];
  for (const effect of run) effect();
}

export const createContext = <T>(value: T): Context<T> => {
  const Provider: Component = (props) => props.children as Child;
  const ctx = { id: contexts++, value, Provider };
  Provider.ctx = ctx;
  return ctx;
};

/** The next hook of the component being rendered (hooks are told apart by call order). */
export const nextHook = (): Hook => (current.hooks[hookIndex++] ??= {});
export const readContext = <T>(c: Context<T>) => (c.id in scope ? scope[c.id] : c.value) as T;
export const afterPaint = (effect: () => void) => effects.push(effect);

const list = (c: Child): Child[] => (Array.isArray(c) ? c : [c]);

/**
 * Matches new children to the old ones: the same position when type and key agree, else, for a
 * keyed child, the old child with its type and key anywhere (as React does: unkeyed children are
 * matched by position only). Old children left over are unmounted.
 */
function diffKids(
  dom: Element,
  children: Child[],
  old: (Fiber | undefined)[],
  ctx: typeof scope,
  svg: boolean,
) {
  const pool = [...old];
  const kids = children.map((c, i) => {
    if (c == null || typeof c === 'boolean') return undefined;
    const v: VNode =
      typeof c !== 'object'
        ? { type: '#', props: { t: String(c) }, key: undefined }
        : Array.isArray(c)
          ? { type: Fragment, props: { children: c }, key: undefined }
          : c;
    const same = (f?: Fiber) => f && f.type === v.type && f.key === v.key;
    const j = same(pool[i]) ? i : v.key == null ? -1 : pool.findIndex(same);
    const prev = pool[j];
    pool[j] = undefined;
    return diff(dom, v, prev, ctx, svg);
  });
  for (const f of pool) if (f) unmount(f, true);
  return kids;
}

function diff(parent: Element, v: VNode, prev: Fiber | undefined, ctx: typeof scope, svg: boolean): Fiber {
  const f: Fiber = prev ?? { type: v.type, key: v.key, props: {}, kids: [], hooks: [] };
  const old = f.props;
  const { type, props } = v;
  f.props = props;
  if (typeof type === 'function') {
    if (type.ctx) ctx = { ...ctx, [type.ctx.id]: props.value };
    current = f;
    hookIndex = 0;
    scope = ctx;
    f.kids = diffKids(parent, list(type(props)), f.kids, ctx, svg);
  } else if (type === '#') {
    f.dom ??= document.createTextNode('');
    const text = f.dom as Text;
    if (text.data !== props.t) text.data = props.t as string;
  } else {
    svg ||= type === 'svg';
    f.dom ??= svg ? document.createElementNS(SVG_NS, type) : document.createElement(type);
    const dom = f.dom as Element;
    for (const k in old) if (!(k in props)) setProp(dom, k, undefined);
    for (const k in props) if (props[k] !== old[k] && !LIVE.includes(k)) setProp(dom, k, props[k]);
    f.kids = diffKids(dom, list(props.children as Child), f.kids, ctx, svg && type !== 'foreignObject');
    place(dom, f.kids);
    // After the children, so a <select> already has the option its value names.
    const live = dom as unknown as Record<string, unknown>;
    for (const k of LIVE) if (props[k] !== undefined && live[k] !== props[k]) live[k] = props[k];
    setRef(props.ref as Ref, dom);
  }
  return f;
}

function setProp(dom: Element, name: string, value: unknown) {
  if (name === 'children' || name === 'ref') return;
  if (name.startsWith('on')) {
    const type = name.slice(2).toLowerCase();
    const on = handlers.get(dom) ?? {};
    handlers.set(dom, on);
    if (!(type in on)) dom.addEventListener(type, dispatch);
    on[type] = value as (e: Event) => unknown;
    return;
  }
  // aria-* and data-* keep "true"/"false"; other booleans are present or absent, like `hidden`.
  const named = name.includes('-');
  if (value == null || (value === false && !named)) dom.removeAttribute(name);
  else dom.setAttribute(name, value === true && !named ? '' : String(value));
}

function dispatch(this: EventTarget, e: Event) {
  handlers.get(this)?.[e.type]?.(e);
}

function setRef(ref: Ref | undefined, el: unknown) {
  if (typeof ref === 'function') ref(el);
  else if (ref) ref.current = el;
}

/** Puts the DOM nodes of `kids` (components and fragments have none of their own) in order. */
function place(dom: Element, kids: (Fiber | undefined)[]) {
  const nodes: Node[] = [];
  const walk = (f?: Fiber) => f && (f.dom ? nodes.push(f.dom) : f.kids.forEach(walk));
  kids.forEach(walk);
  nodes.forEach((n, i) => {
    if (dom.childNodes[i] !== n) dom.insertBefore(n, dom.childNodes[i] ?? null);
  });
}

/** Runs effect cleanups and clears refs below `f`; `detach` removes its topmost DOM nodes. */
function unmount(f: Fiber, detach: boolean) {
  for (const h of f.hooks) h.cleanup?.();
  if (f.dom) setRef(f.props.ref as Ref, null);
  for (const k of f.kids) if (k) unmount(k, detach && !f.dom);
  if (detach) f.dom?.remove();
}
