// The shapes LinkedIn serves in 2026, built from the captured markup in the field notes
// (FIELD-NOTES.md, shared with the project): each template names the section it follows.
// Where the notes are silent, the template says so and picks one plausible variant; tests
// then cover the others.
//
//  - 'oct2026'   Sent page, newest layout (notes §1): main#workspace scroll container, lazy
//                column, div[role=listitem][componentkey], the avatar link with an absolute
//                href and an empty text, the name in a <p>, the withdraw control an <a> with a
//                placeholder href, "<button>People (1,204)</button>", infinite scroll driven
//                by an IntersectionObserver (fixture-app.js), the native <dialog> of §2.
//  - 'early2026' Sent page, January-March 2026 (notes §2, MilesFee/clearconnect): the card's
//                control is button[data-view-name="sent-invitations-withdraw-single"]; the
//                confirm is labelled "Withdrawn invitation sent to NAME" inside
//                div[data-view-name="edge-creation-connect-action"]. The card body is not in
//                the notes: the October card's body is used.
//  - profile 2026 (notes §3): the top card [componentkey$="Topcard"] with an <h2> name, hidden
//                duplicates, the sticky header, the "People you may know" rail of other
//                people, Connect as <a aria-label="Invite NAME to connect"> with the
//                componentkey state suffix, the invite dialog in the open shadow root of
//                div#interop-outlet (fixture-app.js).
//  - search results 2026 (notes §3, "Connect as an <a>"; the page around it is inferred).
//  - the shapes of notes §6 (end of this file, each template naming its source line):
//                'aug2026' (?layout=aug2026: the total a link beside "Pages (N)", or ?tabs=rolebutton|radio;
//                hr separators, relative hrefs, possessive/empty alts, suffixes, notes; ?icon=1, ?virtual=K),
//                'empty2026' (?loading=1), the Pages tab (/sent/ORGANIZATION/), profile states
//                pendingmenu / follow / incoming, ?connect=button, ?gate=1, ?navmore=1, ?redirect=1|spa,
//                ?search=sdui|classic, the /preload/(search-)custom-invite/ routes; ?notes=N: the
//                invite dialog's note step says N personalised invitations remain this month (§6).
// Every page can be served in four renderings of its aria-labels: ?labels=en|de|opaque|empty
// (labels.mjs).

import { ORIGIN, SENT_PATH, esc, expectedCards, cardInfo, personHeadline, personName, nameForSlug, textOf } from './fixtures.mjs';

