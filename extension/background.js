// The background service worker: the one writer. It runs the same wasm exports as the content
// script and answers messages from this extension's own pages and content scripts, one at a
// time, so that two tabs never lose each other's updates. It may be stopped at any moment:
// it keeps nothing in memory that is not in storage.
import init, { handle, isWrite } from './pkg/warden.js';
import './lib/api.js';

const ready = init({ module_or_path: new URL('./pkg/warden_bg.wasm', import.meta.url) });
let queue = Promise.resolve();

// Writes one at a time, in order; a read (its kind says so) is answered at once, from the state
// as the last finished write left it, instead of waiting behind writes in the queue.
// (The wasm's exports exist once it is ready; `ready` runs its callbacks in the order they were
// registered, so writes join the queue in the order they arrived.)
function serially(request) {
  const run = () => handle(request, Warden.storage);
  return ready.then(() => {
    if (!isWrite(request)) return run();
    const answer = queue.then(run, run);
    queue = answer.catch(() => undefined);
    return answer;
  });
}

// Only this extension's own pages and its content scripts on LinkedIn may ask.
function fromUs(sender) {
  if (sender?.id !== Warden.api.runtime.id) return false;
  const url = String(sender.url ?? '');
  return url.startsWith(Warden.api.runtime.getURL('')) || url.startsWith('https://www.linkedin.com/');
}

function showStale(stale) {
  const text = stale > 0 ? String(Math.min(stale, 999)) : '';
  Warden.api.action.setBadgeText({ text });
  Warden.api.action.setBadgeBackgroundColor({ color: '#b24020' });
}

// At every start of the worker, the toolbar shows the stale count of the last Sent-page reading.
serially({ kind: 'popup' }).then((view) => showStale(view?.pending?.stale ?? 0), () => undefined);

Warden.api.runtime.onMessage.addListener((message, sender, reply) => {
  const request = message?.warden;
  if (!fromUs(sender) || !request || typeof request !== 'object' || typeof request.kind !== 'string') return false;
  serially(request).then(
    (answer) => {
      reply(answer);
      if (['sentPageSeen', 'withdrawn'].includes(request.kind) && answer?.ok) showStale(answer.stale);
    },
    (e) => reply({ error: 'internal', detail: String(e?.message ?? e) }),
  );
  return true;
});
