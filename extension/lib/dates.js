// The browser's local calendar day, written YYYY-MM-DD as the core writes dates: what tells a
// view kept from an earlier day (the popup's last view, the age vocabulary) from today's. The
// core decides every date rule; this only compares its `today` with the page's.

/** Today, in the browser's local calendar. */
export function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
