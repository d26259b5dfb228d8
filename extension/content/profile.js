// Feature: on a profile page (/in/SLUG/), the cooldown banner for a person the user withdrew,
// and a warning next to the Connect control while the cooldown runs. Annotation only.
(() => {
  const V = Warden.variants;
  let shown = null; // The slug path the banner was built for.

  function clear() {
    document.querySelectorAll('[data-warden="cooldown-banner"], [data-warden="connect-warning"]').forEach((n) => n.remove());
    shown = null;
  }

  function bannerText(p) {
    const w = p.withdrawal;
    const lines = w.state === 'active'
      ? [Warden.t(w.daysLeft === 1 ? 'bannerActiveOne' : 'bannerActive', Warden.showDate(w.withdrawnOn), Warden.showDate(w.until), w.daysLeft),
        Warden.t('bannerNoFollowUp')]
      : [Warden.t('bannerEnded', Warden.showDate(w.withdrawnOn), Warden.showDate(w.until)),
        Warden.t('bannerReview')];
    if (p.pendingSince) lines.push(Warden.t('bannerPendingSince', Warden.showDate(p.pendingSince)));
    return lines;
  }

  function connectControls() {
    const main = document.querySelector('main') ?? document.body;
    const byHook = [...main.querySelectorAll(V.connectControl)];
    const byWord = [...main.querySelectorAll('button, a[role="button"]')]
      .filter((b) => V.connectWords.test(b.textContent.trim()));
    return [...new Set([...byHook, ...byWord])].filter((b) => !b.closest('[data-warden]'));
  }

  async function show(path) {
    const answer = await Warden.ask({ kind: 'profile', href: path });
    if (location.pathname !== path || !answer?.withdrawal) return;
    clear();
    shown = path;
    const w = answer.withdrawal;
    const banner = Warden.el('div', {
      'data-warden': 'cooldown-banner', 'data-until': w.until, 'data-state': w.state,
      class: `warden-banner warden-banner--${w.state}`, role: 'note',
    }, ...bannerText(answer).map((line) => Warden.el('p', {}, line)));
    const main = document.querySelector('main') ?? document.body;
    main.prepend(banner);
    if (w.state === 'active') {
      for (const control of connectControls()) {
        control.after(Warden.el('span', { 'data-warden': 'connect-warning', class: 'warden-connect-warning', role: 'note' },
          Warden.t('connectWarning', Warden.showDate(w.until))));
      }
    }
  }

  Warden.profilePage = {
    enter(path) {
      if (shown === path && document.querySelector('[data-warden="cooldown-banner"]')) return;
      clear();
      show(path);
    },
    // The page re-rendered: put the banner back if it was removed, and the warnings beside
    // Connect controls that came back without one.
    changed(path) {
      if (shown !== path) return;
      const banner = document.querySelector('[data-warden="cooldown-banner"]');
      const bare = (c) => !c.nextElementSibling?.matches('[data-warden="connect-warning"]');
      if (!banner || (banner.dataset.state === 'active' && connectControls().some(bare))) show(path);
    },
    refresh(path) { shown = null; show(path); },
    leave: clear,
  };
})();
