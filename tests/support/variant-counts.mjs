// The fixture shapes page-variants.test.mjs counts every selector and phrase on, with the
// counts expected on each. Each shape names the field-notes section it follows. When a shape
// is added or changed, review each count against the markup: a count is a claim about the
// captured page ("the confirm matches once in the open dialog"), not a number to copy.

const open = (selector) => async (page) => {
  await page.locator(selector).first().click();
  await page.locator('dialog[open], [role="alertdialog"], .artdeco-modal').first().waitFor();
};
const confirmWithdraw = (word) => async (page) => {
  await open('[role="listitem"] a[href="https://www.linkedin.com/"]')(page);
  await page.locator('dialog[open] button').filter({ hasText: new RegExp(`^\\s*${word}\\s*$`) }).click();
  await page.locator('[data-fx-toasts] [role="alert"]').first().waitFor();
};
const invite = async (page) => {
  await page.locator('main [componentkey$="Topcard"] a[href*="custom-invite"]:visible').click();
  await page.locator('#interop-outlet [role="dialog"]').waitFor();
};

export const SHAPES = {
  'sent-old': {
    notes: 'the older layout, li.invitation-card, numbered pages (BRIEF, "older")',
    params: { layout: 'old' },
  },
  'sent-2025': {
    notes: 'the 2024-25 layout of version one: role=listitem, data-view-name, hashed classes',
    params: { layout: 'new' },
  },
  'sent-oct2026-en': {
    notes: 'FIELD-NOTES §1, English, "People (1,204)"',
    params: { layout: 'oct2026', stated: 1204 },
  },
  'sent-oct2026-de': {
    notes: 'FIELD-NOTES §1 and §4, German: no withdraw label, "Zurückziehen", "Personen (1.052)"',
    params: { layout: 'oct2026', lang: 'de', stated: 1052 },
  },
  'sent-early2026': {
    notes: 'FIELD-NOTES §2, January-March 2026: button[data-view-name]',
    params: { layout: 'early2026' },
  },
  'sent-empty': { notes: 'an empty list, "People (0)"', params: { layout: 'empty' } },
  'sent-drift': { notes: 'a markup no selector knows: the drift notice\'s page', params: { layout: 'drift' } },
  'dialog-oct2026': {
    notes: 'FIELD-NOTES §2: <dialog open> without a role, the confirm with the control\'s own label',
    params: { layout: 'oct2026' },
    prepare: open('[role="listitem"] a[href="https://www.linkedin.com/"]'),
  },
  'dialog-early2026': {
    notes: 'FIELD-NOTES §2: "Withdrawn invitation sent to", data-view-name="edge-creation-connect-action"',
    params: { layout: 'early2026' },
    prepare: open('[data-view-name="sent-invitations-withdraw-single"]'),
  },
  'dialog-2025': {
    notes: 'the 2024-25 layout\'s <dialog>',
    params: { layout: 'new' },
    prepare: open('[data-view-name="sent-invitations-withdraw-single"]'),
  },
  'dialog-alert': {
    notes: 'FIELD-NOTES §2, older shape: role=alertdialog',
    params: { layout: 'new', dialog: 'alert' },
    prepare: open('[data-view-name="sent-invitations-withdraw-single"]'),
  },
  'dialog-artdeco': {
    notes: 'FIELD-NOTES §2, older shape: .artdeco-modal, its confirm-dialog-btn and data-test-dialog-primary-btn',
    params: { layout: 'old' },
    prepare: open('button[data-control-name="withdraw_single"]'),
  },
  'toast-oct2026-ok': {
    notes: 'FIELD-NOTES §2: "Invitation to FIRSTNAME withdrawn." in the dialog, then on the page',
    params: { layout: 'oct2026' },
    prepare: confirmWithdraw('Withdraw'),
  },
  'toast-oct2026-failed': {
    notes: 'FIELD-NOTES §2: "Sorry, unable to withdraw invitation to FIRSTNAME. Please try again."',
    params: { layout: 'oct2026', fail: 1 },
    prepare: confirmWithdraw('Withdraw'),
  },
  'profile-old': { notes: 'the older profile: .pv-top-card, an <h1>, Connect a button', path: '/in/person-5/' },
  'profile-old-limit': {
    notes: 'FIELD-NOTES §3, older weekly-limit message: .ip-fuse-limit-alert__warning',
    path: '/in/person-5/',
    params: { limit: 1, delay: 0 },
    prepare: async (page) => {
      await page.locator('main [data-fx-connect]').click();
      await page.getByRole('button', { name: 'Send without a note' }).click();
      await page.locator('.ip-fuse-limit-alert__warning').waitFor();
    },
  },
  'mynetwork-old': { notes: 'the older "People you may know" cards', path: '/mynetwork/' },
  'profile-2026': {
    notes: 'FIELD-NOTES §3: Topcard componentkey, <h2>, hidden duplicates, sticky header, rails',
    path: '/in/person-5/',
    params: { profile: '2026' },
  },
  'profile-2026-pending': { notes: 'FIELD-NOTES §3: Pending <a> with the _pending suffix', path: '/in/person-5/', params: { profile: '2026', state: 'pending' } },
  'profile-2026-withdrawn': { notes: 'FIELD-NOTES §3: the _withdrawn Connect button', path: '/in/person-5/', params: { profile: '2026', state: 'withdrawn' } },
  'profile-2026-menu': {
    notes: 'FIELD-NOTES §3: Connect as a[role=menuitem] in the open More menu',
    path: '/in/person-5/',
    params: { profile: '2026', state: 'menu' },
    prepare: (page) => page.locator('main [componentkey$="Topcard"] [aria-expanded]').click(),
  },
  'profile-2026-de': { notes: 'FIELD-NOTES §4: "NAME als Kontakt einladen", "Vernetzen"', path: '/in/person-5/', params: { profile: '2026', lang: 'de' } },
  'invite-2026': {
    notes: 'FIELD-NOTES §3: the invite dialog in the open shadow root of #interop-outlet',
    path: '/in/person-5/',
    params: { profile: '2026' },
    prepare: invite,
  },
  'invite-2026-note': {
    notes: 'FIELD-NOTES §3 and §6: the invite dialog\'s note step, "1 personalized invitation remaining for this month.", textarea#custom-message and "Send invitation"',
    path: '/in/person-5/',
    params: { profile: '2026', notes: 1 },
    prepare: async (page) => {
      await invite(page);
      await page.locator('#interop-outlet').getByRole('button', { name: 'Add a note' }).click();
      await page.locator('#interop-outlet textarea#custom-message').waitFor();
    },
  },
  'profile-2026-connected': {
    notes: 'FIELD-NOTES §3: a 1st-degree profile (visible "· 1st", hidden "· 2nd"), rails showing degrees',
    path: '/in/person-5/',
    params: { profile: '2026', state: 'connected', rail1st: '1' },
  },
  'limit-2026': {
    notes: 'FIELD-NOTES §3: "You\'ve reached the weekly invitation limit" with "Got it" (2026-10)',
    path: '/in/person-5/',
    params: { profile: '2026', limit: 1, delay: 0 },
    prepare: async (page) => {
      await invite(page);
      await page.locator('#interop-outlet').getByRole('button', { name: 'Send without a note' }).click();
      await page.locator('#interop-outlet').getByText('weekly invitation limit').waitFor();
    },
  },
  'search-2026': { notes: 'search results: Connect <a>, a Connect button, a Pending <a>', path: '/search/results/people/' },

  // FIELD-NOTES §6 (shapes served 2026-04 to 2026-10), and the renderings of support/labels.mjs.
  'sent-aug2026': {
    notes: 'FIELD-NOTES §6: "People (12)" a link beside "Pages (3)", hr separators, relative hrefs, possessive/empty alts, suffixes, notes after the control',
    params: { layout: 'aug2026', n: 12, size: 12 },
  },
  'sent-aug2026-rolebutton': { notes: 'FIELD-NOTES §6: the totals as role=button', params: { layout: 'aug2026', n: 12, size: 12, tabs: 'rolebutton' } },
  'sent-aug2026-radio': { notes: 'FIELD-NOTES §6: the totals as role=radio with aria-checked', params: { layout: 'aug2026', n: 12, size: 12, tabs: 'radio' } },
  'sent-aug2026-fr': { notes: 'FIELD-NOTES §6: "Personnes (2 903)", U+202F grouping', params: { layout: 'aug2026', n: 12, size: 12, lang: 'fr', stated: 2903 } },
  'sent-aug2026-icon': { notes: 'the withdraw control an icon, no visible word (inferred)', params: { layout: 'aug2026', n: 12, size: 12, icon: 1 } },
  'sent-aug2026-see-more': {
    notes: 'FIELD-NOTES §6: a long note opened by its "… see more" button',
    params: { layout: 'aug2026', n: 12, size: 12 },
    prepare: (page) => page.locator('button[data-testid="expandable-text-button"]').first().click(),
  },
  'sent-aug2026-virtual': {
    notes: 'FIELD-NOTES §6: a virtualised list scrolled to its end, rows 19-30 left in the DOM',
    params: { layout: 'aug2026', n: 30, size: 10, virtual: 12 },
    prepare: async (page) => {
      await page.mouse.move(640, 400);
      for (let k = 0; k < 60 && !(await page.locator('a[href="/in/person-30/"]').count()); k++) {
        await page.mouse.wheel(0, 1200);
        await page.waitForTimeout(150);
      }
      await page.locator('a[href="/in/person-30/"]').waitFor();
    },
  },
  'sent-pages': {
    notes: 'FIELD-NOTES §6: the Pages tab, /sent/ORGANIZATION/, the same person twice, the Pages link current',
    path: '/mynetwork/invitation-manager/sent/ORGANIZATION/',
  },
  'sent-empty2026': { notes: 'FIELD-NOTES §6: no total, "Pages" without a count, an idle empty lazy column, suggestions below', params: { layout: 'empty2026' } },
  'sent-empty2026-loading': { notes: 'the empty lazy column still loading: aria-busy, a progressbar (inferred)', params: { layout: 'empty2026', loading: 1 } },
  'sent-aug2026-de-labels': { notes: 'labels=de: every aria-label German ("Einladung an NAME zurückziehen")', params: { layout: 'aug2026', n: 12, size: 12, labels: 'de' } },
  'sent-aug2026-opaque': { notes: 'labels=opaque: every aria-label an opaque token', params: { layout: 'aug2026', n: 12, size: 12, labels: 'opaque' } },
  'sent-aug2026-empty-labels': { notes: 'labels=empty: every aria-label present and empty', params: { layout: 'aug2026', n: 12, size: 12, labels: 'empty' } },
  'dialog-aug2026-opaque': {
    notes: 'FIELD-NOTES §2 dialog on the §6 list, labels=opaque: the confirm by its word only',
    params: { layout: 'aug2026', n: 12, size: 12, labels: 'opaque' },
    prepare: open('[role="listitem"] a[href="/mynetwork/invitation-manager/sent/"]'),
  },
  'profile-2026-button': { notes: 'FIELD-NOTES §6: Connect as <button aria-label="Invite NAME to connect">, no href, no componentkey', path: '/in/person-5/', params: { profile: '2026', connect: 'button' } },
  'profile-2026-button-opaque': { notes: 'the same, labels=opaque', path: '/in/person-5/', params: { profile: '2026', connect: 'button', labels: 'opaque' } },
  'profile-2026-pendingmenu': {
    notes: 'FIELD-NOTES §6: Pending as a[role=menuitem][href="#"] with the _pending suffix, in the open More menu',
    path: '/in/person-5/',
    params: { profile: '2026', state: 'pendingmenu' },
    prepare: (page) => page.locator('main [componentkey$="Topcard"] [aria-expanded]').click(),
  },
  'profile-2026-follow': {
    notes: 'FIELD-NOTES §6: Follow-first (Message / Follow / More), Connect only in the open More menu',
    path: '/in/person-5/',
    params: { profile: '2026', state: 'follow' },
    prepare: (page) => page.locator('main [componentkey$="Topcard"] [aria-expanded]').click(),
  },
  'profile-2026-incoming': { notes: 'FIELD-NOTES §6: "Accept NAME’s request to connect" / "Ignore …", no Connect', path: '/in/person-5/', params: { profile: '2026', state: 'incoming' } },
  'profile-2026-navmore': { notes: 'FIELD-NOTES §6: a second "More" in the nav bar', path: '/in/person-5/', params: { profile: '2026', navmore: 1 } },
  'email-gate-2026': {
    notes: 'FIELD-NOTES §6: the email gate, div[role=dialog] with "please enter their email" and input[type=email]',
    path: '/in/person-5/',
    params: { profile: '2026', gate: 1, delay: 0 },
    prepare: async (page) => {
      await invite(page);
      await page.locator('#interop-outlet').getByRole('button', { name: 'Send without a note' }).click();
      await page.locator('#interop-outlet input[type="email"]').waitFor();
    },
  },
  'mynetwork-2026-redirect': {
    notes: 'FIELD-NOTES §6: /in/SLUG/ redirected to /mynetwork/: other people\'s Connect controls, no top card',
    path: '/in/person-5/',
    params: { profile: '2026', redirect: 1 },
  },
  'search-sdui': { notes: 'FIELD-NOTES §6: Connect <a> to /preload/search-custom-invite/?vanityName=, no data-view-name', path: '/search/results/people/', params: { search: 'sdui' } },
  'search-classic': {
    notes: 'FIELD-NOTES §6: classic search, div[data-chameleon-result-urn], the name in span[aria-hidden], Connect <button>',
    path: '/search/results/people/',
    params: { search: 'classic' },
  },
  'invite-route-2026': {
    notes: 'FIELD-NOTES §6: /preload/custom-invite/?vanityName= loaded as a page, the invite dialog open',
    path: '/preload/custom-invite/',
    params: { vanityName: 'person-5', profile: '2026' },
    prepare: (page) => page.locator('#interop-outlet [role="dialog"]').waitFor(),
  },
};

