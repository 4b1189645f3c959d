// Types for chromium.mjs (plain JavaScript so that build/bootstrap.mjs can run it before node_modules).
type Env = Record<string, string | undefined>;
type Exists = (path: string) => boolean;

export declare const CHROMIUM_CANDIDATES: readonly string[];
export declare function findChromium(env?: Env, exists?: Exists): string | undefined;
export declare function noChromiumMessage(): string;
export declare function chromiumExecutable(env?: Env, exists?: Exists): string;
