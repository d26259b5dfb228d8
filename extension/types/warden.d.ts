// Types the extension's scripts are checked with (`tsc`, see tsconfig.json). Requests and
// answers are the core's own types (core.d.ts, generated from Rust): a request of the wrong
// shape, or a field an answer does not have, fails `npm test`.
import type { Answers, ErrorAnswer, Request } from './core';

/** A request's kind. */
export type Kind = Request['kind'];
/** The request of one kind. */
export type RequestOf<K extends Kind> = Extract<Request, { kind: K }>;

/** `ask` (content/transport.js): the core's answer to a request (in the page, or through the background), or
 * an error (the core's, or a transport's that could not carry it). */
export type Ask = <K extends Kind>(request: RequestOf<K>) => Promise<Answered<K>>;

/** The answer to a request of kind `K`, or an error: check `error` first. */
export type Answered<K extends Kind> = Answers[K] & Partial<ErrorAnswer>;

/** The wasm module's `handle` (popup and background), typed by the core's types. */
export type Handle = <K extends Kind>(request: RequestOf<K>, storage: unknown) => Promise<Answered<K>>;

declare global {
  var chrome: any;
  var browser: any;
}
