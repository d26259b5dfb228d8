// Every selector and phrase Warden reads LinkedIn's page by, in one place, each with the page
// shape it was seen on ("§N" is the section of the field notes holding the captured markup
// and its source; "inferred" marks a guess kept as one signal among others). When LinkedIn
// changes its markup, edit this file and add a fixture shape (tests/support/fixtures-2026.mjs).
// Only stable hooks: roles, aria-labels, componentkey and its state suffixes, data-view-name,
// data-control-name, data-testid, <time>, text. Never hashed class names.
// Structure first, words second: no phrase is ever required.
export const V = {
  // The Sent view: My Network > Manage > Sent (people, and ?page=N on the older layout).
  sentPath: /^\/mynetwork\/invitation-manager\/sent(\/|$)/,
  // A profile page: /in/SLUG/ (and its sub-pages such as /in/SLUG/details/...).
  profilePath: /^\/in\/([^/?#]+)\/?/,
  // The Sent view's tabs, by their href (§6: People "/sent/CONNECTION/", Pages
  // "/sent/ORGANIZATION/"), and the mark of the current one (aria-current, aria-selected, or
  // aria-checked on a role=radio: other parsers' shapes, §6). With the page's path, the core
  // decides which list this is from them; no word is read.
  // (Only the tabs' own hrefs: a card's withdraw <a> may point at the Sent page itself, §6.)
  sentTabLink: 'a[href*="/sent/CONNECTION" i], a[href*="/sent/ORGANIZATION" i]',
  currentMark: '[aria-current="page"], [aria-current="true"], [aria-selected="true"], [aria-checked="true"]',
  // The lazy column of the 2026 list (§1, §6) and its loading state: an idle, empty column is
  // an empty list (§6: "LinkedIn conditionally omits controls for empty invitation views"); a
  // busy column, or a progress indicator in it, is a list still loading (inferred).
  lazyColumn: '[data-testid="lazy-column"], [data-component-type="LazyColumn"]',
  loading: '[aria-busy="true"], [role="progressbar"]',

  // The withdraw control of one sent invitation, by structure or by a known label shape.
  withdrawControl: [
    '[data-view-name="sent-invitations-withdraw-single"]', // early 2026 (§2) and the 2024-25 layout
    'button[data-control-name="withdraw_single"]', // older layout (2018-2023)
    'a[aria-label^="Withdraw invitation sent to"]', // October 2026 (§1): an <a>, placeholder href
    'button[aria-label^="Withdraw invitation sent to"]', // 2024-25 layout, English
    '[aria-label^="Retirer l’invitation"], [aria-label^="Retirer l\'invitation"]', // French (§4, low confidence)
    '[aria-label^="Einladung an"][aria-label*="zurückziehen"]', // German (inferred: not found, §4)
    '[aria-label^="Retirar invitación"], [aria-label^="Retirar convite"]', // Spanish (inferred), Portuguese (§4)
    '[aria-label^="Ritira invito"], [aria-label^="Ritira l’invito"], [aria-label^="Ritira l\'invito"]', // Italian (inferred)
    '[aria-label^="Uitnodiging"][aria-label*="intrekken"]', // Dutch (inferred)
  ].join(', '),
  // Buttons and links whose own visible word may make them a withdraw control (any card).
  actionElements: 'button, a, [role="button"]',
  // The visible word of a withdraw control, per language: the whole text of the control
  // (§1 "Withdraw", §4 German "Zurückziehen", Portuguese "Retirar"; fr/es/it/nl inferred).
  withdrawWord: /^(withdraw|retirer|zurückziehen|zurueckziehen|retirar|ritira|intrekken)$/i,
  // The person's name inside a withdraw label, per language (each one shape seen or inferred).
  withdrawLabelName: [
    /^Withdraw invitation sent to (.+)$/i, // §1, §2
    /^Withdrawn invitation sent to (.+)$/i, // §2, the confirm of early 2026
    /^Retirer l[’']invitation envoyée à (.+)$/i, // French (§4)
    /^Retirar convite enviado para (.+)$/i, // Portuguese (§4)
    /^Retirar (?:la )?invitación enviada a (.+)$/i, // Spanish (inferred)
    /^Ritira (?:l[’']invito|invito) (?:inviato )?a (.+)$/i, // Italian (inferred)
    /^Einladung an (.+?) zurückziehen$/i, // German (inferred)
  ],
  // The avatar's alt text, when no label names the person (§1; German from the issue; others inferred).
  // The avatar whose alt or label may carry the name (§1: an <svg role=img> and an <img>).
  avatar: 'img[alt], [role="img"][aria-label]',
  pictureAltName: [
    /^(.+?) profile picture$/i,
    /^(.+?)s Profilbild$/i,
    /^Photo de profil de (.+)$/i,
    /^Foto (?:do|de) perfil de (.+)$/i,
    /^Immagine del profilo di (.+)$/i,
    /^Profielfoto van (.+)$/i,
  ],

  // The element of one card, from its withdraw control (nearest ancestor with list-item meaning).
  cardAncestor: '[role="listitem"], li, article',
  // The element holding the whole list: never climb to it or above (§1: the lazy column).
  listContainer: '[data-testid="lazy-column"], [data-component-type="LazyColumn"], [componentkey="InvitationManagerPage_InvitationsList"], ul, ol, [role="list"], main',
  // The profile link inside a card (§1: the avatar link, with an absolute href and no text).
  profileLink: 'a[href*="/in/"]',
  // Where the "People (N)" total may be written (§1: a plain <button>; older: tab or heading).
  // §6: also a link to the tab (its href tells People from Pages), a role=button or a
  // role=radio with aria-checked.
  totalCandidates: '[role="tab"], [role="tablist"] button, [role="button"], [role="radio"], h1, h2, h3, button, a[href*="invitation-manager"]',

  // A dialog that is showing: the native <dialog> has no role (§2) and closed ones stay in
  // the page (ad menus), so only dialog[open]; older shapes: alertdialog, artdeco modal.
  dialog: 'dialog[open], [role="alertdialog"], [role="dialog"], .artdeco-modal',
  // Every dialog, shown or closed: nothing inside one is a card's control.
  anyDialog: 'dialog, [role="alertdialog"], [role="dialog"], .artdeco-modal',
  // The dialog's affirmative button by structure: early 2026 (§2), the artdeco primary (§2,
  // older shapes). The October confirm carries the card control's own label (§2).
  confirmButton: '[data-view-name="edge-creation-connect-action"] button, button.artdeco-modal__confirm-dialog-btn, button[data-test-dialog-primary-btn], button.artdeco-button--primary',
  // A dialog's way out, never the confirm: §2 "Dismiss" (a label), "Cancel" (no label).
  dismissWords: /^(dismiss|cancel|close|annuler|fermer|abbrechen|schließen|verwerfen|cancelar|fechar|cerrar|descartar|annulla|chiudi|annuleren|sluiten)$/i,
  // The toast after a confirm (§2: "Invitation to FIRSTNAME withdrawn." / "Sorry, unable to
  // withdraw invitation to FIRSTNAME. Please try again."; older wording "Invitation withdrawn";
  // other languages inferred).
  toast: '[role="alert"]',
  // Each captures the name the toast gives (its only group that matched), when it gives one.
  withdrawnToast: /^(?:invitation (?:to (.+) )?withdrawn|invitation (?:à (.+) )?retirée|einladung (?:an (.+) )?zurückgezogen|convite (?:para (.+) )?retirado|invitación (?:a (.+) )?retirada|invito (?:a (.+) )?ritirato|uitnodiging (?:aan (.+) )?ingetrokken)\.?$/i,
  failedToast: /(?:unable to withdraw(?: invitation to ([^.]+))?|something went wrong|impossible de retirer(?: l[’'‘]invitation à ([^.]+))?|un problème est survenu|(?:einladung an (.+?) )?konnte nicht zurückgezogen|não foi possível retirar(?: o convite para ([^.]+))?|no se ha podido retirar(?: la invitación a ([^.]+))?|impossibile ritirare(?: l[’'‘]invito a ([^.]+))?|(?:uitnodiging aan (.+?) )?kon niet worden ingetrokken|try again|réessayer|erneut)/i,

  // Profiles (§3). The top card, the only place the profile's own controls are read.
  topCard: '[componentkey$="Topcard"], [componentkey$="topcard"], .pv-top-card',
  // The person's name in the top card: an <h2> in 2026 (§3), an <h1> before.
  topCardName: 'h1, h2',
  // The state of a relation control, language-free, in its componentkey suffix (§3).
  connectKey: /^(.*)_(connect|pending|withdrawn)$/,
  // Connect anywhere (profile, rails, search, More menu): structure, then label, then word.
  connectControl: [
    '[componentkey$="_connect"], [componentkey$="_withdrawn"]', // §3, the state suffix
    'a[href*="/preload/custom-invite/"]', // §3: the profile's <a> and the More-menu item
    '[aria-label^="Invite "][aria-label$=" to connect"]', // §3, English
    '[aria-label^="Inviter "][aria-label*="à rejoindre"], [aria-label^="Invitez "][aria-label*="à rejoindre"]', // French (inferred)
    '[aria-label$=" als Kontakt einladen"]', // German (§4, verbatim)
    '[aria-label^="Invitar a "][aria-label$=" a conectar"]', // Spanish (inferred)
    '[aria-label^="Convidar "][aria-label*="para se conectar"]', // Portuguese (inferred)
    '[data-view-name="profile-primary-connect"], [data-view-name="search-entity-connect"]', // 2024-25
  ].join(', '),
  // A More-menu item (§3: Connect as a[role=menuitem] with the custom-invite href).
  menuItem: '[role="menuitem"]',
  // A control in the Pending state, by its componentkey suffix (§3).
  pendingKeyed: '[componentkey$="_pending"]',
  connectWords: /^(connect|se connecter|vernetzen|conectar|collegati|connectar|connectar-se|verbinden)$/i,
  // The invite dialog's send buttons (§3), in the shadow root of div#interop-outlet.
  interopOutlet: '#interop-outlet',
  // Whether a send carried a note (§3: "Send without a note" sends none; "Send invitation"
  // sends what textarea#custom-message holds). Labels and words per language: English and
  // German seen (§3, §4 inferred test inputs), the others inferred.
  noteText: 'textarea#custom-message, textarea[name="message"]',
  sendWithoutNote: /^(send without a note|envoyer sans note|ohne nachricht senden|enviar sin nota|enviar sem nota|invia senza nota|zonder notitie verzenden|verzenden zonder notitie)$/i,
  sendWithNote: /^(send invitation|send|envoyer l[’']invitation|envoyer|einladung senden|senden|enviar invitación|enviar convite|enviar|invia invito|invia|uitnodiging verzenden|verzenden|versturen)$/i,
  // The person's degree as the top card shows it (§3: "· 1st" beside a hidden duplicate):
  // first degree only, the whole text of one element. English seen (§3); the others inferred
  // (1er/1re, 1., 1º/1°/1ª, 1e, 1.er), with or without the middle dot and a "degree" word.
  firstDegree: /^(?:[·•]\s*)?(?:1st|1er|1re|1\.|1\.er|1\.º|1º|1°|1ª|1e|1o)(?:\s+(?:degree(?: connection)?|niveau|grades?|grado|grau|graad))?$/i,
  // The control's state once the invitation is sent, per language: label first, word second.
  pendingLabel: /^(pending, click to withdraw|en attente|ausstehend|pendiente\. haz clic|pendente|in attesa|in sospeso|in behandeling)/i,
  pendingWords: /^(pending|en attente|ausstehend|pendiente|in sospeso|in attesa|pendente|in behandeling)\b/i,
  // The invite dialog's own route, when it is a page of its own (§6: /preload/custom-invite/
  // and /preload/search-custom-invite/, ?vanityName=SLUG naming the person).
  inviteRoute: /^\/preload\/(?:search-)?custom-invite\//,
  // The profile link of a More-menu item or Connect <a>: ?vanityName=SLUG (§3).
  vanityName: /[?&]vanityName=([^&#]+)/,
  // LinkedIn's own message when the weekly invitation limit is reached (§3, 2026 dialog; older alert).
  limitMessage: /(weekly invitation limit|limite hebdomadaire d’invitations|limite hebdomadaire d'invitations|wöchentliche einladungslimit|límite semanal de invitaciones|limite settimanale|limite semanal de convites|wekelijkse uitnodigingslimiet)/i,
  limitAlert: '.ip-fuse-limit-alert__warning',

  // What LinkedIn tells the user about their account in the invite flow (recorded as dated
  // observations, never as a send). The note step's count of personalised invitations left
  // this month (§3 "N personalized invitations remaining for this month.", §6 "1 personalized
  // invitation remaining for this month."): the whole text of one element of a dialog; the
  // number is read as its digits, never from words. English seen; the other languages inferred
  // (their words for "personalised" and "month" around exactly one number).
  notesLeft: [
    /^(\d+) personali[sz]ed invitations? remaining for this month\.?$/i, // English (§3, §6)
    /^(?=.*personnalisée?s?\b)(?=.*\bmois\b)\D*(\d+)\D*$/i, // French (inferred)
    /^(?=.*personalisierte?n?\b)(?=.*monat)\D*(\d+)\D*$/i, // German (inferred)
    /^(?=.*personalizadas?\b)(?=.*\bmes\b)\D*(\d+)\D*$/i, // Spanish (inferred)
    /^(?=.*personalizzat[io]\b)(?=.*\bmese\b)\D*(\d+)\D*$/i, // Italian (inferred)
    /^(?=.*gepersonaliseerde?\b)(?=.*\bmaand\b)\D*(\d+)\D*$/i, // Dutch (inferred)
    /^(?=.*personalizados?\b)(?=.*mês)\D*(\d+)\D*$/i, // Portuguese (inferred)
  ],
  // The email gate (§6, obhox/sales-automation: `<div role="dialog"><p>To verify this member
  // knows you, please enter their email</p><input type="email"></div>`; LinkedIn's help: the
  // account's invitations are restricted). By structure: an email field in a dialog; by words
  // second (English seen, the others inferred).
  emailGateInput: 'input[type="email"]',
  emailGateWords: /(to verify this member knows you|please enter their email|pour vérifier que vous connaissez ce membre|um zu bestätigen, dass sie dieses mitglied kennen|para verificar que conoces a este miembro|per verificare che conosci questo membro|om te verifiëren dat u dit lid kent|para verificar se você conhece este membro)/i,
};