/** What each selector and phrase matches on each shape (see the header). */
export const COUNTS = {
  'sent-old': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 2,
    lazyColumn: 0, loading: 0, withdrawControl: 10, actionElements: 40, withdrawWord: 10,
    withdrawLabelName: 10, avatar: 0, pictureAltName: 0, cardAncestor: 17, listContainer: 5,
    profileLink: 20, totalCandidates: 21, dialog: 0, anyDialog: 0, confirmButton: 0,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 2,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'sent-2025': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 2,
    lazyColumn: 0, loading: 0, withdrawControl: 10, actionElements: 39, withdrawWord: 10,
    withdrawLabelName: 8, avatar: 0, pictureAltName: 0, cardAncestor: 14, listContainer: 4,
    profileLink: 20, totalCandidates: 18, dialog: 0, anyDialog: 0, confirmButton: 0,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 2,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'sent-oct2026-en': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 1,
    lazyColumn: 1, loading: 0, withdrawControl: 8, actionElements: 30, withdrawWord: 11,
    withdrawLabelName: 8, avatar: 20, pictureAltName: 20, cardAncestor: 14, listContainer: 4,
    profileLink: 10, totalCandidates: 8, dialog: 0, anyDialog: 2, confirmButton: 0,
    dismissWords: 1, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'sent-oct2026-de': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 1,
    lazyColumn: 1, loading: 0, withdrawControl: 0, actionElements: 30, withdrawWord: 11,
    withdrawLabelName: 0, avatar: 20, pictureAltName: 20, cardAncestor: 14, listContainer: 4,
    profileLink: 10, totalCandidates: 8, dialog: 0, anyDialog: 2, confirmButton: 0,
    dismissWords: 1, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'sent-early2026': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 1,
    lazyColumn: 1, loading: 0, withdrawControl: 10, actionElements: 40, withdrawWord: 11,
    withdrawLabelName: 0, avatar: 10, pictureAltName: 10, cardAncestor: 14, listContainer: 4,
    profileLink: 20, totalCandidates: 18, dialog: 0, anyDialog: 2, confirmButton: 0,
    dismissWords: 1, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'sent-empty': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 1,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 5, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 4, listContainer: 4,
    profileLink: 0, totalCandidates: 4, dialog: 0, anyDialog: 0, confirmButton: 0,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 2,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'sent-drift': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 24, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 4, listContainer: 3,
    profileLink: 10, totalCandidates: 13, dialog: 0, anyDialog: 0, confirmButton: 0,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 2,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'dialog-oct2026': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 1,
    lazyColumn: 1, loading: 0, withdrawControl: 9, actionElements: 33, withdrawWord: 12,
    withdrawLabelName: 9, avatar: 20, pictureAltName: 20, cardAncestor: 14, listContainer: 4,
    profileLink: 10, totalCandidates: 13, dialog: 1, anyDialog: 3, confirmButton: 0,
    dismissWords: 3, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 3,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'dialog-early2026': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 1,
    lazyColumn: 1, loading: 0, withdrawControl: 10, actionElements: 43, withdrawWord: 12,
    withdrawLabelName: 1, avatar: 10, pictureAltName: 10, cardAncestor: 14, listContainer: 4,
    profileLink: 20, totalCandidates: 23, dialog: 1, anyDialog: 3, confirmButton: 1,
    dismissWords: 3, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 3,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'dialog-2025': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 2,
    lazyColumn: 0, loading: 0, withdrawControl: 10, actionElements: 42, withdrawWord: 11,
    withdrawLabelName: 8, avatar: 0, pictureAltName: 0, cardAncestor: 14, listContainer: 4,
    profileLink: 20, totalCandidates: 22, dialog: 1, anyDialog: 1, confirmButton: 0,
    dismissWords: 2, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 3,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'dialog-alert': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 2,
    lazyColumn: 0, loading: 0, withdrawControl: 10, actionElements: 42, withdrawWord: 11,
    withdrawLabelName: 8, avatar: 0, pictureAltName: 0, cardAncestor: 14, listContainer: 4,
    profileLink: 20, totalCandidates: 22, dialog: 1, anyDialog: 1, confirmButton: 0,
    dismissWords: 2, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 3,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'dialog-artdeco': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 2,
    lazyColumn: 0, loading: 0, withdrawControl: 10, actionElements: 43, withdrawWord: 11,
    withdrawLabelName: 10, avatar: 0, pictureAltName: 0, cardAncestor: 17, listContainer: 5,
    profileLink: 20, totalCandidates: 25, dialog: 1, anyDialog: 1, confirmButton: 1,
    dismissWords: 2, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 3,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'toast-oct2026-ok': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 1,
    lazyColumn: 1, loading: 0, withdrawControl: 7, actionElements: 28, withdrawWord: 10,
    withdrawLabelName: 7, avatar: 18, pictureAltName: 18, cardAncestor: 13, listContainer: 4,
    profileLink: 9, totalCandidates: 8, dialog: 0, anyDialog: 2, confirmButton: 0,
    dismissWords: 1, toast: 1, withdrawnToast: 1, failedToast: 0, topCard: 0, topCardName: 1,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'toast-oct2026-failed': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 1,
    lazyColumn: 1, loading: 0, withdrawControl: 8, actionElements: 30, withdrawWord: 11,
    withdrawLabelName: 8, avatar: 20, pictureAltName: 20, cardAncestor: 14, listContainer: 4,
    profileLink: 10, totalCandidates: 8, dialog: 0, anyDialog: 2, confirmButton: 0,
    dismissWords: 1, toast: 1, withdrawnToast: 0, failedToast: 1, topCard: 0, topCardName: 1,
    connectKey: 0, connectControl: 0, menuItem: 0, pendingKeyed: 0, connectWords: 0,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'profile-old': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 9, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 7, listContainer: 4,
    profileLink: 3, totalCandidates: 7, dialog: 0, anyDialog: 0, confirmButton: 1,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4,
    connectKey: 0, connectControl: 1, menuItem: 0, pendingKeyed: 0, connectWords: 1,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'profile-old-limit': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 11, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 7, listContainer: 4,
    profileLink: 3, totalCandidates: 10, dialog: 1, anyDialog: 1, confirmButton: 2,
    dismissWords: 1, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 5,
    connectKey: 0, connectControl: 1, menuItem: 0, pendingKeyed: 0, connectWords: 1,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 1,
    limitAlert: 1, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'mynetwork-old': {
    sentPath: 0, profilePath: 0, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 11, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 7, listContainer: 4,
    profileLink: 3, totalCandidates: 8, dialog: 0, anyDialog: 0, confirmButton: 0,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 3,
    connectKey: 0, connectControl: 3, menuItem: 0, pendingKeyed: 0, connectWords: 3,
    interopOutlet: 1, pendingLabel: 0, pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'profile-2026': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 22, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 9, listContainer: 5,
    profileLink: 7, totalCandidates: 7, dialog: 0, anyDialog: 0, confirmButton: 0,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4,
    connectKey: 8, connectControl: 6, menuItem: 1, pendingKeyed: 2, connectWords: 6,
    interopOutlet: 1, pendingLabel: 2, pendingWords: 4, vanityName: 6, inviteRoute: 6, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 1
  },
  'profile-2026-pending': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 22, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 9, listContainer: 5,
    profileLink: 10, totalCandidates: 7, dialog: 0, anyDialog: 0, confirmButton: 0,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4,
    connectKey: 8, connectControl: 3, menuItem: 1, pendingKeyed: 5, connectWords: 3,
    interopOutlet: 1, pendingLabel: 5, pendingWords: 10, vanityName: 3, inviteRoute: 3, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 1
  },
  'profile-2026-withdrawn': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 22, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 9, listContainer: 5,
    profileLink: 7, totalCandidates: 10, dialog: 0, anyDialog: 0, confirmButton: 0,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4,
    connectKey: 8, connectControl: 6, menuItem: 1, pendingKeyed: 2, connectWords: 6,
    interopOutlet: 1, pendingLabel: 2, pendingWords: 4, vanityName: 3, inviteRoute: 3, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 1
  },
  'profile-2026-menu': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 20, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 9, listContainer: 5,
    profileLink: 7, totalCandidates: 7, dialog: 0, anyDialog: 0, confirmButton: 0,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4,
    connectKey: 5, connectControl: 4, menuItem: 2, pendingKeyed: 2, connectWords: 4,
    interopOutlet: 1, pendingLabel: 2, pendingWords: 4, vanityName: 4, inviteRoute: 4, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 1
  },
  'profile-2026-de': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 22, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 9, listContainer: 5,
    profileLink: 7, totalCandidates: 7, dialog: 0, anyDialog: 0, confirmButton: 0,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4,
    connectKey: 8, connectControl: 6, menuItem: 1, pendingKeyed: 2, connectWords: 6,
    interopOutlet: 1, pendingLabel: 4, pendingWords: 4, vanityName: 6, inviteRoute: 6, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 1
  },
  'invite-2026': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 25, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 9, listContainer: 5,
    profileLink: 7, totalCandidates: 11, dialog: 1, anyDialog: 1, confirmButton: 0,
    dismissWords: 1, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 5,
    connectKey: 8, connectControl: 6, menuItem: 1, pendingKeyed: 2, connectWords: 6,
    interopOutlet: 1, pendingLabel: 2, pendingWords: 4, vanityName: 6, inviteRoute: 6, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 2, sendWithNote: 0, firstDegree: 1
  },
  'limit-2026': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 24, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 9, listContainer: 5,
    profileLink: 7, totalCandidates: 10, dialog: 1, anyDialog: 1, confirmButton: 0,
    dismissWords: 1, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 5,
    connectKey: 8, connectControl: 6, menuItem: 1, pendingKeyed: 2, connectWords: 6,
    interopOutlet: 1, pendingLabel: 2, pendingWords: 4, vanityName: 6, inviteRoute: 6, limitMessage: 1,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 1
  },
  'search-2026': {
    sentPath: 0, profilePath: 0, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 12, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 8, listContainer: 4,
    profileLink: 5, totalCandidates: 3, dialog: 0, anyDialog: 0, confirmButton: 0,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1,
    connectKey: 3, connectControl: 3, menuItem: 0, pendingKeyed: 1, connectWords: 3,
    interopOutlet: 1, pendingLabel: 1, pendingWords: 2, vanityName: 2, inviteRoute: 2, limitMessage: 0,
    limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0,
    noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0
  },
  'invite-2026-note': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 24, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 9, listContainer: 5,
    profileLink: 7, totalCandidates: 10, dialog: 1, anyDialog: 1, confirmButton: 0,
    dismissWords: 1, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 5,
    connectKey: 8, connectControl: 6, menuItem: 1, pendingKeyed: 2, connectWords: 6,
    interopOutlet: 1, noteText: 1, sendWithoutNote: 0, sendWithNote: 2, firstDegree: 1,
    pendingLabel: 2, pendingWords: 4, vanityName: 6, inviteRoute: 6, limitMessage: 0, limitAlert: 0, notesLeft: 1, emailGateInput: 0, emailGateWords: 0
  },
  'profile-2026-connected': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 19, withdrawWord: 0,
    withdrawLabelName: 0, avatar: 0, pictureAltName: 0, cardAncestor: 9, listContainer: 5,
    profileLink: 7, totalCandidates: 7, dialog: 0, anyDialog: 0, confirmButton: 0,
    dismissWords: 0, toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4,
    connectKey: 5, connectControl: 3, menuItem: 1, pendingKeyed: 2, connectWords: 3,
    interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 3,
    pendingLabel: 2, pendingWords: 4, vanityName: 3, inviteRoute: 3, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  // FIELD-NOTES §6 and the renderings: each count reviewed against the markup of fixtures-2026.mjs.
  'sent-aug2026': {
    sentPath: 1, profilePath: 0, sentTabLink: 2, currentMark: 2,
    lazyColumn: 1, loading: 0, withdrawControl: 12, actionElements: 35, withdrawWord: 15, withdrawLabelName: 12, avatar: 12, pictureAltName: 8,
    cardAncestor: 16, listContainer: 4, profileLink: 12, totalCandidates: 21, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 0, menuItem: 0,
    pendingKeyed: 0, connectWords: 0, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'sent-aug2026-rolebutton': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 1,
    lazyColumn: 1, loading: 0, withdrawControl: 12, actionElements: 35, withdrawWord: 15, withdrawLabelName: 12, avatar: 12, pictureAltName: 8,
    cardAncestor: 16, listContainer: 4, profileLink: 12, totalCandidates: 21, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 0, menuItem: 0,
    pendingKeyed: 0, connectWords: 0, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'sent-aug2026-radio': {
    sentPath: 1, profilePath: 0, sentTabLink: 0, currentMark: 2,
    lazyColumn: 1, loading: 0, withdrawControl: 12, actionElements: 33, withdrawWord: 15, withdrawLabelName: 12, avatar: 12, pictureAltName: 8,
    cardAncestor: 16, listContainer: 4, profileLink: 12, totalCandidates: 21, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 0, menuItem: 0,
    pendingKeyed: 0, connectWords: 0, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'sent-aug2026-fr': {
    sentPath: 1, profilePath: 0, sentTabLink: 2, currentMark: 2,
    lazyColumn: 1, loading: 0, withdrawControl: 12, actionElements: 35, withdrawWord: 15, withdrawLabelName: 12, avatar: 12, pictureAltName: 8,
    cardAncestor: 16, listContainer: 4, profileLink: 12, totalCandidates: 21, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 0, menuItem: 0,
    pendingKeyed: 0, connectWords: 0, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'sent-aug2026-icon': {
    sentPath: 1, profilePath: 0, sentTabLink: 2, currentMark: 2,
    lazyColumn: 1, loading: 0, withdrawControl: 12, actionElements: 35, withdrawWord: 3, withdrawLabelName: 12, avatar: 12, pictureAltName: 8,
    cardAncestor: 16, listContainer: 4, profileLink: 12, totalCandidates: 21, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 0, menuItem: 0,
    pendingKeyed: 0, connectWords: 0, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'sent-aug2026-see-more': {
    sentPath: 1, profilePath: 0, sentTabLink: 2, currentMark: 2,
    lazyColumn: 1, loading: 0, withdrawControl: 12, actionElements: 34, withdrawWord: 15, withdrawLabelName: 12, avatar: 12, pictureAltName: 8,
    cardAncestor: 16, listContainer: 4, profileLink: 12, totalCandidates: 20, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 0, menuItem: 0,
    pendingKeyed: 0, connectWords: 0, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'sent-aug2026-virtual': {
    sentPath: 1, profilePath: 0, sentTabLink: 2, currentMark: 2,
    lazyColumn: 1, loading: 0, withdrawControl: 12, actionElements: 35, withdrawWord: 15, withdrawLabelName: 12, avatar: 12, pictureAltName: 8,
    cardAncestor: 16, listContainer: 4, profileLink: 12, totalCandidates: 21, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 0, menuItem: 0,
    pendingKeyed: 0, connectWords: 0, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'sent-pages': {
    sentPath: 1, profilePath: 0, sentTabLink: 9, currentMark: 2,
    lazyColumn: 1, loading: 0, withdrawControl: 7, actionElements: 25, withdrawWord: 8, withdrawLabelName: 7, avatar: 7, pictureAltName: 5,
    cardAncestor: 11, listContainer: 4, profileLink: 7, totalCandidates: 16, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 0, menuItem: 0,
    pendingKeyed: 0, connectWords: 0, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'sent-empty2026': {
    sentPath: 1, profilePath: 0, sentTabLink: 1, currentMark: 1,
    lazyColumn: 1, loading: 0, withdrawControl: 0, actionElements: 15, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 8, listContainer: 5, profileLink: 5, totalCandidates: 6, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 2, connectKey: 4, connectControl: 3, menuItem: 0,
    pendingKeyed: 1, connectWords: 3, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 1,
    pendingWords: 2, vanityName: 3, inviteRoute: 3, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'sent-empty2026-loading': {
    sentPath: 1, profilePath: 0, sentTabLink: 1, currentMark: 1,
    lazyColumn: 1, loading: 2, withdrawControl: 0, actionElements: 15, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 8, listContainer: 5, profileLink: 5, totalCandidates: 6, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 2, connectKey: 4, connectControl: 3, menuItem: 0,
    pendingKeyed: 1, connectWords: 3, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 1,
    pendingWords: 2, vanityName: 3, inviteRoute: 3, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'sent-aug2026-de-labels': {
    sentPath: 1, profilePath: 0, sentTabLink: 2, currentMark: 2,
    lazyColumn: 1, loading: 0, withdrawControl: 12, actionElements: 35, withdrawWord: 15, withdrawLabelName: 12, avatar: 12, pictureAltName: 8,
    cardAncestor: 16, listContainer: 4, profileLink: 12, totalCandidates: 21, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 0, menuItem: 0,
    pendingKeyed: 0, connectWords: 0, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'sent-aug2026-opaque': {
    sentPath: 1, profilePath: 0, sentTabLink: 2, currentMark: 2,
    lazyColumn: 1, loading: 0, withdrawControl: 0, actionElements: 35, withdrawWord: 15, withdrawLabelName: 0, avatar: 12, pictureAltName: 8,
    cardAncestor: 16, listContainer: 4, profileLink: 12, totalCandidates: 21, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 0, menuItem: 0,
    pendingKeyed: 0, connectWords: 0, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'sent-aug2026-empty-labels': {
    sentPath: 1, profilePath: 0, sentTabLink: 2, currentMark: 2,
    lazyColumn: 1, loading: 0, withdrawControl: 0, actionElements: 35, withdrawWord: 15, withdrawLabelName: 0, avatar: 12, pictureAltName: 8,
    cardAncestor: 16, listContainer: 4, profileLink: 12, totalCandidates: 21, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 0, menuItem: 0,
    pendingKeyed: 0, connectWords: 0, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'dialog-aug2026-opaque': {
    sentPath: 1, profilePath: 0, sentTabLink: 2, currentMark: 2,
    lazyColumn: 1, loading: 0, withdrawControl: 0, actionElements: 38, withdrawWord: 16, withdrawLabelName: 0, avatar: 12, pictureAltName: 8,
    cardAncestor: 16, listContainer: 4, profileLink: 12, totalCandidates: 26, dialog: 1, anyDialog: 1, confirmButton: 0, dismissWords: 1,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 3, connectKey: 0, connectControl: 0, menuItem: 0,
    pendingKeyed: 0, connectWords: 0, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'profile-2026-button': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 22, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 9, listContainer: 5, profileLink: 7, totalCandidates: 10, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4, connectKey: 5, connectControl: 6, menuItem: 1,
    pendingKeyed: 2, connectWords: 6, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 1, pendingLabel: 2,
    pendingWords: 4, vanityName: 3, inviteRoute: 3, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'profile-2026-button-opaque': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 22, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 9, listContainer: 5, profileLink: 7, totalCandidates: 10, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4, connectKey: 5, connectControl: 3, menuItem: 1,
    pendingKeyed: 2, connectWords: 6, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 1, pendingLabel: 0,
    pendingWords: 2, vanityName: 3, inviteRoute: 3, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'profile-2026-pendingmenu': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 20, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 9, listContainer: 5, profileLink: 7, totalCandidates: 7, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4, connectKey: 6, connectControl: 3, menuItem: 2,
    pendingKeyed: 3, connectWords: 3, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 1, pendingLabel: 2,
    pendingWords: 5, vanityName: 3, inviteRoute: 3, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'profile-2026-follow': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 21, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 9, listContainer: 5, profileLink: 7, totalCandidates: 8, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4, connectKey: 5, connectControl: 4, menuItem: 2,
    pendingKeyed: 2, connectWords: 4, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 1, pendingLabel: 2,
    pendingWords: 4, vanityName: 4, inviteRoute: 4, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'profile-2026-incoming': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 21, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 9, listContainer: 5, profileLink: 7, totalCandidates: 9, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4, connectKey: 5, connectControl: 3, menuItem: 1,
    pendingKeyed: 2, connectWords: 3, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 1, pendingLabel: 2,
    pendingWords: 4, vanityName: 3, inviteRoute: 3, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'profile-2026-navmore': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 23, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 10, listContainer: 5, profileLink: 7, totalCandidates: 8, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4, connectKey: 8, connectControl: 6, menuItem: 1,
    pendingKeyed: 2, connectWords: 6, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 1, pendingLabel: 2,
    pendingWords: 4, vanityName: 6, inviteRoute: 6, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'email-gate-2026': {
    sentPath: 0, profilePath: 1, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 24, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 9, listContainer: 5, profileLink: 7, totalCandidates: 9, dialog: 1, anyDialog: 1, confirmButton: 0, dismissWords: 1,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 4, connectKey: 8, connectControl: 6, menuItem: 1,
    pendingKeyed: 2, connectWords: 6, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 1, firstDegree: 1, pendingLabel: 2,
    pendingWords: 4, vanityName: 6, inviteRoute: 6, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 1, emailGateWords: 1
  },
  'mynetwork-2026-redirect': {
    sentPath: 0, profilePath: 0, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 14, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 9, listContainer: 4, profileLink: 6, totalCandidates: 4, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 3, connectKey: 5, connectControl: 4, menuItem: 0,
    pendingKeyed: 1, connectWords: 4, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 1,
    pendingWords: 2, vanityName: 4, inviteRoute: 4, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'search-sdui': {
    sentPath: 0, profilePath: 0, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 12, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 8, listContainer: 4, profileLink: 4, totalCandidates: 2, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 4, menuItem: 0,
    pendingKeyed: 0, connectWords: 4, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 4, inviteRoute: 4, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'search-classic': {
    sentPath: 0, profilePath: 0, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 12, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 8, listContainer: 4, profileLink: 4, totalCandidates: 6, dialog: 0, anyDialog: 0, confirmButton: 0, dismissWords: 0,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 0, topCardName: 1, connectKey: 0, connectControl: 4, menuItem: 0,
    pendingKeyed: 0, connectWords: 4, interopOutlet: 1, noteText: 0, sendWithoutNote: 0, sendWithNote: 0, firstDegree: 0, pendingLabel: 0,
    pendingWords: 0, vanityName: 0, inviteRoute: 0, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
  'invite-route-2026': {
    sentPath: 0, profilePath: 0, sentTabLink: 0, currentMark: 0,
    lazyColumn: 0, loading: 0, withdrawControl: 0, actionElements: 25, withdrawWord: 0, withdrawLabelName: 0, avatar: 0, pictureAltName: 0,
    cardAncestor: 9, listContainer: 5, profileLink: 7, totalCandidates: 11, dialog: 1, anyDialog: 1, confirmButton: 0, dismissWords: 1,
    toast: 0, withdrawnToast: 0, failedToast: 0, topCard: 1, topCardName: 5, connectKey: 8, connectControl: 6, menuItem: 1,
    pendingKeyed: 2, connectWords: 6, interopOutlet: 1, noteText: 0, sendWithoutNote: 2, sendWithNote: 0, firstDegree: 1, pendingLabel: 2,
    pendingWords: 4, vanityName: 6, inviteRoute: 6, limitMessage: 0, limitAlert: 0, notesLeft: 0, emailGateInput: 0, emailGateWords: 0
  },
};

for (const [name, shape] of Object.entries(SHAPES)) shape.counts = COUNTS[name];