/** The words of the 2026 shapes per language (§1-§4; "inferred" where the notes say so). */
export const TEXT26 = {
  en: {
    people: (n) => `People (${n})`,
    pages: (n) => `Pages (${n})`, // §6 (en); other languages inferred
    pagesWord: 'Pages', // §6: "a Pages tab printed with no (n) is LinkedIn's way of saying zero"
    withdraw: 'Withdraw',
    withdrawLabel: (name) => `Withdraw invitation sent to ${name}`,
    withdrawnLabel: (name) => `Withdrawn invitation sent to ${name}`, // §2, early 2026
    withdrawTitle: 'Withdraw invitation',
    withdrawBody: 'If you withdraw now, you won’t be able to resend to this person for up to 3 weeks.',
    cancel: 'Cancel',
    dismiss: 'Dismiss',
    toastOk: (first) => `Invitation to ${first} withdrawn.`, // §2
    toastFail: (first) => `Sorry, unable to withdraw invitation to ${first}. Please try again.`, // §2
    notifications: (n) => `${n} notifications`,
    picture: (name) => `${name} profile picture`, // §1
    received: 'Received',
    sent: 'Sent',
    connect: 'Connect',
    connectLabel: (name) => `Invite ${name} to connect`, // §3
    pending: 'Pending',
    pendingLabel: (name) => `Pending, click to withdraw invitation sent to ${name}`, // §3
    more: 'More',
    message: 'Message',
    inviteTitle: 'Add a note to your invitation?', // §3
    addNote: 'Add a note',
    sendWithout: 'Send without a note',
    sendInvitation: 'Send invitation',
    limitTitle: 'You’ve reached the weekly invitation limit', // §3
    notesLeft: (n) => `${n} personalized invitations remaining for this month.`, // §3
    notesLeftOne: '1 personalized invitation remaining for this month.', // §6, verbatim
    gotIt: 'Got it',
    pymk: 'People you may know',
    moreProfiles: 'More profiles for you',
    adMenu: 'Hide or report this ad',
    first: '1st',
    second: '2nd',
  },
  fr: {
    people: (n) => `Personnes (${n})`, // §4, low confidence
    pages: (n) => `Pages (${n})`, // §6 (en); other languages inferred
    pagesWord: 'Pages', // §6: "a Pages tab printed with no (n) is LinkedIn's way of saying zero"
    withdraw: 'Retirer',
    withdrawLabel: (name) => `Retirer l’invitation envoyée à ${name}`, // §4, low confidence
    withdrawnLabel: (name) => `Invitation retirée envoyée à ${name}`, // inferred
    withdrawTitle: 'Retirer l’invitation',
    withdrawBody: 'Si vous retirez cette invitation maintenant, vous ne pourrez pas renvoyer d’invitation à cette personne pendant 3 semaines maximum.',
    cancel: 'Annuler',
    dismiss: 'Fermer',
    toastOk: (first) => `Invitation à ${first} retirée.`, // inferred
    toastFail: (first) => `Désolé, impossible de retirer l’invitation à ${first}. Veuillez réessayer.`, // inferred
    notifications: (n) => `${n} notifications`,
    picture: (name) => `Photo de profil de ${name}`, // inferred
    received: 'Reçues',
    sent: 'Envoyées',
    connect: 'Se connecter', // §4
    connectLabel: (name) => `Inviter ${name} à rejoindre votre réseau`, // §4, inferred
    pending: 'En attente', // §4
    pendingLabel: (name) => `En attente, cliquez pour retirer l’invitation envoyée à ${name}`, // inferred
    more: 'Plus',
    message: 'Message',
    inviteTitle: 'Ajouter une note à votre invitation ?',
    addNote: 'Ajouter une note',
    sendWithout: 'Envoyer sans note',
    sendInvitation: 'Envoyer l’invitation',
    limitTitle: 'Vous avez atteint la limite hebdomadaire d’invitations',
    notesLeft: (n) => `Il vous reste ${n} invitations personnalisées ce mois-ci.`, // inferred
    gotIt: 'J’ai compris',
    pymk: 'Personnes que vous pourriez connaître',
    moreProfiles: 'Plus de profils pour vous',
    adMenu: 'Masquer ou signaler cette publicité',
    first: '1er',
    second: '2e',
  },
  de: {
    people: (n) => `Personen (${n})`, // §4, verbatim
    pages: (n) => `Seiten (${n})`, // §6 (en); other languages inferred
    pagesWord: 'Seiten', // §6: "a Pages tab printed with no (n) is LinkedIn's way of saying zero"
    withdraw: 'Zurückziehen', // §4, verbatim
    withdrawLabel: null, // §4: the German aria-label was not found: the control has none
    withdrawnLabel: null,
    withdrawTitle: 'Einladung zurückziehen',
    withdrawBody: 'Wenn Sie diese Einladung jetzt zurückziehen, können Sie dieser Person bis zu 3 Wochen lang keine neue Einladung senden.',
    cancel: 'Abbrechen',
    dismiss: 'Schließen',
    toastOk: (first) => `Einladung an ${first} zurückgezogen.`, // inferred
    toastFail: (first) => `Die Einladung an ${first} konnte nicht zurückgezogen werden. Bitte versuchen Sie es erneut.`, // inferred
    notifications: (n) => `${n} Benachrichtigungen`,
    picture: (name) => `${name}s Profilbild`, // issue text, inferred
    received: 'Eingegangen', // §4, verbatim
    sent: 'Gesendet', // §4, verbatim
    connect: 'Vernetzen', // §4, verbatim
    connectLabel: (name) => `${name} als Kontakt einladen`, // §4, verbatim
    pending: 'Ausstehend', // §4, inferred
    pendingLabel: (name) => `Ausstehend, klicken, um die an ${name} gesendete Einladung zurückzuziehen`, // inferred
    more: 'Mehr',
    message: 'Nachricht',
    inviteTitle: 'Ihrer Einladung eine Nachricht hinzufügen?',
    addNote: 'Nachricht hinzufügen',
    sendWithout: 'Ohne Nachricht senden',
    sendInvitation: 'Einladung senden',
    limitTitle: 'Sie haben das wöchentliche Einladungslimit erreicht',
    notesLeft: (n) => `Noch ${n} personalisierte Einladungen in diesem Monat.`, // inferred
    gotIt: 'Verstanden',
    pymk: 'Personen, die Sie kennen könnten',
    moreProfiles: 'Weitere Profile für Sie',
    adMenu: 'Anzeige ausblenden oder melden',
    first: '1.',
    second: '2.',
  },
  pt: {
    people: (n) => `Pessoas (${n})`, // inferred
    pages: (n) => `Páginas (${n})`, // §6 (en); other languages inferred
    pagesWord: 'Páginas', // §6: "a Pages tab printed with no (n) is LinkedIn's way of saying zero"
    withdraw: 'Retirar', // §4
    withdrawLabel: (name) => `Retirar convite enviado para ${name}`, // §4
    withdrawnLabel: null,
    withdrawTitle: 'Retirar convite',
    withdrawBody: 'Se você retirar agora, não poderá reenviar o convite a essa pessoa por até 3 semanas.',
    cancel: 'Cancelar',
    dismiss: 'Fechar',
    toastOk: (first) => `Convite para ${first} retirado.`, // inferred
    toastFail: (first) => `Não foi possível retirar o convite para ${first}. Tente novamente.`, // inferred
    notifications: (n) => `${n} notificações`,
    picture: (name) => `Foto do perfil de ${name}`, // inferred
    received: 'Recebidos',
    sent: 'Enviados',
    connect: 'Conectar',
    connectLabel: (name) => `Convidar ${name} para se conectar`, // inferred
    pending: 'Pendente',
    pendingLabel: (name) => `Pendente, clique para retirar o convite enviado para ${name}`, // inferred
    more: 'Mais',
    message: 'Mensagem',
    inviteTitle: 'Adicionar nota ao convite?',
    addNote: 'Adicionar nota',
    sendWithout: 'Enviar sem nota',
    sendInvitation: 'Enviar convite',
    limitTitle: 'Você atingiu o limite semanal de convites',
    notesLeft: (n) => `Restam ${n} convites personalizados este mês.`, // inferred
    gotIt: 'Entendi',
    pymk: 'Pessoas que talvez você conheça',
    moreProfiles: 'Mais perfis para você',
    adMenu: 'Ocultar ou denunciar este anúncio',
    first: '1º',
    second: '2º',
  },
  it: {
    people: (n) => `Persone (${n})`, // inferred: Italian Sent-page strings were not found (§4)
    pages: (n) => `Pagine (${n})`, // §6 (en); other languages inferred
    pagesWord: 'Pagine', // §6: "a Pages tab printed with no (n) is LinkedIn's way of saying zero"
    withdraw: 'Ritira', // §4 candidate
    withdrawLabel: (name) => `Ritira l’invito inviato a ${name}`, // a label other than the guessed one
    withdrawnLabel: null,
    withdrawTitle: 'Ritira invito',
    withdrawBody: 'Se ritiri ora l’invito, non potrai inviarlo di nuovo a questa persona per 3 settimane.',
    cancel: 'Annulla',
    dismiss: 'Chiudi',
    toastOk: (first) => `Invito a ${first} ritirato.`,
    toastFail: (first) => `Impossibile ritirare l’invito a ${first}. Riprova.`,
    notifications: (n) => `${n} notifiche`,
    picture: (name) => `Immagine del profilo di ${name}`,
    received: 'Ricevuti',
    sent: 'Inviati',
    connect: 'Collegati',
    connectLabel: (name) => `Invita ${name} a collegarsi`,
    pending: 'In attesa',
    pendingLabel: (name) => `In attesa, fai clic per ritirare l’invito inviato a ${name}`,
    more: 'Altro',
    message: 'Messaggio',
    inviteTitle: 'Aggiungere una nota all’invito?',
    addNote: 'Aggiungi una nota',
    sendWithout: 'Invia senza nota',
    sendInvitation: 'Invia invito',
    limitTitle: 'Hai raggiunto il limite settimanale di inviti',
    notesLeft: (n) => `Ti restano ${n} inviti personalizzati questo mese.`, // inferred
    gotIt: 'Ho capito',
    pymk: 'Persone che potresti conoscere',
    moreProfiles: 'Altri profili per te',
    adMenu: 'Nascondi o segnala questo annuncio',
    first: '1°',
    second: '2°',
  },
};

