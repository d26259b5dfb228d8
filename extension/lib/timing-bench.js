// The bench build's timing.js: each span a performance measure of the page (`warden:read`,
// `warden:wait`, `warden:badges`), and the core's own time inside a wait (`warden:core`, as
// the bench build's background measured it). Never in the extension users load.

/**
 * @param {'read' | 'wait' | 'badges'} name
 * @param {number} start
 * @param {unknown} [answer]
 */
export function span(name, start, answer) {
  const end = performance.now();
  performance.measure(`warden:${name}`, { start, end });
  const core = /** @type {{benchCoreMs?: number} | null} */ (answer)?.benchCoreMs;
  if (typeof core === 'number') performance.measure('warden:core', { start: end - core, duration: core });
}

export const now = () => performance.now();

/**
 * The core's answer, with the ms the core took to give it (`benchCoreMs`).
 * @template T
 * @param {() => Promise<T>} ask
 * @returns {Promise<T>}
 */
export async function measured(ask) {
  const start = performance.now();
  const answer = await ask();
  if (answer && typeof answer === 'object') /** @type {any} */ (answer).benchCoreMs = performance.now() - start;
  return answer;
}
