// The fixture pages' own script, served as /fixture/app.js (allowed by `script-src 'self'`).
// It plays LinkedIn's part: SPA navigation, "Load more", lazy loading, withdraw dialogs,
// toasts and the invitation dialog on profiles. It runs in the page's main world; nothing
// here is part of the extension. Attributes named data-fx-* are this script's own hooks and
// do not exist on LinkedIn: the extension must not rely on them.
(() => {
  'use strict';
  const TEXT = /*__TEXT__*/ null;

  const main = () => document.getElementById('main');
  const params = () => new URL(location.href).searchParams;
  const t = () => TEXT[document.documentElement.lang === 'fr' ? 'fr' : 'en'];
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

  function openDialog(kind, { title, body, actions }) {
    closeDialog();
    const id = `fx-dialog-title-${Math.random().toString(36).slice(2, 8)}`;
    const buttons = actions.map((a) => {
      const cls = kind === 'artdeco'
        ? `artdeco-button artdeco-button--2 ${a.primary ? 'artdeco-button--primary' : 'artdeco-button--secondary'} ember-view`
        : a.primary ? '_1c9e4f _77ab02' : '_1c9e4f _30d9e8';
      const b = h('button', { type: 'button', class: cls, 'aria-label': a.label }, h('span', { class: kind === 'artdeco' ? 'artdeco-button__text' : '_b2a7c4' }, a.text));
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
    state.dialog = { root, el, kind };
    return { el, close: closeDialog };
  }

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.dialog && state.dialog.kind !== 'dialog') closeDialog();
  });

  // -------------------------------------------------------------------------------------
  // Sent page

  const CARD = 'li.invitation-card, [role="listitem"]';
  const WITHDRAW = '[data-control-name="withdraw_single"], [data-view-name="sent-invitations-withdraw-single"], [aria-label^="Withdraw invitation sent to"], [aria-label^="Retirer l’invitation envoyée à"]';

  function slugOf(card) {
    const a = card.querySelector('a[href*="/in/"]');
    const m = a && /\/in\/([^/?#]+)/.exec(a.getAttribute('href'));
    return m ? decodeURIComponent(m[1]) : null;
  }
  function nameOf(card) {
    const links = [...card.querySelectorAll('a[href*="/in/"]')].filter((a) => a.textContent.trim());
    return links.length ? links[links.length - 1].textContent.trim() : '';
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
          body: h('p', { class: 't-14' }, t().limitBody),
          actions: [{ text: t().gotIt, primary: true, run: closeDialog }],
        });
      }
      if (button.isConnected) markPending(button, name);
      toast(t().invitationSent, 'success');
    }, delay());
  }

  function openInvite(button) {
    const card = button.closest('[data-fx-profile], .discover-entity-card');
    const name = card?.querySelector('h1, .discover-person-card__name')?.textContent.trim() ?? '';
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
    m.innerHTML = data.html; // fixture's own, server-escaped markup
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

  window.__fixture = {
    navigate,
    rerender,
    loadMore: () => loadMore(document.querySelector('[data-fx-more]')),
    get navigations() { return state.navigations; },
    get loads() { return state.loads; },
    get withdrawn() { return [...withdrawn]; },
  };
})();