export const LANGS_2026 = Object.keys(TEXT26);

/** A transparent pixel (img-src allows data:), so that an avatar shows no alt text. */
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** TEXT26 with every template turned into a string with a `{}` placeholder (for app.js). */
export function clientText26() {
  const out = {};
  for (const [lang, t] of Object.entries(TEXT26)) {
    out[lang] = {};
    for (const [k, v] of Object.entries(t)) out[lang][k] = typeof v === 'function' ? v('{}') : v;
  }
  return out;
}

/** A count the way the language writes it: "1,204", "1.052", "1 204" (narrow no-break space). */
export function groupedCount(n, lang) {
  return new Intl.NumberFormat(lang === 'pt' ? 'pt-BR' : lang).format(n);
}

/** A stable uuid-like componentkey (§1: "11111111-…-000000000001"). */
function uuidFor(seed, i) {
  const tail = String(i).padStart(12, '0');
  const head = (seed.length * 2654435761 % 0xffffffff).toString(16).padStart(8, '0').slice(0, 8);
  return `${head}-0000-4000-8000-${tail}`;
}

export function memberId(i) {
  return 100000000 + i;
}

function first(name) {
  return String(name).split(/\s+/)[0];
}
export const firstName = first;

// ---------------------------------------------------------------------------------------
// Sent page, §1

/**
 * One card of the October-2026 list, as captured (§1). Card i varies where the notes allow:
 * every fifth card's control has no aria-label (the visible word only: §4, "never require a
 * guessed phrase"); languages without a known label never have one.
 */
export function oct2026Card(c, opts) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  const unlabelled = !t.withdrawLabel || c.index % 5 === 4;
  const label = unlabelled ? '' : ` aria-label="${esc(t.withdrawLabel(c.name))}"`;
  return `<div role="listitem" componentkey="${uuidFor('card', c.index)}">
 <div style="display:flex;gap:12px;align-items:center">
  <a tabindex="0" href="${esc(`${ORIGIN}/in/${c.slug}/`)}">
   <div><figure style="margin:0"><svg role="img" aria-label="${esc(t.picture(c.name))}" width="56" height="56"><circle cx="28" cy="28" r="28" fill="#cfd8dc"></circle></svg>
    <img alt="${esc(t.picture(c.name))}" src="${PIXEL}" width="1" height="1"></figure></div>
  </a>
  <div style="flex:1"><div>
   <p>${esc(c.name)}</p>
   <div><p><span>${esc(c.headline)}</span></p></div>
   <div><p><span>${esc(c.ageText)}</span></p></div>
  </div></div>
  <div>
   <a aria-disabled="false" href="${ORIGIN}/" componentkey="${uuidFor('control', c.index)}" data-fx-withdraw${label}><span><span>${esc(t.withdraw)}</span></span></a>
  </div>
 </div>
</div>`;
}

/**
 * One card of the early-2026 list (§2): the control is a button with data-view-name; the
 * card body is not in the notes, so the October body is used, with the name in a link.
 */
