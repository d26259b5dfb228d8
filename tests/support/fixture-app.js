// The fixture pages' own script, served as /fixture/app.js (allowed by `script-src 'self'`).
// It plays LinkedIn's part: SPA navigation, "Load more", lazy loading, withdraw dialogs,
// toasts and the invitation dialog on profiles. It runs in the page's main world; nothing
// here is part of the extension. Attributes named data-fx-* are this script's own hooks and
// do not exist on LinkedIn: the extension must not rely on them.
(() => {
  'use strict';
  const TEXT = /*__TEXT__*/ null;
  const TEXT26 = /*__TEXT26__*/ null;
  // The renderings (tests/support/labels.mjs): the server's own transformation, applied here to
  // every aria-label this script sets, as ?labels= asks (en, de, opaque, empty).
  const LABELS = /*__LABELS__*/ null;
  const relabel = /*__RELABEL__*/ null;

  const main = () => document.querySelector('main');
  const params = () => new URL(location.href).searchParams;
  const t = () => TEXT[document.documentElement.lang] ?? TEXT.en;
  const t26 = () => TEXT26[document.documentElement.lang] ?? TEXT26.en;
  const is2026 = () => ['oct2026', 'early2026', 'aug2026', 'pages2026'].includes(layout());
  const fill = (template, value) => template.replace('{}', value);
  const layout = () => main()?.dataset.fxLayout || '';
  const delay = () => {
    const v = Number.parseInt(params().get('delay') ?? '', 10);
    return Number.isFinite(v) && v >= 0 ? v : 100;
  };
  const failing = () => params().get('fail') === '1';
  const withdrawn = new Set(); // slugs withdrawn in this document
  const state = { navigations: 0, loads: 0, dialog: null };

  async function get(url, as = 'text') {
    const res = await fetch(url, { headers: { 'x-fixture': '1' }, credentials: 'same-origin' });
    if (!res.ok && as === 'text') throw new Error(`fixture fetch ${res.status}`);
    return as === 'json' ? res.json() : res.text();
  }

  function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'aria-label') el.setAttribute(k, relabel(v, params().get('labels'), LABELS));
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) el.append(c);
    return el;
  }

  // -------------------------------------------------------------------------------------
  // Toasts

  function toast(message, type) {
    let el;
    if (layout() === 'new' || layout() === 'empty' || layout() === 'drift') {
      el = h('div', { role: 'alert', class: '_9f2c1a _e0d3b7', style: 'position:fixed;left:24px;bottom:24px;background:#fff;border:1px solid #ccc;border-radius:8px;padding:10px 16px;z-index:2000' }, h('p', { class: '_5b1e0f' }, message));
      el.dataset.fxToast = type;
      document.body.append(el);
    } else {
      const ul = document.querySelector('#artdeco-toasts__wormhole ul');
      el = h('li', {}, h('div', { role: 'alert', class: 'artdeco-toast-item artdeco-toast-item--visible', 'data-test-artdeco-toast-item-type': type },
        h('p', { class: 'artdeco-toast-item__message' }, message),
        h('button', { type: 'button', class: 'artdeco-toast-item__dismiss artdeco-button artdeco-button--circle', 'aria-label': t().dismiss }, '×')));
      el.dataset.fxToast = type;
      ul.append(el);
    }
    setTimeout(() => el.remove(), 5000);
  }

  // -------------------------------------------------------------------------------------
  // Dialogs: kind 'artdeco' (div.artdeco-modal), 'dialog' (<dialog> via showModal) or
  // 'alert' (div[role=alertdialog] over an overlay). Closing any way but an action button
  // calls nothing.

  function closeDialog() {
    const d = state.dialog;
    if (!d) return;
    state.dialog = null;
    if (d.el instanceof HTMLDialogElement && d.el.open) d.el.close();
    d.root.remove();
  }

  // A native <dialog> shown modally: Escape and a click on its backdrop close it.
  function modal(el) {
    document.body.append(el);
    el.addEventListener('close', () => { if (state.dialog?.el === el) closeDialog(); });
    el.addEventListener('click', (e) => {
      if (e.target !== el) return; // clicks on the ::backdrop target the dialog itself
      const r = el.getBoundingClientRect();
      const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
      if (!inside) closeDialog();
    });
    el.showModal();
  }

  function openDialog(kind, { title, body, actions }) {
    closeDialog();
    const id = `fx-dialog-title-${Math.random().toString(36).slice(2, 8)}`;
    const buttons = actions.map((a) => {
      const cls = kind === 'artdeco'
        ? `artdeco-button artdeco-button--2 ${a.primary ? 'artdeco-button--primary artdeco-modal__confirm-dialog-btn' : 'artdeco-button--secondary'} ember-view`
        : a.primary ? '_1c9e4f _77ab02' : '_1c9e4f _30d9e8';
      // The older artdeco confirm (FIELD-NOTES §2): the primary, with data-test-dialog-primary-btn.
      const primary = kind === 'artdeco' && a.primary ? '' : null;
      const b = h('button', { type: 'button', class: cls, 'aria-label': a.label, 'data-test-dialog-primary-btn': primary }, h('span', { class: kind === 'artdeco' ? 'artdeco-button__text' : '_b2a7c4' }, a.text));
      b.addEventListener('click', () => a.run(b));
      return b;
    });
    const dismiss = h('button', { type: 'button', 'aria-label': t().dismiss,
      class: kind === 'artdeco' ? 'artdeco-modal__dismiss artdeco-button artdeco-button--circle artdeco-button--muted artdeco-button--2 artdeco-button--tertiary ember-view' : '_0e4d2b _c1f9a3' }, '×');
    dismiss.addEventListener('click', closeDialog);
    let root;
    let el;
    if (kind === 'artdeco') {
      el = h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': id, class: 'artdeco-modal artdeco-modal--layer-default', tabindex: '-1', size: 'small' },
        dismiss,
        h('div', { class: 'artdeco-modal__header ember-view' }, h('h2', { id }, title)),
        h('div', { class: 'artdeco-modal__content ember-view' }, body),
        h('div', { class: 'artdeco-modal__actionbar ember-view' }, ...buttons));
      root = h('div', { class: 'artdeco-modal-overlay artdeco-modal-overlay--layer-default artdeco-modal-overlay--is-top-layer', 'aria-hidden': 'false' }, el);
      root.addEventListener('click', (e) => { if (e.target === root) closeDialog(); });
      (document.getElementById('artdeco-modal-outlet') || document.body).append(root);
    } else if (kind === 'alert') {
      el = h('div', { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': id, class: '_4a8e1d _f3c2b9' },
        h('div', { class: '_8d0b6e', style: 'display:flex;justify-content:space-between;gap:12px' }, h('h2', { id, class: '_a61f0c' }, title), dismiss),
        body,
        h('div', { class: '_2e7d9a', style: 'display:flex;justify-content:flex-end;gap:8px' }, ...buttons));
      root = h('div', { class: 'fx-overlay _6c3b0e' }, el);
      root.addEventListener('click', (e) => { if (e.target === root) closeDialog(); });
      document.body.append(root);
    } else {
      el = h('dialog', { 'aria-labelledby': id, class: '_4a8e1d _f3c2b9' },
        h('div', { class: '_8d0b6e', style: 'display:flex;justify-content:space-between;gap:12px' }, h('h2', { id, class: '_a61f0c' }, title), dismiss),
        body,
        h('div', { class: '_2e7d9a', style: 'display:flex;justify-content:flex-end;gap:8px' }, ...buttons));
      root = el;
      modal(el);
    }
    state.dialog = { root, el, kind };
    return { el, close: closeDialog };
  }

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.dialog && state.dialog.kind !== 'dialog') closeDialog();
  });

  // -------------------------------------------------------------------------------------
  // Sent page

  const CARD = 'li.invitation-card, [role="listitem"]';
  const WITHDRAW = '[data-fx-withdraw], [data-control-name="withdraw_single"], [data-view-name="sent-invitations-withdraw-single"], [aria-label^="Withdraw invitation sent to"], [aria-label^="Retirer l’invitation envoyée à"], [role="listitem"] a[href="https://www.linkedin.com/"]';

  function slugOf(card) {
    const a = card.querySelector('a[href*="/in/"]');
    const m = a && /\/in\/([^/?#]+)/.exec(a.getAttribute('href'));
    return m ? decodeURIComponent(m[1]) : null;
  }
  function nameOf(card) {
    const links = [...card.querySelectorAll('a[href*="/in/"]')].filter((a) => a.textContent.trim());
    if (!links.length) return card.querySelector('p')?.textContent.trim() ?? ''; // 2026: a <p>
    return links[links.length - 1].textContent.trim();
  }
  function cardBySlug(slug) {
    return [...document.querySelectorAll(CARD)].find((c) => slugOf(c) === slug) || null;
  }
  function adjustTotal(delta) {
    const el = document.querySelector('[data-fx-people]');
    if (!el) return;
    const m = /\((\d+)\)/.exec(el.textContent);
    if (m) el.textContent = fill(t().people, String(Math.max(0, Number(m[1]) + delta)));
  }

  function openWithdraw(control) {
    const card = control.closest(CARD);
    if (!card) return;
    if (is2026()) return openWithdraw2026(card, control);
    const slug = slugOf(card);
    const name = nameOf(card);
    const kind = layout() === 'old' ? 'artdeco' : params().get('dialog') === 'alert' ? 'alert' : 'dialog';
    openDialog(kind, {
      title: t().withdrawTitle,
      body: h('p', { class: kind === 'artdeco' ? 't-14' : '_3d5e7f' }, fill(t().withdrawBody, name)),
      actions: [
        { text: t().cancel, run: closeDialog },
        {
          text: t().withdraw,
          primary: true,
          run: () => {
            closeDialog();
            const fail = failing();
            setTimeout(() => {
              if (fail) return toast(t().error, 'error');
              const current = cardBySlug(slug);
              if (current) {
                current.remove();
                adjustTotal(-1);
              }
              withdrawn.add(slug);
              toast(t().withdrawn, 'success');
            }, delay());
          },
        },
      ],
    });
  }

  function listEl() {
    return document.querySelector('[data-fx-list]');
  }

  async function cardsHtml(from, count) {
    const u = new URL(location.href);
    u.searchParams.set('fragment', 'cards');
    u.searchParams.set('from', String(from));
    u.searchParams.set('count', String(count));
    return get(u);
  }

  function parseCards(html) {
    const tpl = document.createElement('template');
    tpl.innerHTML = html; // fixture's own, server-escaped markup
    for (const c of tpl.content.querySelectorAll(CARD)) if (withdrawn.has(slugOf(c))) c.remove();
    return tpl.content;
  }

  let loading = false;
  async function loadMore(button) {
    const list = listEl();
    if (!list || loading) return;
    const to = Number(list.dataset.fxTo);
    const total = Number(list.dataset.fxTotal);
    if (to >= total) return;
    loading = true;
    if (button) button.disabled = true;
    try {
      const more = Number.parseInt(params().get('more') ?? '', 10) || 10;
      const count = Math.min(more, total - to);
      const frag = parseCards(await cardsHtml(to + 1, count));
      if (listEl() !== list) return; // navigated away meanwhile
      list.append(frag);
      list.dataset.fxTo = String(to + count);
      // ?virtual=K (FIELD-NOTES §6): only K rows stay; rows leave from the top (with their
      // separator) as new ones come in at the bottom.
      const keep = Number.parseInt(params().get('virtual') ?? '', 10) || 0;
      if (keep) {
        const rows = [...list.children].filter((n) => n.matches(CARD));
        for (const row of rows.slice(0, Math.max(0, rows.length - keep))) {
          if (row.previousElementSibling?.matches('hr')) row.previousElementSibling.remove();
          row.remove();
        }
        list.dataset.fxFrom = String(Math.max(1, to + count - keep + 1));
      }
      state.loads++;
      if (to + count >= total) button?.closest('div')?.remove();
    } finally {
      loading = false;
      if (button) button.disabled = false;
    }
  }

  /** Replace every shown card with freshly rendered nodes (like a framework re-render). */
  async function rerender() {
    const list = listEl();
    if (!list) return 0;
    const from = Number(list.dataset.fxFrom);
    const to = Number(list.dataset.fxTo);
    if (to < from) return 0;
    const frag = parseCards(await cardsHtml(from, to - from + 1));
    list.replaceChildren(frag);
    return list.querySelectorAll(CARD).length;
  }

  // -------------------------------------------------------------------------------------
  // Profile and "People you may know": sending invitations

  function markPending(button, name) {
    const b = h('button', { type: 'button', 'aria-label': fill(t().pendingLabel, name), class: 'artdeco-button artdeco-button--2 artdeco-button--secondary artdeco-button--muted' },
      h('span', { class: 'artdeco-button__text' }, t().pending));
    button.replaceWith(b);
  }

  function send(button, name) {
    const fail = failing();
    const limit = params().get('limit') === '1';
    setTimeout(() => {
      if (fail) return toast(t().error, 'error');
      if (limit) {
        return openDialog('artdeco', {
          title: t().limitTitle,
          body: h('p', { class: 't-14 ip-fuse-limit-alert__warning' }, t().limitBody),
          actions: [{ text: t().gotIt, primary: true, run: closeDialog }],
        });
      }
      if (button.isConnected) markPending(button, name);
      toast(t().invitationSent, 'success');
    }, delay());
  }

  function openInvite(button) {
    const card = button.closest('[data-fx-profile], .discover-entity-card, [data-chameleon-result-urn]');
    const name = card?.querySelector('h1, .discover-person-card__name, span[aria-hidden="true"]')?.textContent.trim() ?? '';
    const sendRun = () => { closeDialog(); send(button, name); };
    const noteStep = () => {
      openDialog('artdeco', {
        title: t().inviteTitle,
        body: h('div', {}, h('label', { for: 'custom-message', class: 'visually-hidden' }, t().addNote),
          h('textarea', { id: 'custom-message', name: 'message', maxlength: '300', rows: '4', cols: '50', placeholder: t().notePlaceholder })),
        actions: [{ text: t().cancel, run: closeDialog }, { text: t().send, primary: true, run: sendRun }],
      });
    };
    openDialog('artdeco', {
      title: t().inviteTitle,
      body: h('p', { class: 't-14' }, fill(t().inviteBody, name)),
      actions: [
        { text: t().addNote, label: t().addNote, run: noteStep },
        { text: t().sendWithout, label: t().sendWithout, primary: true, run: sendRun },
      ],
    });
  }


  // -------------------------------------------------------------------------------------
  // The 2026 shapes (FIELD-NOTES §1-§3): the withdraw <dialog>, toasts, infinite scroll, the
  // profile's invite dialog in the shadow root of #interop-outlet.

  const numberFormat = () => new Intl.NumberFormat(document.documentElement.lang === 'pt' ? 'pt-BR' : document.documentElement.lang);

  function total2026(delta) {
    // §6 shapes: the current tab's own count ("Pages (N)" on the Pages tab).
    const which = layout() === 'pages2026' ? 'pages' : 'people';
    const tab = main().querySelector(`[data-fx-count="${which}"]`);
    const b = tab ?? [...main().querySelectorAll('button')].find((x) => /\([\d.,\s\u00a0\u202f]+\)$/.test(x.textContent.trim()));
    const m = b && /\(([^)]*)\)/.exec(b.textContent);
    if (!m) return;
    const n = Number(m[1].replace(/\D/g, '')) + delta;
    b.textContent = fill(which === 'pages' ? t26().pages : t26().people, numberFormat().format(Math.max(0, n)));
  }

  // A toast: in the open dialog's own region while it shows, then in the page's (§2).
  function toast2026(message, region = document.querySelector('[data-fx-toasts]')) {
    const el = h('div', { role: 'alert' }, h('p', {}, message));
    region.append(el);
    const title = region.querySelector('[data-testid="toasts-title"]');
    if (title) title.textContent = fill(t26().notifications, String(region.querySelectorAll('[role="alert"]').length));
    setTimeout(() => el.remove(), 5000);
  }

  function openWithdraw2026(card) {
    closeDialog();
    const T = t26();
    const slug = slugOf(card);
    const name = nameOf(card);
    const firstName = name.split(/\s+/)[0];
    const early = layout() === 'early2026';
    const confirmLabel = early ? T.withdrawnLabel : T.withdrawLabel;
    const confirm = h('button', { type: 'button', componentkey: `confirm-${slug}`, 'aria-label': confirmLabel ? fill(confirmLabel, name) : null },
      h('span', {}, h('span', {}, T.withdraw)));
    const cancel = h('button', { type: 'button' }, h('span', {}, h('span', {}, T.cancel)));
    const dismiss = h('button', { type: 'button', 'aria-label': T.dismiss }, h('span', {}, '×'));
    const toasts = h('section', {}, h('h2', { 'data-testid': 'toasts-title' }, fill(T.notifications, '0')));
    const wrap = h('div', early ? { 'data-view-name': 'edge-creation-connect-action' } : { 'data-display-contents': 'true' }, confirm);
    const el = h('dialog', { 'data-testid': 'dialog', 'aria-labelledby': 'dialog-header' },
      dismiss,
      h('div', {}, h('header', { id: 'dialog-header' }, h('h2', {}, T.withdrawTitle)),
        h('div', { 'data-testid': 'dialog-content' },
          h('div', { 'data-sdui-screen': 'com.linkedin.sdui.flagshipnav.mynetwork.invitations.WithdrawConfirmationDialog' },
            h('div', {}, h('p', {}, T.withdrawBody), h('div', { style: 'display:flex;gap:8px;justify-content:flex-end' }, cancel, wrap))))),
      toasts);
    cancel.addEventListener('click', closeDialog);
    dismiss.addEventListener('click', closeDialog);
    confirm.addEventListener('click', () => {
      confirm.disabled = true;
      setTimeout(() => outcome2026(slug, firstName, toasts, card), delay());
    });
    state.dialog = { root: el, el, kind: 'dialog' };
    modal(el);
  }

  // The card leaves, then comes back as a fresh node `ms` later (the list re-rendered).
  function bounce(card, ms) {
    const parent = card.parentNode;
    const next = card.nextSibling;
    const fresh = card.cloneNode(true);
    fresh.querySelectorAll('[data-warden]').forEach((n) => n.remove()); // a re-render knows no badge
    card.remove();
    setTimeout(() => parent.insertBefore(fresh, next), ms);
  }

  // Outcomes a test sets for one person (window.__fixture.plan), for what LinkedIn does when it
  // is slow or silent, from the pieces FIELD-NOTES §2 describes after a confirm (the card
  // leaving, "People (N)" down by one, the toasts "Invitation to FIRSTNAME withdrawn." and
  // "Sorry, unable to withdraw invitation to FIRSTNAME…"; a withdrawal that did not hold). The dialog closes; then, each only when given: `leave` the card leaves
  // at once and comes back that many ms later (null: never), `drop` the total down by one,
  // `ok` / `fail` the success / failure toast that many ms later, naming `name` (default: the
  // person's first name).
  const plans = new Map();
  function planned(plan, slug, firstName, current) {
    const T = t26();
    const name = plan.name ?? firstName;
    closeDialog();
    if (current && 'leave' in plan) {
      if (plan.leave === null) current.remove();
      else bounce(current, plan.leave);
    }
    if (plan.drop) total2026(-1);
    if (plan.ok !== undefined) setTimeout(() => toast2026(fill(T.toastOk, name)), plan.ok);
    if (plan.fail !== undefined) setTimeout(() => toast2026(fill(T.toastFail, name)), plan.fail);
  }

  // What the page does after a confirm: ?fail=1 the failure toast; ?bounce=1 the card leaves
  // and comes back as a fresh node (the list re-rendered; with ?fail=1, 3 s later); else the card leaves, the total
  // drops by one and (unless ?toast=0) the success toast shows.
  function outcome2026(slug, firstName, toasts, card) {
    const T = t26();
    const current = card?.isConnected ? card : cardBySlug(slug);
    if (plans.has(slug)) return planned(plans.get(slug), slug, firstName, current);
    const later = (run) => setTimeout(() => { closeDialog(); run(); }, 200);
    if (failing()) {
      toast2026(fill(T.toastFail, firstName), toasts);
      // ?bounce=1 too: the card left at once (an optimistic removal) and comes back 3 s later.
      if (current && params().get('bounce') === '1') bounce(current, 3000);
      return later(() => toast2026(fill(T.toastFail, firstName)));
    }
    if (params().get('bounce') === '1') {
      closeDialog();
      if (current) bounce(current, 400);
      return;
    }
    if (current) {
      current.remove();
      total2026(-1);
    }
    withdrawn.add(slug);
    // ?switch=1: LinkedIn moves to the Received tab a moment later (FIELD-NOTES §2).
    if (params().get('switch') === '1') setTimeout(() => navigate('/mynetwork/invitation-manager/received/'), 800);
    if (params().get('toast') === '0') return closeDialog();
    toast2026(fill(T.toastOk, firstName), toasts);
    later(() => toast2026(fill(T.toastOk, firstName)));
  }

  // Infinite scroll (§1): an IntersectionObserver near the end of the list, rooted in the
  // scrolling main#workspace, loads the next batch; nothing loads unless the user scrolls.
  let sentinelObserver = null;
  function watchSentinel() {
    sentinelObserver?.disconnect();
    const sentinel = document.querySelector('[data-fx-sentinel]');
    if (!sentinel) return;
    sentinelObserver = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      loadMore(null).then(() => {
        sentinelObserver.unobserve(sentinel); // observe again: still in view loads the next batch
        sentinelObserver.observe(sentinel);
      });
    }, { root: main() });
    sentinelObserver.observe(sentinel);
  }

  function outlet() {
    const host = document.getElementById('interop-outlet');
    return host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  }
  // §6: the invite dialog can open on a /preload/(search-)custom-invite/?vanityName= URL; the
  // page's URL goes back when it closes.
  let routeBack = null;
  const closeInvite = () => {
    outlet().replaceChildren();
    if (routeBack) {
      history.replaceState(history.state, '', routeBack);
      routeBack = null;
    }
  };
  const sticky = () => {
    const q = new URLSearchParams(location.search);
    q.delete('vanityName');
    const s = q.toString();
    return s ? `?${s}` : '';
  };

  function shadowDialog(...children) {
    const T = t26();
    const dismiss = h('button', { type: 'button', 'aria-label': T.dismiss }, '×');
    dismiss.addEventListener('click', closeInvite);
    outlet().replaceChildren(h('div', { role: 'dialog', 'aria-labelledby': 'invite-header',
      style: 'position:fixed;top:120px;left:50%;transform:translateX(-50%);background:#fff;border:1px solid #ccc;border-radius:8px;padding:16px 24px;z-index:3000;display:flex;flex-direction:column;gap:8px;min-width:360px' },
    dismiss, ...children));
  }

  // The invite dialog of §3, inside the open shadow root: a note or none, then Send.
  function inviteDialog(slug) {
    const T = t26();
    const button = (label, run) => {
      const b = h('button', { type: 'button', 'aria-label': label }, h('span', {}, label));
      b.addEventListener('click', run);
      return b;
    };
    const sendNow = () => { closeInvite(); send2026(slug); };
    const withNote = () => {
      const area = h('textarea', { id: 'custom-message', name: 'message', maxlength: '200', rows: '4' });
      const counter = h('span', {}, '0/200');
      area.addEventListener('input', () => { counter.textContent = `${area.value.length}/200`; });
      // §6, the note step: "1 personalized invitation remaining for this month." (?notes=N).
      const left = params().get('notes');
      const said = left === '1' && T.notesLeftOne ? T.notesLeftOne : fill(T.notesLeft, left);
      const quota = left === null ? [] : [h('p', {}, said)];
      shadowDialog(h('h2', { id: 'invite-header' }, T.inviteTitle), ...quota, area, counter, button(T.sendInvitation, sendNow));
    };
    shadowDialog(h('h2', { id: 'invite-header' }, T.inviteTitle),
      h('div', { style: 'display:flex;gap:8px' }, button(T.addNote, withNote), button(T.sendWithout, sendNow)));
  }

  // §6: "An email gate can come before sending" (obhox/sales-automation): the invitation goes
  // only once the user gives an address and sends; Dismiss sends nothing.
  const gated = new Set();
  function emailGate(slug) {
    const input = h('input', { type: 'email', name: 'email', 'aria-label': 'Email' });
    const go = h('button', { type: 'button' }, h('span', {}, 'Send'));
    go.addEventListener('click', () => {
      if (!input.value.includes('@')) return;
      closeInvite();
      gated.add(slug);
      send2026(slug);
    });
    shadowDialog(h('p', {}, 'To verify this member knows you, please enter their email'), input, go);
  }

  function send2026(slug) {
    const T = t26();
    setTimeout(() => {
      if (params().get('gate') === '1' && !gated.has(slug)) return emailGate(slug);
      if (failing()) return toast2026(t().error);
      if (params().get('limit') === '1') {
        const ok = h('button', { type: 'button' }, h('span', {}, T.gotIt));
        ok.addEventListener('click', closeInvite);
        return shadowDialog(h('h2', { id: 'invite-header' }, T.limitTitle), ok);
      }
      markPending2026(slug);
    }, delay());
  }

  function nameNear(control) {
    const item = control.closest('li, [role="listitem"]');
    if (item) return item.querySelector('a[href*="/in/"]')?.textContent.trim() ?? '';
    return document.querySelector('[componentkey$="Topcard"] h2')?.textContent.trim() ?? '';
  }

  // Every control of that person (top card, hidden duplicate, sticky header) turns to Pending.
  function markPending2026(slug) {
    const T = t26();
    for (const c of document.querySelectorAll(`[data-fx-invite="${CSS.escape(slug)}"]`)) {
      const name = nameNear(c);
      // §6: the Connect <button> turns to Pending in place (prakharagarwal send-profile.html).
      if (c.hasAttribute('data-fx-inplace')) {
        c.setAttribute('aria-label', relabel(T.pending, params().get('labels'), LABELS));
        c.textContent = T.pending;
        c.removeAttribute('data-fx-invite');
        continue;
      }
      // §6: on a Follow-first profile, Pending takes Connect's place in the More menu.
      if (c.hasAttribute('data-fx-pending-menu')) {
        c.replaceWith(h('a', { role: 'menuitem', href: '#', componentkey: `ConnectButtonstate:invitation:urn:li:member:${slug}_pending` }, T.pending));
        continue;
      }
      // §6 search results: no componentkey in the notes, none after the send either.
      if (c.hasAttribute('data-fx-nokey')) {
        c.replaceWith(h('a', { 'aria-label': fill(T.pendingLabel, name), href: `/in/${slug}/` }, h('span', {}, T.pending)));
        continue;
      }
      const key = (c.getAttribute('componentkey') ?? `ConnectButtonstate:invitation:urn:li:member:${slug}_connect`)
        .replace(/_(connect|withdrawn)$/, '_pending');
      const pending = h('a', { 'aria-label': fill(T.pendingLabel, name), href: `${location.origin}/in/${slug}/`, componentkey: key },
        h('span', {}, T.pending));
      if (c.getAttribute('role') === 'menuitem') {
        c.closest('[componentkey$="Topcard"]')?.querySelector('a[href^="/messaging/"]')?.before(pending);
        c.remove();
      } else c.replaceWith(pending);
    }
  }

  function toggleMenu(button) {
    const menu = button.parentElement.querySelector('[data-fx-menu]');
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    menu.hidden = !open;
  }

  // -------------------------------------------------------------------------------------
  // SPA navigation

  let navSeq = 0;
  async function navigate(target, { push = true } = {}) {
    const url = new URL(target, location.href);
    if (url.origin !== location.origin) {
      location.assign(url.href);
      return;
    }
    const seq = ++navSeq;
    closeDialog();
    if (push) history.pushState({ fx: true }, '', url.pathname + url.search + url.hash);
    const f = new URL(url);
    f.searchParams.set('fragment', '1');
    const data = await get(f, 'json');
    if (seq !== navSeq) return;
    document.title = `${data.title} | LinkedIn`;
    document.documentElement.lang = data.lang;
    const m = main();
    m.dataset.fxRoute = data.route;
    m.dataset.fxLayout = data.layout || '';
    m.id = data.mainId || 'main';
    m.innerHTML = data.html; // fixture's own, server-escaped markup
    document.getElementById('fx-before').innerHTML = data.before || ''; // the same
    routeBack = null; // the URL is the navigation's own
    closeInvite();
    watchSentinel();
    withdrawn.clear();
    state.navigations++;
    window.dispatchEvent(new CustomEvent('fixture:navigated', { detail: { url: location.href } }));
  }

  window.addEventListener('popstate', () => navigate(location.href, { push: false }));

  // -------------------------------------------------------------------------------------
  // One delegated click handler for everything

  document.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target : null;
    if (!el || state.dialog?.root.contains(el)) return;
    const spa = el.closest('a[data-spa]');
    if (spa && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey) {
      e.preventDefault();
      navigate(spa.href);
      return;
    }
    const menuButton = el.closest('[data-fx-more-menu]');
    if (menuButton) return void toggleMenu(menuButton);
    const seeMore = el.closest('button[data-testid="expandable-text-button"]');
    if (seeMore) {
      const note = seeMore.closest('[data-fx-note]');
      note.firstElementChild.textContent = note.dataset.fxFull;
      seeMore.remove();
      return;
    }
    const follow = el.closest('[data-fx-follow]');
    if (follow) {
      const name = document.querySelector('[componentkey$="Topcard"] h2')?.textContent.trim() ?? '';
      follow.replaceWith(h('button', { type: 'button', 'aria-label': `Following ${name}` }, h('span', {}, 'Following')));
      return;
    }
    const answer = el.closest('[data-fx-accept], [data-fx-ignore]');
    if (answer) {
      const top = answer.closest('[componentkey$="Topcard"]');
      const accepted = answer.hasAttribute('data-fx-accept');
      top.querySelectorAll('[data-fx-accept], [data-fx-ignore]').forEach((b) => b.remove());
      if (accepted) top.querySelector('[data-fx-degree]').textContent = `· ${t26().first}`;
      return;
    }
    const invite = el.closest('[data-fx-invite]');
    if (invite) {
      e.preventDefault();
      if (invite.hasAttribute('data-fx-route')) {
        routeBack = location.href;
        history.pushState(history.state, '', invite.getAttribute('href'));
      }
      if (invite.hasAttribute('data-fx-direct')) send2026(invite.dataset.fxInvite);
      else inviteDialog(invite.dataset.fxInvite);
      return;
    }
    const control = el.closest(WITHDRAW);
    if (control) {
      e.preventDefault();
      openWithdraw(control);
      return;
    }
    const more = el.closest('[data-fx-more]');
    if (more) return void loadMore(more);
    const connect = el.closest('[data-fx-connect]');
    if (connect) {
      if (connect.dataset.fxConnect === 'direct') {
        send(connect, connect.closest('.discover-entity-card')?.querySelector('.discover-person-card__name')?.textContent.trim() ?? '');
      } else openInvite(connect);
      return;
    }
    const a = el.closest('a[href="#"]');
    if (a) e.preventDefault();
  });

  // Lazy loading inside an inner scroll container (?lazy=1).
  document.addEventListener('scroll', (e) => {
    const s = e.target instanceof Element && e.target.matches('[data-fx-scroller]') ? e.target : null;
    if (s && s.scrollTop + s.clientHeight >= s.scrollHeight - 40) loadMore(null);
  }, { capture: true, passive: true });

  watchSentinel();

  // §6: the invite route loaded as a page opens the dialog at once; on closing, the URL becomes
  // the page behind it. /in/SLUG/ with ?redirect=spa becomes /mynetwork/ a moment after load.
  const auto = document.querySelector('[data-fx-autoinvite]');
  if (auto) {
    const slug = auto.dataset.fxAutoinvite;
    routeBack = `${location.pathname.includes('search-') ? '/search/results/people/' : `/in/${slug}/`}${sticky()}`;
    inviteDialog(slug);
  }
  const redirect = document.querySelector('[data-fx-redirect]');
  if (redirect) {
    const q = new URLSearchParams(location.search);
    q.delete('redirect');
    setTimeout(() => history.replaceState(history.state, '', `${redirect.dataset.fxRedirect}?${q}`), 300);
  }

  window.__fixture = {
    navigate,
    rerender,
    loadMore: () => loadMore(document.querySelector('[data-fx-more]')),
    get navigations() { return state.navigations; },
    get loads() { return state.loads; },
    get withdrawn() { return [...withdrawn]; },
    plan: (slug, plan) => { plans.set(slug, plan); },
  };
})();
