// Feature: remember the withdrawals the user makes. Capture-phase listeners see the user's
// click on a card's withdraw control, then on the dialog's confirm button; the record is sent
// once the card has left the list. Cancel, Escape, closing the dialog or a page error record
// nothing. Warden never clicks anything itself.
(() => {
  const V = Warden.variants;
  const SETTLE_MS = 10_000;
  let armed = null; // The card whose withdraw control the user clicked, until the dialog closes.

  function label(node) {
    return (node.getAttribute('aria-label') || node.textContent || '').trim();
  }

  function isConfirm(target) {
    const button = target.closest('button, a, [role="button"]');
    const dialog = button?.closest(V.dialog);
    return Boolean(dialog && V.withdrawWords.test(label(button)) && !button.matches(V.withdrawControl));
  }

  function stillListed(href) {
    return Warden.findCards().some((card) => [...card.querySelectorAll(V.profileLink)]
      .some((a) => a.getAttribute('href') === href));
  }

  // The withdrawal took effect when no card of this person is left on the page.
  function awaitOutcome(item) {
    const started = Date.now();
    const observer = new MutationObserver(check);
    function check() {
      if (!stillListed(item.href)) {
        observer.disconnect();
        Warden.ask({ kind: 'withdrawn', href: item.href, name: item.name, ageDays: item.ageDays ?? null });
      } else if (Date.now() - started > SETTLE_MS) {
        observer.disconnect(); // The page kept the card (an error): nothing happened.
      }
    }
    observer.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => observer.disconnect(), SETTLE_MS);
  }

  function onClick(event) {
    if (!(event.target instanceof Element) || !event.isTrusted) return;
    const control = event.target.closest(V.withdrawControl)
      ?? event.target.closest('button, a');
    if (control && !control.closest(V.dialog) && (control.matches(V.withdrawControl)
      || V.withdrawWords.test(label(control)))) {
      const card = Warden.findCards().find((c) => c.contains(control));
      if (card) {
        const item = Warden.readCard(card);
        const badge = card.querySelector('[data-warden="badge"]');
        armed = item.href ? { ...item, ageDays: badge ? Number(badge.dataset.ageDays) : null } : null;
        return;
      }
    }
    if (!armed) return;
    if (isConfirm(event.target)) {
      const item = armed;
      armed = null;
      awaitOutcome(item);
    } else if (!event.target.closest(V.dialog) || event.target.closest('button, a, [role="button"]')) {
      armed = null; // Cancel, close, or a click outside the dialog.
    }
  }

  function onKey(event) {
    if (event.key === 'Escape') armed = null;
  }

  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
})();
