// Feature: count the invitations the user sends, on any LinkedIn page, for the weekly quota.
// The user's click on Connect arms it; their click on a send button of the invitation dialog
// records it. LinkedIn's weekly-limit message is recorded when it shows. Observed, never clicked.
(() => {
  const V = Warden.variants;
  let armed = null;
  let watchUntil = 0; // The limit message is looked for only just after a Connect click.

  function words(node) {
    return (node.getAttribute('aria-label') || node.textContent || '').trim();
  }

  // Who the Connect control invites: the profile of the page, or the card it sits in.
  function personOf(control) {
    const onProfile = location.pathname.match(V.profilePath);
    if (onProfile && !control.closest(V.cardAncestor)) {
      const heading = document.querySelector('main h1');
      return { href: location.pathname, name: heading?.textContent.trim() ?? '' };
    }
    const card = control.closest(V.cardAncestor);
    const link = card?.querySelector(V.profileLink);
    return { href: link?.getAttribute('href') ?? null, name: link?.textContent.trim() ?? '' };
  }

  function onClick(event) {
    if (!(event.target instanceof Element) || !event.isTrusted) return;
    const control = event.target.closest('button, a, [role="button"]');
    if (!control || control.closest('[data-warden]')) return;
    if (!control.closest(V.dialog) && (control.matches(V.connectControl) || V.connectWords.test(control.textContent.trim()))) {
      armed = personOf(control);
      watchUntil = Date.now() + 60_000;
      return;
    }
    if (armed && control.closest(V.dialog) && V.sendWords.test(words(control).replace(/\s+/g, ' '))) {
      const person = armed;
      armed = null;
      Warden.ask({ kind: 'inviteSent', href: person.href, name: person.name });
    }
  }

  // LinkedIn's weekly-limit message shows in a dialog or a toast: record that it did.
  Warden.watchLimit = (mutations) => {
    if (Date.now() > watchUntil) return;
    for (const m of mutations) {
      for (const node of m.addedNodes) {
        if (node.nodeType === 1 && !node.closest?.('[data-warden]') && V.limitMessage.test(node.textContent ?? '')) {
          watchUntil = 0;
          Warden.ask({ kind: 'limitReached' });
          return;
        }
      }
    }
  };

  document.addEventListener('click', onClick, true);
})();
