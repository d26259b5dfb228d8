// Every selector and phrase Warden reads LinkedIn's page by, in one place, each with the page
// variant it was seen on. When LinkedIn changes its markup, edit this file and add a fixture.
// Only stable hooks: roles, aria-labels, componentkey, data-view-name, data-control-name,
// data-testid, <time>, text. Never hashed class names.
Warden.variants = {
  // The Sent view: My Network > Manage > Sent (people, and ?page=N on the older layout).
  sentPath: /^\/mynetwork\/invitation-manager\/sent(\/|$)/,
  // A profile page: /in/SLUG/ (and its sub-pages such as /in/SLUG/details/...).
  profilePath: /^\/in\/([^/?#]+)\/?/,

  // The withdraw control of one sent invitation.
  withdrawControl: [
    '[data-view-name="sent-invitations-withdraw-single"]', // newer layout (2024-2026)
    'button[data-control-name="withdraw_single"]', // older layout (2018-2023)
    'a[aria-label^="Withdraw invitation"]', // newer layout, English, link variant
    'button[aria-label^="Withdraw invitation"]', // newer layout, English
    '[aria-label^="Retirer l’invitation"], [aria-label^="Retirer l\'invitation"]', // French
    '[aria-label^="Einladung an"][aria-label*="zurückziehen"]', // German
    '[aria-label^="Retirar invitación"], [aria-label^="Retirar convite"]', // Spanish, Portuguese
    '[aria-label^="Ritira invito"]', // Italian
    '[aria-label^="Uitnodiging"][aria-label*="intrekken"]', // Dutch
  ].join(', '),
  // The person's name inside the withdraw control's aria-label, per language (both layouts).
  withdrawLabelName: [
    /^Withdraw invitation sent to (.+)$/i,
    /^Retirer l[’']invitation envoyée à (.+)$/i,
  ],
  // The visible word of a withdraw control or of the dialog's confirm button, per language.
  withdrawWords: /^(withdraw|retirer|zurückziehen|retirar|ritira|intrekken)\b/i,

  // The element of one card, from its withdraw control (nearest ancestor with list-item meaning).
  cardAncestor: '[role="listitem"], li, article',
  // The element holding the whole list: never climb to it or above.
  listContainer: '[componentkey="InvitationManagerPage_InvitationsList"], ul, ol, [role="list"], main',
  // The profile link inside a card.
  profileLink: 'a[href*="/in/"]',
  // Where the "People (N)" total may be written (newer: tab; older: heading or tab).
  totalCandidates: '[role="tab"], [role="tablist"] button, h1, h2, h3, button, a[href*="invitation-manager"]',

  // The confirmation dialog of a withdrawal, in both layouts.
  dialog: 'dialog[open], [role="alertdialog"], [role="dialog"], .artdeco-modal',

  // Sending an invitation anywhere: the Connect control, then the dialog's send buttons.
  connectControl: [
    'button[aria-label^="Invite "][aria-label$=" to connect"]', // profile and search, English
    'button[aria-label^="Inviter "][aria-label*="à rejoindre"]', // French
    'button[aria-label^="Invitez "][aria-label*="à rejoindre"]', // French, profile ("Invitez NAME à rejoindre votre réseau")
    '[data-view-name="profile-primary-connect"], [data-view-name="search-entity-connect"]',
  ].join(', '),
  connectWords: /^(connect|se connecter|vernetzen|conectar|collegati|connectar|connectar-se|verbinden)$/i,
  // The control's state once the invitation is sent (it replaces Connect), per language.
  pendingWords: /^(pending|en attente|ausstehend|pendiente|in sospeso|pendente|in behandeling)\b/i,
  // LinkedIn's own message when the weekly invitation limit is reached.
  limitMessage: /(weekly invitation limit|limite hebdomadaire d’invitations|limite hebdomadaire d'invitations|wöchentliche einladungslimit|límite semanal de invitaciones|limite settimanale|limite semanal de convites|wekelijkse uitnodigingslimiet)/i,
};