export function early2026Card(c, opts) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  return `<div role="listitem" componentkey="${uuidFor('early', c.index)}">
 <div style="display:flex;gap:12px;align-items:center">
  <a tabindex="-1" href="${esc(`${ORIGIN}/in/${c.slug}/`)}" data-spa><img alt="${esc(t.picture(c.name))}" src="${PIXEL}" width="40" height="40" style="border-radius:50%;background:#cfd8dc"></a>
  <div style="flex:1">
   <p><a href="${esc(`${ORIGIN}/in/${c.slug}/`)}" data-spa>${esc(c.name)}</a></p>
   <p>${esc(c.headline)}</p>
   <p>${esc(c.ageText)}</p>
  </div>
  <button type="button" data-view-name="sent-invitations-withdraw-single" data-fx-withdraw><span>${esc(t.withdraw)}</span></button>
 </div>
</div>`;
}

export function cards2026(opts, from, count) {
  if (opts.layout === 'aug2026') return aug2026Cards(opts, from, count);
  const render = opts.layout === 'early2026' ? early2026Card : oct2026Card;
  return expectedCards({ ...opts, layout: 'new', from, count })
    .filter((c) => !opts.gone?.has(c.index))
    .map((c) => render(c, opts)).join('\n');
}

/** The closed <dialog> elements the page keeps for ad menus (§2: only dialog[open] shows). */
function closedDialogs(t) {
  return `<dialog data-testid="dialog"><p>${esc(t.adMenu)}</p><button type="button" aria-label="${esc(t.dismiss)}"><span></span></button><button type="button"><span>${esc(t.gotIt)}</span></button></dialog>
<dialog><button type="button"><span>${esc(t.withdraw)}</span></button></dialog>`;
}

/** The Sent page of the 2026 shapes. `opts.stated` overrides the total the tab states. */
export function sent2026Content(opts) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  const count = Math.min(opts.size, opts.n);
  const stated = opts.stated ?? opts.n;
  const total = opts.total ? `<button type="button">${esc(t.people(groupedCount(stated, opts.lang)))}</button>` : '';
  const html = `<div style="display:flex;gap:8px;padding:8px 0">
  <a href="${ORIGIN}/mynetwork/invitation-manager/received/">${esc(t.received)}</a>
  <a href="${ORIGIN}/mynetwork/invitation-manager/sent/" aria-current="page">${esc(t.sent)}</a>
 </div>
 <div style="display:flex;gap:8px;padding-bottom:8px">${total}</div>
 <div data-testid="lazy-column" data-component-type="LazyColumn" data-fx-list data-fx-from="1" data-fx-to="${count}" data-fx-total="${opts.n}">
${cards2026(opts, 1, count)}
 </div>
 <div data-fx-sentinel style="height:1px"></div>
 ${closedDialogs(t)}`;
  return { title: t.sent, route: 'sent', layout: opts.layout, html, mainId: 'workspace' };
}

/** The Received tab LinkedIn sometimes moves to after a withdrawal (§2): nothing pending here. */
export function received2026Content(opts) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  return { title: t.received, route: 'received', layout: '', html: `<p>${esc(t.received)}</p>`, mainId: 'workspace' };
}

// ---------------------------------------------------------------------------------------
// Profile, §3

function connectKey(i, state) {
  return `ConnectButtonstate:invitation:urn:li:member:${memberId(i)}_${state}`;
}

/** The person's relation control in the 2026 shape, in state 'connect', 'pending' or 'withdrawn'. */
export function relationControl(t, { i, slug, name, state, hidden = false, button = false }) {
  const style = hidden ? ' style="display:none"' : '';
  // §6: Connect as <button type="button" aria-label="Invite NAME to connect">, no href, no
  // componentkey (prakharagarwal, live trace 2026-07-30); the page turns that same button to
  // Pending in place (their send-profile.html).
  if (button && state === 'connect') {
    return `<button${style} type="button" aria-label="${esc(t.connectLabel(name))}" data-fx-invite="${esc(slug)}" data-fx-inplace>${esc(t.connect)}</button>`;
  }
  if (state === 'pending') {
    return `<a${style} aria-label="${esc(t.pendingLabel(name))}" href="${esc(`${ORIGIN}/in/${slug}/`)}" componentkey="${connectKey(i, 'pending')}"><span>${esc(t.pending)}</span></a>`;
  }
  if (state === 'withdrawn') {
    return `<button${style} type="button" componentkey="${connectKey(i, 'withdrawn')}" aria-label="${esc(t.connectLabel(name))}" data-fx-invite="${esc(slug)}">${esc(t.connect)}</button>`;
  }
  return `<a${style} aria-label="${esc(t.connectLabel(name))}" href="/preload/custom-invite/?vanityName=${esc(slug)}" componentkey="${connectKey(i, 'connect')}" data-fx-invite="${esc(slug)}">${esc(t.connect)}</a>`;
}

function slugNumber(slug) {
  const m = /^person-(\d+)$/.exec(slug);
  return m ? Number(m[1]) : 1;
}

