// Where a Sent-page batch spends its time, for `npm run bench` only: the bench builds the
// extension with `timing-bench.js` in place of this module (scripts/build.mjs, `--bench`), and
// reads the spans as performance measures of the page. The extension users load puts nothing
// in the page's performance timeline: these are empty functions.

/**
 * A span of a batch, from `start` (performance.now()) until now.
 * @param {'read' | 'wait' | 'badges'} name
 * @param {number} start
 * @param {unknown} [answer] the core's answer, when the span waited for one
 */
export function span(name, start, answer) {}

/** Now, on the clock the spans use. */
export const now = () => 0;

/**
 * The core's answer to a request (the background's part of a wait).
 * @template T
 * @param {() => Promise<T>} ask
 * @returns {Promise<T>}
 */
export const measured = (ask) => ask();
