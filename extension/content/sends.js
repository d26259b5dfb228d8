// Feature: count the invitations the user sends, on any LinkedIn page, for the weekly quota.
// The user's click on Connect arms it; the send is recorded once LinkedIn shows it took effect:
// the person's control turns to "Pending" (a direct Connect, or after the dialog's send button).
// A cancelled dialog, an error or LinkedIn's weekly-limit message records no send; the limit
// message itself is recorded. Observed, never clicked.
(() => {
  const V = Warden.variants;
  const SETTLE_MS = 15_000;
  let armed = null; // {href, name, scope, until}: a Connect click waiting for its outcome.

  function words(node) {
    return (node.getAttribute('aria-label') || node.textContent || '').trim();
  }

  // Who the Connect control invites, and the part of the page where their "Pending" will show.
  function personOf(control) {
    const card = control.closest(V.cardAncestor);
    const onProfile = location.pathname.match(V.profilePath);
    if (onProfile && !card) {
      let top = control; // The profile's top card: the nearest ancestor holding the name heading.
      while (top.parentElement && !top.querySelector('h1')) top = top.parentElement;
      return { href: location.pathname, name: top.querySelector('h1')?.textContent.trim() ?? '', scope: top };
    }
    const link = card?.querySelector(V.profileLink);
    return { href: link?.getAttribute('href') ?? null, name: link?.textContent.trim() ?? '', scope: card ?? control.parentElement };
  }

  function isPending(scope) {
    return [...scope.querySelectorAll('button, a, [role="button"]')]
      .some((b) => !b.closest('[data-warden]') && !b.closest(V.dialog) && V.pendingWords.test(words(b)));
  }

  function onClick(event) {
    if (!(event.target instanceof Element) || !event.isTrusted) return;
    const control = event.target.closest('button, a, [role="button"]');
    if (!control || control.closest('[data-warden]') || control.closest(V.dialog)) return;
    if (control.matches(V.connectControl) || V.connectWords.test(control.textContent.trim())) {
      armed = { ...personOf(control), until: Date.now() + SETTLE_MS };
    }
  }

  // Called for every batch of page changes (main.js): settle the armed Connect click.
  Warden.watchSends = (mutations) => {
    if (!armed) return;
    if (Date.now() > armed.until || !armed.scope.isConnected) {
      armed = null;
      return;
    }
    for (const m of mutations) {
      for (const node of m.addedNodes) {
        if (node.nodeType === 1 && !node.closest?.('[data-warden]') && V.limitMessage.test(node.textContent ?? '')) {
          armed = null;
          Warden.ask({ kind: 'limitReached' });
          return;
        }
      }
    }
    if (isPending(armed.scope)) {
      const { href, name } = armed;
      armed = null;
      if (href) Warden.ask({ kind: 'inviteSent', href, name });
    }
  };

  document.addEventListener('click', onClick, true);
})();