/** A rail of other people (§3: Connect and Pending controls of *other* people). */
function rail(t, title, ids, opts) {
  return `<section><h2>${esc(title)}</h2><ul style="list-style:none;padding:0">${ids.map((j, k) => {
    const slug = `person-${j}`;
    const name = personName(j, opts);
    // `rail1st=1`: the rail shows its people's degree, the first of them a 1st-degree one.
    const degree = opts.rail1st ? `<p>· ${esc(k === 0 ? t.first : t.second)}</p>` : '';
    return `<li style="padding:6px 0"><a href="${esc(`${ORIGIN}/in/${slug}/`)}" data-spa><p>${esc(name)}</p></a>${degree}
  ${relationControl(t, { i: j, slug, name, state: k === 0 ? 'pending' : 'connect' })}</li>`;
  }).join('')}</ul></section>`;
}

/**
 * The 2026 profile (§3). `opts.state`: 'none' (Connect in the top card), 'pending',
 * 'withdrawn' (the Connect button LinkedIn shows right after a withdrawal), 'menu' (Connect
 * only in the More menu), 'connected' (1st degree: no invitation control).
 */
export function profile2026Content(opts, slug) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  const i = slugNumber(slug);
  const name = nameForSlug(slug, opts);
  const state = opts.state === 'none' ? 'connect' : opts.state;
  const button = opts.connect === 'button';
  const inTop = ['connect', 'pending', 'withdrawn'].includes(state);
  const control = inTop ? relationControl(t, { i, slug, name, state, button }) : '';
  let menuItem = '';
  let actions = '';
  if (state === 'menu' || state === 'follow') {
    // §3 (menu) and §6 Follow-first: Connect only in the More menu; after a send on a
    // Follow-first profile, Pending takes its place in that menu (§6).
    const inMenu = state === 'follow' ? ' data-fx-pending-menu' : '';
    menuItem = `<a role="menuitem" href="/preload/custom-invite/?vanityName=${esc(slug)}" data-fx-invite="${esc(slug)}"${inMenu}><span>${esc(t.connect)}</span></a>`;
  }
  if (state === 'follow') {
    // §6: "Some profiles are Follow-first (Message / Follow / More, Connect only in More)".
    actions = `<button type="button" aria-label="${esc(`Follow ${name}`)}" data-fx-follow><span>Follow</span></button>`;
  }
  if (state === 'pendingmenu') {
    // §6: "Pending can sit inside the More menu: <a role="menuitem" href="#" componentkey="…_pending">Pending</a>".
    menuItem = `<a role="menuitem" href="#" componentkey="${connectKey(i, 'pending')}">${esc(t.pending)}</a>`;
  }
  if (state === 'incoming') {
    // §6: an incoming request, "Accept NAME’s request to connect" / "Ignore …", no Connect
    // (prakharagarwal incoming-profile.html: two buttons with those labels).
    actions = `<button type="button" aria-label="${esc(`Accept ${name}’s request to connect`)}" data-fx-accept>Accept</button>
   <button type="button" aria-label="${esc(`Ignore ${name}’s request to connect`)}" data-fx-ignore>Ignore</button>`;
  }
  const degree = state === 'connected' ? t.first : t.second;
  const other = degree === t.first ? t.second : t.first;
  const html = `<div componentkey="com.linkedin.sdui.profile.card.ref${memberId(i)}Topcard"><section style="padding:12px">
  <div><h2>${esc(name)}</h2><p style="display:none">· ${esc(other)}</p><p data-fx-degree>· ${esc(degree)}</p></div>
  <p>${esc(personHeadline(i))}</p>
  <div style="display:flex;gap:8px" data-fx-actions>
   ${control}
   ${actions}
   <a href="/messaging/compose/?recipient=${memberId(i)}">${esc(t.message)}</a>
   <div style="position:relative">
    <button type="button" aria-expanded="false" data-fx-more-menu><span><span>${esc(t.more)}</span></span></button>
    <div role="menu" hidden data-fx-menu>${menuItem}<a role="menuitem" href="#"><span>${esc(t.message)}</span></a></div>
   </div>
  </div>
  <div style="display:none">${inTop ? relationControl(t, { i, slug, name, state, hidden: false, button }) : ''}</div>
 </section></div>
 ${rail(t, t.pymk, [((i + 10) % 40) + 1, ((i + 11) % 40) + 1, ((i + 12) % 40) + 1], opts)}
 ${rail(t, t.moreProfiles, [((i + 20) % 40) + 1, ((i + 21) % 40) + 1], opts)}`;
  // The sticky header sits outside <main> (§3) and repeats the person's own controls.
  const before = `<div class="sticky" style="position:sticky;top:52px;background:#fff;padding:4px 24px;display:flex;gap:8px">
  <button type="button"><span>${esc(t.more)}</span></button>
  <a href="/messaging/compose/?recipient=${memberId(i)}">${esc(t.message)}</a>
  ${inTop ? relationControl(t, { i, slug, name, state, button }) : ''}
 </div>`;
  return { title: name, route: 'profile', layout: 'profile2026', html, before };
}

// ---------------------------------------------------------------------------------------
// Search results (the page is inferred; the Connect control follows §3)

