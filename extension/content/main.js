// Routing: LinkedIn is a single-page app, so this script runs on every LinkedIn page and
// follows in-app navigation (no page load) by watching the document. Work happens only on the
// Sent page and on profile pages.
(() => {
  const V = Warden.variants;
  let path = null;

  // One feature's exception never stops another: each call runs on its own, and a feature that
  // fails is named once in the console (for the developer reading a bug report).
  const failed = new Set();
  function report(feature, error) {
    if (failed.has(feature)) return;
    failed.add(feature);
    console.warn(`[Warden] ${feature} failed:`, error);
  }
  function guarded(feature, run) {
    try {
      const result = run();
      if (result && typeof result.catch === 'function') result.catch((e) => report(feature, e));
    } catch (e) {
      report(feature, e);
    }
  }

  function route() {
    if (location.pathname === path) return;
    path = location.pathname;
    const onSent = V.sentPath.test(path);
    const profile = path.match(V.profilePath);
    if (!onSent) guarded('sentPage', () => Warden.sentPage.leave());
    if (!profile) guarded('profile', () => Warden.profilePage.leave());
    if (onSent) guarded('sentPage', () => Warden.sentPage.active() || Warden.sentPage.enter());
    if (profile) guarded('profile', () => Warden.profilePage.enter(`/in/${profile[1]}/`));
  }

  // Mutations made by Warden itself (badges, summary, banners) are not news.
  function ours(record) {
    const target = record.target.nodeType === 1 ? record.target : record.target.parentElement;
    if (Warden.ownAncestor(target)) return true;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every((n) => Warden.isOwn(n));
  }

  new MutationObserver((records) => {
    const news = records.filter((r) => !ours(r));
    if (!news.length) return;
    route();
    guarded('sentPage', () => Warden.sentPage.active() && Warden.sentPage.changed(news));
    const profile = path.match(V.profilePath);
    if (profile) guarded('profile', () => Warden.profilePage.changed(`/in/${profile[1]}/`));
    guarded('sends', () => Warden.watchSends(news));
  }).observe(document.documentElement, { childList: true, subtree: true });

  addEventListener('popstate', route);
  globalThis.navigation?.addEventListener('currententrychange', route);

  // Settings, keeps or withdrawals changed (popup, another tab): bring annotations up to date.
  // The core counts such changes in the state's `inputs`; other writes (a Sent-page reading, a
  // send) leave it as it was, and the badges with it.
  const inputsOf = (value) => (value && typeof value === 'object' ? value.inputs : undefined);
  Warden.api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.warden) return;
    const now = inputsOf(changes.warden.newValue);
    const before = inputsOf(changes.warden.oldValue);
    guarded('sentPage', () => Warden.sentPage.active() && now !== Warden.sentPage.inputs() && Warden.sentPage.refresh());
    const profile = path?.match(V.profilePath);
    if (profile && (now === undefined || now !== before)) guarded('profile', () => Warden.profilePage.refresh(`/in/${profile[1]}/`));
  });

  route();
})();
