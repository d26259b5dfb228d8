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

  const waiting = new Map(); // href -> stop(): confirmed withdrawals whose outcome is not known yet.

  // The withdrawal took effect when no card of this person is left on the Sent page. Leaving
  // the Sent page (the card leaves with the list), or the card staying (the page reported an
  // error), records nothing.
  function awaitOutcome(item) {
    waiting.get(item.href)?.();
    const observer = new MutationObserver(check);
    const timer = setTimeout(stop, SETTLE_MS);
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
      if (waiting.get(item.href) === stop) waiting.delete(item.href);
    }
    function check() {
      if (!V.sentPath.test(location.pathname)) {
        stop();
      } else if (!stillListed(item.href)) {
        stop();
        Warden.ask({ kind: 'withdrawn', href: item.href, name: item.name, ageDays: item.ageDays ?? null, texts: item.ageTexts });
      }
    }
    waiting.set(item.href, stop);
    observer.observe(document.body, { childList: true, subtree: true });
  }

  // A click on a modal <dialog>'s backdrop targets the dialog itself, outside its box.
  function onBackdrop(event) {
    const target = event.target;
    if (!(target instanceof HTMLDialogElement)) return false;
    const r = target.getBoundingClientRect();
    return event.clientX < r.left || event.clientX > r.right || event.clientY < r.top || event.clientY > r.bottom;
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
    } else if (!event.target.closest(V.dialog) || event.target.closest('button, a, [role="button"]') || onBackdrop(event)) {
      armed = null; // Cancel, close, or a click outside the dialog.
    }
  }

  function onKey(event) {
    if (event.key === 'Escape') armed = null;
  }

  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
})();
