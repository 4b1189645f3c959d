// The device API client, shared unchanged by the device UI and the PWA.
export { type Api, type ApiOptions, createApi, type FetchInit } from './client.ts';
export { ApiError, isAbort } from './errors.ts';
export type * from './types.ts';