export function search2026Content(opts) {
  if (opts.search === 'sdui') return searchSduiContent(opts);
  if (opts.search === 'classic') return searchClassicContent(opts);
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  const ids = [45, 46, 47, 48];
  const html = `<ul role="list" style="list-style:none;padding:0">${ids.map((j, k) => {
    const slug = `person-${j}`;
    const name = personName(j, opts);
    const control = k === 3
      ? `<button type="button" aria-label="${esc(t.connectLabel(name))}" data-fx-invite="${esc(slug)}" data-fx-direct><span>${esc(t.connect)}</span></button>`
      : relationControl(t, { i: j, slug, name, state: k === 2 ? 'pending' : 'connect' });
    return `<li style="padding:8px 0;border-bottom:1px solid #eee"><div>
  <a href="${esc(`${ORIGIN}/in/${slug}/`)}" data-spa><span>${esc(name)}</span></a>
  <p>${esc(personHeadline(j))}</p>
  ${control}
 </div></li>`;
  }).join('')}</ul>`;
  return { title: 'Search', route: 'search', layout: 'search2026', html };
}

// ---------------------------------------------------------------------------------------
// FIELD-NOTES §6: more shapes served in 2026. Each template names its source line in §6.

export const CONNECTION_PATH = '/mynetwork/invitation-manager/sent/CONNECTION/';
export const ORGANIZATION_PATH = '/mynetwork/invitation-manager/sent/ORGANIZATION/';

/** Visually hidden text (a screen-reader-only suffix). */
const HIDDEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';

/**
 * How card i of the aug2026 list varies (§6 "Card variants"): the avatar's alt (possessive
 * "NAME’s profile picture" with U+2019, empty, or "NAME profile picture"), a name suffix
 * (" verified", " premium"), and the user's own note after the withdraw control (none; a
 * sentence holding "Sent 2 weeks ago" and "Withdraw"; a long one ending in "… see more"; two
 * lines that are exactly "Sent 2 weeks ago" and "Withdraw").
 */
export function aug2026Variant(i) {
  return {
    alt: ['possessive', 'empty', 'plain'][i % 3],
    suffix: i % 5 === 2 ? ' verified' : i % 5 === 4 ? ' premium' : '',
    note: ['none', 'sentence', 'long', 'lines'][i % 4],
  };
}

const LONG_NOTE = 'we met at the product meetup in Lyon on 12 March 2026, where you presented the migration of your billing platform. I would love to stay in touch and hear how the rollout went. Sent 2 weeks ago, this note may reach you late: withdraw nothing, just say hello when you can.';

/** The user's note on card c (§6: free text after the withdraw control). */
function noteOf(c, variant) {
  const first = firstName(c.name);
  if (variant.note === 'sentence') {
    return `<p>Hi ${esc(first)}, Sent 2 weeks ago I wrote about the Lyon meetup on 12/03/2026. Withdraw this if you prefer.</p>`;
  }
  if (variant.note === 'long') {
    // §6: "Long notes end with a button[data-testid="expandable-text-button"] ("… see more")".
    const full = `Hi ${first}, ${LONG_NOTE}`;
    return `<p data-fx-note data-fx-full="${esc(full)}"><span>${esc(full.slice(0, 120))}</span><button type="button" data-testid="expandable-text-button">… see more</button></p>`;
  }
  if (variant.note === 'lines') return '<p><span>Sent 2 weeks ago</span><br><span>Withdraw</span></p>';
  return '';
}

/**
 * One card of the list prakharagarwal-dev/linkedin-mcp-server serves as LinkedIn's current Sent
 * page (`tests/fixtures/linkedin/invitations/latest/sent-people.html`, verified 2026-08-15; §6
 * "Card variants"): a div[role=listitem] directly in the lazy column, a relative /in/slug/ avatar
 * link, the name, headline and age in <p>s, the withdraw <a> whose href is the Sent page's own
 * path, then the user's note. `icon`: the control shows an icon and no word (inferred: not seen;
 * the case where only its label names it). `line`: one more text line (the Pages tab's page).
 */
export function aug2026Card(c, opts, { key = uuidFor('aug', c.index), line = '' } = {}) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  const v = aug2026Variant(c.index);
  const alt = v.alt === 'empty' ? '' : v.alt === 'possessive' ? `${c.name}’s profile picture` : t.picture(c.name);
  const suffix = v.suffix ? `<span style="${HIDDEN}">${esc(v.suffix)}</span>` : '';
  const word = opts.icon
    ? '<svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2"></path></svg>'
    : esc(t.withdraw);
  const label = t.withdrawLabel ? ` aria-label="${esc(t.withdrawLabel(c.name))}"` : '';
  return `<div role="listitem" componentkey="${key}" style="display:grid;grid-template-columns:64px 1fr auto;column-gap:12px">
 <a href="/in/${esc(c.slug)}/" style="grid-row:span 4"><img alt="${esc(alt)}" src="${PIXEL}" width="56" height="56" style="border-radius:50%;background:#cfd8dc"></a>
 <p style="margin:0;font-weight:600">${esc(c.name)}${suffix}</p>
 <p style="margin:0">${esc(c.headline)}</p>${line ? `\n <p style="margin:0">${esc(line)}</p>` : ''}
 <p style="margin:0;color:#666">${esc(c.ageText)}</p>
 <a href="${esc(opts.path ?? SENT_PATH)}"${label} data-fx-withdraw style="grid-column:3;grid-row:1">${word}</a>
 ${noteOf(c, v)}
</div>`;
}

/** Cards from..from+count-1 of the aug2026 list, each after its `<hr role="presentation">` (§6). */
export function aug2026Cards(opts, from, count) {
  return expectedCards({ ...opts, layout: 'new', from, count })
    .filter((c) => !opts.gone?.has(c.index))
    .map((c) => `<hr role="presentation">\n${aug2026Card(c, opts)}`).join('\n');
}

