// Feature: the Sent page. One badge per invitation card, one summary per page, and a notice
// when no card can be recognised within 10 s (LinkedIn changed its markup).
(() => {
  const V = Warden.variants;
  const DRIFT_MS = 10_000;
  let view = null; // State of the current entry into the Sent view.

  // Read phase ------------------------------------------------------------------------------

  // The card of a withdraw control: the nearest list item holding a profile link; failing
  // that, the largest ancestor holding no other withdraw control, below the list itself.
  function cardOf(control) {
    for (let node = control.parentElement; node && node !== document.body; node = node.parentElement) {
      if (node.matches(V.cardAncestor) && node.querySelector(V.profileLink)) return node;
    }
    let node = control;
    while (node.parentElement && node.parentElement !== document.body
      && !node.parentElement.matches(V.listContainer)
      && node.parentElement.querySelectorAll(V.withdrawControl).length === 1) {
      node = node.parentElement;
    }
    return node === control ? null : node;
  }

  function withdrawControls(root = document) {
    const found = root.querySelectorAll(V.withdrawControl);
    if (found.length) return [...found];
    // Fallback for a new markup: a button or link whose visible word is "Withdraw".
    return [...root.querySelectorAll('main button, main a[role="button"], button')]
      .filter((b) => V.withdrawWords.test(b.textContent.trim()) && !b.closest(V.dialog));
  }

  Warden.findCards = () => {
    const cards = new Set();
    for (const control of withdrawControls()) {
      const card = cardOf(control);
      if (card && !card.closest('[data-warden]')) cards.add(card);
    }
    return [...cards];
  };

  // The first visible words of a node: an avatar's initials (aria-hidden) are not a name.
  function firstText(node) {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.data.trim();
      const hidden = n.parentElement?.closest('[aria-hidden="true"]');
      if (t && !(hidden && node.contains(hidden))) return t;
    }
    return '';
  }

  // The name: from the withdraw control's label when its wording is known, else the longest
  // profile-link text (the other link is usually the photo, sometimes with initials).
  function nameOf(card, links) {
    const label = card.querySelector(V.withdrawControl)?.getAttribute('aria-label') ?? '';
    for (const pattern of V.withdrawLabelName) {
      const m = label.trim().match(pattern);
      if (m) return m[1].trim();
    }
    return links.map(firstText).reduce((a, b) => (b.length > a.length ? b : a), '');
  }

  Warden.readCard = (card) => {
    const links = [...card.querySelectorAll(V.profileLink)];
    const time = card.querySelector('time');
    const ageTexts = [];
    if (time) ageTexts.push(time.textContent);
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest('[data-warden]')) continue;
      const t = n.data.trim();
      if (t && t.length <= 160) ageTexts.push(t);
    }
    return {
      card,
      href: links[0]?.getAttribute('href') ?? null,
      name: nameOf(card, links),
      ageTexts,
      datetime: time?.getAttribute('datetime') ?? null,
    };
  };

  function totalTexts() {
    return [...document.querySelectorAll(V.totalCandidates)]
      .filter((n) => !n.closest('[data-warden]'))
      .map((n) => n.textContent)
      .filter((t) => t.includes('(') && t.length < 80);
  }

  // Write phase -----------------------------------------------------------------------------

  function badgeText(v) {
    const age = Warden.t('ageDays', v.ageDays);
    const bucket = Warden.t(`bucket_${v.bucket}`);
    const hint = Warden.t(`hint_${v.hint}`, Warden.showDate(v.reinviteOn));
    return { label: `${bucket} · ${age}`, hint };
  }

  function placeBadge(item, v) {
    let badge = item.card.querySelector('[data-warden="badge"]');
    if (!badge) {
      const keep = Warden.el('button', { type: 'button', 'data-warden': 'keep', class: 'warden-keep' });
      badge = Warden.el('div', { 'data-warden': 'badge', class: 'warden-badge', role: 'note' },
        Warden.el('span', { class: 'warden-label' }), Warden.el('span', { class: 'warden-hint' }), keep);
      item.card.append(badge);
    }
    badge.dataset.ageDays = v.ageDays;
    badge.dataset.bucket = v.bucket;
    badge.dataset.hint = v.hint;
    badge.dataset.reinviteOn = v.reinviteOn;
    badge.dataset.slug = v.slug ?? '';
    const { label, hint } = badgeText(v);
    badge.querySelector('.warden-label').textContent = label;
    badge.querySelector('.warden-hint').textContent = hint;
    const keep = badge.querySelector('[data-warden="keep"]');
    keep.setAttribute('aria-pressed', String(v.kept));
    keep.textContent = v.kept ? Warden.t('keepOn') : Warden.t('keepOff');
    keep.title = Warden.t('keepTitle', item.name || v.slug || '');
    keep.disabled = !v.slug;
    keep.dataset.href = item.href ?? '';
    keep.dataset.name = item.name;
  }

  function listOf(card) {
    return card.parentElement?.closest(V.listContainer) ?? card.parentElement;
  }

  function renderSummary() {
    const people = [...view.people.values()];
    const cards = people.length;
    if (!cards && view.total !== 0) return;
    let summary = document.querySelector('[data-warden="summary"]');
    if (!summary) {
      summary = Warden.el('div', { 'data-warden': 'summary', class: 'warden-summary', role: 'status' });
      const firstCard = Warden.findCards()[0];
      const list = firstCard && listOf(firstCard);
      if (list?.parentElement) list.before(summary);
      else (document.querySelector('main') ?? document.body).prepend(summary);
    }
    const stale = people.filter((p) => p.stale).length;
    const consider = people.filter((p) => p.consider).length;
    const kept = people.filter((p) => p.kept).length;
    const pending = view.total ?? cards;
    // Recognition degraded: far fewer cards read than rows in the list (a markup change).
    const rows = view.list?.isConnected ? view.list.children.length : 0;
    const partial = rows >= 4 && view.recognised < rows / 2;
    Object.assign(summary.dataset, { cards, stale, consider, kept, pending, transport: Warden.transport, drift: partial ? 'partial' : 'none' });
    summary.textContent = Warden.t('summary', cards, stale, consider, kept, pending)
      + (partial ? ` ${Warden.t('summaryPartial', rows - view.recognised)}` : '');
    document.querySelectorAll('[data-warden="notice"]').forEach((n) => n.remove());
  }

  function showNotice() {
    if (!view || view.people.size || view.total === 0 || document.querySelector('[data-warden="notice"]')) return;
    const notice = Warden.el('div', { 'data-warden': 'notice', class: 'warden-notice', role: 'status' },
      Warden.t('noticeNoCards'));
    (document.querySelector('main') ?? document.body).prepend(notice);
    if (view.debug) console.info('[Warden] no invitation recognised on', location.pathname);
  }

  // The loop: read all, ask once, write all --------------------------------------------------

  async function scan(all = false) {
    if (!view) return;
    if (view.busy) { view.again = view.again || (all ? 'all' : true); return; }
    view.busy = true;
    const current = view;
    try {
      const found = Warden.findCards();
      const cards = found.filter((c) => all || !c.querySelector('[data-warden="badge"]'));
      const totals = totalTexts();
      const totalsKey = totals.join('\n');
      // Nothing new to read: no question to ask (our own writes end here, without a loop).
      if (!cards.length && totalsKey === current.totalsKey && current.asked) {
        if (found.length !== current.recognised) {
          current.recognised = found.length;
          renderSummary();
        }
        return;
      }
      current.totalsKey = totalsKey;
      current.asked = true;
      const items = cards.map(Warden.readCard);
      const answer = await Warden.ask({
        kind: 'annotate',
        cards: items.map(({ href, ageTexts, datetime }) => ({ href, ageTexts, datetime })),
        totalTexts: totals,
      });
      if (current !== view || !answer || answer.error) return;
      current.debug = answer.debug;
      current.list = found[0] ? listOf(found[0]) : null;
      if (answer.total !== null && answer.total !== undefined) current.total = answer.total;
      const added = [];
      answer.cards.forEach((v, i) => {
        if (!v) return;
        placeBadge(items[i], v);
        const key = v.slug ?? items[i].name;
        if (!current.people.has(key)) added.push({ href: items[i].href ?? '', name: items[i].name, ageDays: v.ageDays });
        current.people.set(key, { stale: v.stale, consider: v.consider, kept: v.kept });
      });
      current.recognised = found.filter((c) => c.querySelector('[data-warden="badge"]')).length;
      renderSummary();
      if (answer.debug) {
        const missed = answer.cards.filter((v) => !v).length;
        console.info(`[Warden] ${items.length - missed} cards read, ${missed} without a readable age`);
      }
      if (added.length) report(added);
    } finally {
      current.busy = false;
      if (current === view && current.again) {
        const again = current.again;
        current.again = false;
        scan(again === 'all');
      }
    }
  }

  function report(added) {
    const people = [...view.people.values()];
    Warden.ask({
      kind: 'sentPageSeen',
      pending: view.total ?? people.length,
      cards: people.length,
      stale: people.filter((p) => p.stale).length,
      consider: people.filter((p) => p.consider).length,
      people: added.filter((p) => p.href),
    });
  }

  async function toggleKeep(button) {
    const keep = button.getAttribute('aria-pressed') !== 'true';
    const answer = await Warden.ask({ kind: 'setKeep', href: button.dataset.href, name: button.dataset.name, keep });
    if (answer?.ok) scan(true);
  }

  // The user's own click on Warden's own button; it must not reach LinkedIn's card handlers.
  function onClick(event) {
    const button = event.target instanceof Element && event.target.closest('[data-warden="keep"]');
    if (!button || !event.isTrusted) return; // Only the user's own click, never a page script's.
    event.preventDefault();
    event.stopPropagation();
    toggleKeep(button);
  }

  Warden.sentPage = {
    enter() {
      view = { people: new Map(), total: null, busy: false, again: false, debug: false };
      view.timer = setTimeout(showNotice, DRIFT_MS);
      document.addEventListener('click', onClick, true);
      scan();
    },
    leave() {
      if (!view) return;
      clearTimeout(view.timer);
      view = null;
      document.removeEventListener('click', onClick, true);
      document.querySelectorAll('[data-warden="summary"], [data-warden="notice"]').forEach((n) => n.remove());
    },
    changed: () => scan(),
    refresh: () => scan(true),
    active: () => view !== null,
  };
})();
