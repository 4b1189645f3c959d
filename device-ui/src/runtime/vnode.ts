/** The virtual DOM's values, shared by the JSX factory, the renderer and the hooks. */

export type Props = Record<string, unknown>;
/** A function component; a context's Provider carries its context in `ctx`. */
export type Component = ((props: Props) => Child) & { ctx?: Context<unknown> };
export interface VNode {
  type: string | Component;
  props: Props;
  key: unknown;
}
export type Child = VNode | string | number | bigint | boolean | null | undefined | Child[];

export interface Context<T> {
  /** Names the context in the context map handed down the tree. */
  id: number;
  value: T;
  Provider: Component;
}

/** Groups children without an element around them. */
export const Fragment: Component = (props) => props.children as Child;