/**
 * The total and its sibling (§6 "The People (N) total is often a link"): `links` (default), a
 * link to /sent/CONNECTION/ beside one to /sent/ORGANIZATION/, the current one aria-current;
 * `rolebutton`, `radio` (with aria-checked), `button` (§1). `people` null: no People total at
 * all (the empty list); `pages` 0: "Pages" with no count (§6: LinkedIn's way of saying zero).
 */
function totals(opts, { current, people, pages }) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  const tabs = [];
  if (people !== null) tabs.push({ which: 'people', href: CONNECTION_PATH, text: t.people(groupedCount(people, opts.lang)) });
  tabs.push({ which: 'pages', href: ORGANIZATION_PATH, text: pages ? t.pages(groupedCount(pages, opts.lang)) : t.pagesWord });
  const kind = opts.tabs ?? 'links';
  const one = ({ which, href, text }) => {
    const on = which === current;
    const hook = ` data-fx-count="${which}"`;
    if (kind === 'links') return `<a href="${href}"${on ? ' aria-current="page"' : ''}${hook}>${esc(text)}</a>`;
    if (kind === 'rolebutton') return `<div role="button" tabindex="0" aria-pressed="${on}"${hook}>${esc(text)}</div>`;
    if (kind === 'radio') return `<div role="radio" aria-checked="${on}" tabindex="${on ? 0 : -1}"${hook}>${esc(text)}</div>`;
    return `<button type="button"${hook}>${esc(text)}</button>`;
  };
  const group = kind === 'radio' ? ' role="radiogroup" aria-label="Invitation type"' : '';
  return `<div${group} style="display:flex;gap:12px;padding:8px 0">${tabs.map(one).join('\n  ')}</div>`;
}

/** The title and the Received/Sent nav around every §6 Sent view (prakharagarwal sent-people.html). */
function sentHead(opts) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  return `<p>${esc(textOf(opts.lang).manage)}</p>
 <nav aria-label="Invitation direction" style="display:flex;gap:8px">
  <a href="/mynetwork/invitation-manager/received/">${esc(t.received)}</a>
  <a aria-current="page" href="/mynetwork/invitation-manager/sent/">${esc(t.sent)}</a>
 </nav>`;
}

/**
 * The Sent page of §6 (prakharagarwal sent-people.html, verified 2026-08-15; grinich/inflow,
 * live 2026-08-30): the total as a link beside "Pages (N)", hr separators, relative hrefs, the
 * card variants above, infinite scroll in main#workspace (§1). `?virtual=K`: the page keeps
 * only K rows, removing rows from the top as new ones come in at the bottom (§6 "The list may
 * be virtualised": one source, no capture; fixture-app.js plays it).
 */
export function aug2026Content(opts) {
  const count = Math.min(opts.size, opts.n);
  const stated = opts.stated ?? opts.n;
  const html = `${sentHead(opts)}
 ${opts.total ? totals(opts, { current: 'people', people: stated, pages: opts.pages }) : ''}
 <div data-testid="lazy-column" data-component-type="LazyColumn" data-fx-list data-fx-from="1" data-fx-to="${count}" data-fx-total="${opts.n}">
${aug2026Cards(opts, 1, count)}
 </div>
 <div data-fx-sentinel style="height:1px"></div>`;
  return { title: (TEXT26[opts.lang] ?? TEXT26.en).sent, route: 'sent', layout: 'aug2026', html, mainId: 'workspace' };
}

/**
 * An empty Sent list (§6 "An empty Sent list has no total at all"; prakharagarwal
 * sent-omitted-empty-people.html): the title, the nav, "Pages" with no count, an idle empty lazy
 * column, then "People you may know" with other people's Connect controls (inferred for the Sent
 * tab, seen on Received). `?loading=1`: the column is still loading (aria-busy, a progress
 * indicator, no cards yet; inferred).
 */
export function empty2026Content(opts) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  const busy = opts.loading
    ? ' aria-busy="true"><div role="progressbar" aria-label="Loading" style="height:24px;width:24px;border:3px solid #ccc;border-top-color:#0a66c2;border-radius:50%"></div'
    : '';
  const html = `${sentHead(opts)}
 ${totals(opts, { current: 'people', people: null, pages: 0 })}
 <div data-testid="lazy-column" data-component-type="LazyColumn"${busy}></div>
 ${rail(t, t.pymk, [51, 52, 53, 54], opts)}`;
  return { title: t.sent, route: 'sent', layout: 'empty2026', html, mainId: 'workspace' };
}

const PAGE_NAMES = ['Acme Robotics', 'Globex Careers', 'Initech Labs'];

/**
 * The people on the Pages tab: persons pfirst..pfirst+5, the second of them twice (invited to
 * two different Pages: §6, gianniskimountris/linkedin_withdraw SKILL.md).
 */
export function pagesCards(opts) {
  const ids = [0, 1, 2, 3, 4, 5].map((k) => opts.pfirst + k);
  const list = ids.map((i, k) => ({ c: cardInfo(i, { lang: opts.lang }), page: PAGE_NAMES[k % 3], key: uuidFor('page', i) }));
  const twice = cardInfo(ids[1], { lang: opts.lang });
  twice.ageText = cardInfo(ids[1] + 8, { lang: opts.lang }).ageText;
  list.splice(4, 0, { c: twice, page: PAGE_NAMES[2], key: uuidFor('page2', ids[1]) });
  return list;
}

