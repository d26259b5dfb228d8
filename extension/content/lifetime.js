// Feature: the extension's lifetime in an open tab. After Warden is updated, reloaded or
// removed, the content scripts of a tab that was already open keep running but can no longer
// reach the extension: nothing they see could be recorded. Then every annotation Warden put on
// the page gives way to one notice asking the user to reload the tab (the contract's rule):
// never badges over a recorder that is gone. Checked before each question to the extension:
// every page change and every click Warden acts on asks one.
(() => {
  // Worded now: once the context is gone, the extension's messages cannot be read any more.
  const text = Warden.t('noticeReload');
  let gone = false;

  const alive = () => {
    try {
      return Boolean(Warden.api.runtime?.id);
    } catch {
      return false;
    }
  };

  function retire() {
    gone = true;
    Warden.ownAll('[data-warden]').forEach((n) => n.remove()); // Warden's own, never the page's
    const notice = Warden.el('div', { 'data-warden': 'notice', 'data-reason': 'reload', class: 'warden-notice', role: 'status' }, text);
    (document.querySelector('main') ?? document.body).prepend(notice);
  }

  // One notice, where the user acted, while some of what they did waits to be saved (the
  // storage refused it; the background keeps it and saves it as soon as it can).
  let unsavedNotice = null;
  /** @param {number} count what waits to be saved (0: everything landed) */
  Warden.unsaved = (count) => {
    if (!(count > 0)) {
      unsavedNotice?.remove();
      unsavedNotice = null;
      return;
    }
    if (!unsavedNotice) {
      unsavedNotice = Warden.el('div', { 'data-warden': 'unsaved-notice', class: 'warden-notice', role: 'alert' });
      unsavedNotice.classList.add('warden-unsaved');
    }
    unsavedNotice.textContent = Warden.plural('noticeUnsaved', count);
    if (!unsavedNotice.isConnected) document.body.append(unsavedNotice);
  };

  /** False, and the page cleaned up once, when this tab's scripts outlived their extension. */
  Warden.alive = () => {
    if (gone) return false;
    if (alive()) return true;
    retire();
    return false;
  };
})();