/**
 * The Pages tab (§6 "The Pages tab": /mynetwork/invitation-manager/sent/ORGANIZATION/, the
 * same withdraw controls and dialog as People, the same person twice, the Pages link current).
 * Which Page each invitation is for is not in the notes: one line names it (inferred).
 */
export function pages2026Content(opts) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  const list = pagesCards(opts);
  const cards = list.map(({ c, page, key }) => `<hr role="presentation">\n${aug2026Card(c, opts, { key, line: `Invited to follow ${page}` })}`).join('\n');
  const html = `${sentHead(opts)}
 ${totals(opts, { current: 'pages', people: opts.stated ?? opts.n, pages: list.length })}
 <div data-testid="lazy-column" data-component-type="LazyColumn" data-fx-list data-fx-from="1" data-fx-to="${list.length}" data-fx-total="${list.length}">
${cards}
 </div>`;
  return { title: t.sent, route: 'sent', layout: 'pages2026', html, mainId: 'workspace' };
}

/**
 * /mynetwork/ as an account over a search limit sees it instead of /in/SLUG/ (§6, a Polish
 * outreach extension's notes, 2026-05): other people's Connect controls and no top card.
 */
export function mynetwork2026Content(opts) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  const html = `<h1>Grow your network</h1>
 ${rail(t, t.pymk, [42, 43, 44, 45, 46], opts)}`;
  return { title: 'My Network', route: 'mynetwork', layout: 'mynetwork2026', html };
}

/**
 * Search results without data-view-name (§6 "Search results"): Connect is
 * <a aria-label="Invite NAME to connect" href="/preload/search-custom-invite/?vanityName=SLUG">
 * (no componentkey in the notes); the invite dialog opens on that URL (the page's history moves
 * to it while the dialog shows, fixture-app.js). The list around it is inferred.
 */
export function searchSduiContent(opts) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  const first = opts.sfirst ?? 45;
  const ids = [first, first + 1, first + 2, first + 3];
  const html = `<div role="list">${ids.map((j) => {
    const slug = `person-${j}`;
    const name = personName(j, opts);
    return `<div role="listitem" style="padding:8px 0;border-bottom:1px solid #eee">
  <a href="/in/${esc(slug)}/" data-spa><span>${esc(name)}</span></a>
  <p>${esc(personHeadline(j))}</p>
  <a aria-label="${esc(t.connectLabel(name))}" href="/preload/search-custom-invite/?vanityName=${esc(slug)}" data-fx-invite="${esc(slug)}" data-fx-route data-fx-nokey>${esc(t.connect)}</a>
 </div>`;
  }).join('\n')}</div>`;
  return { title: 'Search', route: 'search', layout: 'searchSdui', html };
}

/**
 * The classic search page some accounts were moved back to (§6, A/B per account, 2026-05):
 * div[data-chameleon-result-urn], the name in span[aria-hidden="true"] (a visually hidden
 * "View NAME’s profile" beside it), <button aria-label="Invite NAME to connect">, the older
 * artdeco invite dialog (fixture-app.js). The classes are the classic page's, never read.
 */
export function searchClassicContent(opts) {
  const t = TEXT26[opts.lang] ?? TEXT26.en;
  const first = opts.sfirst ?? 49;
  const ids = [first, first + 1, first + 2, first + 3];
  const html = `<ul class="reusable-search__entity-result-list" style="list-style:none;padding:0">${ids.map((j) => {
    const slug = `person-${j}`;
    const name = personName(j, opts);
    return `<li class="reusable-search__result-container" style="padding:8px 0;border-bottom:1px solid #eee">
  <div data-chameleon-result-urn="urn:li:member:${memberId(j)}">
   <div class="entity-result" style="display:flex;gap:12px;align-items:center">
    <a class="app-aware-link" href="${esc(`${ORIGIN}/in/${slug}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3A${memberId(j)}`)}"><span dir="ltr"><span aria-hidden="true">${esc(name)}</span><span style="${HIDDEN}">View ${esc(name)}’s profile</span></span></a>
    <div class="entity-result__primary-subtitle">${esc(personHeadline(j))}</div>
    <button type="button" aria-label="${esc(t.connectLabel(name))}" class="artdeco-button artdeco-button--2 artdeco-button--secondary" data-fx-connect="dialog"><span class="artdeco-button__text">${esc(t.connect)}</span></button>
   </div>
  </div>
 </li>`;
  }).join('\n')}</ul>`;
  return { title: 'Search', route: 'search', layout: 'searchClassic', html };
}

/**
 * The invite route loaded as a page (§6: "the invite dialog can also open on a
 * /preload/custom-invite/?vanityName= or /preload/search-custom-invite/?… URL"): the page
 * behind it (the profile, or the search results) with the invite dialog open at once.
 */
export function inviteRouteContent(opts, slug, search) {
  const base = search ? searchSduiContent(opts) : profile2026Content({ ...opts, profile: '2026' }, slug);
  return { ...base, html: `${base.html}\n <div hidden data-fx-autoinvite="${esc(slug)}"></div>` };
}
