// Card discovery at the DOM level (as Dark Reader tests its DOM code): the content script's
// own modules (cards.js with what it imports), bundled here as the build bundles them and run
// in a fixture page in Chromium without the extension,
// on card variants the field notes allow (FIELD-NOTES §1, §4): the name from a known label
// shape, else the card's first text line, else the avatar's alt; a control found by its word
// when it has no label; a closed dialog's button never taken for a card's control.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import esbuild from 'esbuild';
import { REPO_ROOT } from './support/browser.mjs';
import { linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { browserSession } from './support/session.mjs';

/** cards.js and its imports as one script exposing its exports as `WardenCards`. */
function cardsScript() {
  const out = esbuild.buildSync({
    entryPoints: [path.join(REPO_ROOT, 'extension', 'content', 'cards.js')],
    bundle: true, format: 'iife', globalName: 'WardenCards', write: false, charset: 'utf8',
    // Global whatever the mode of the code that evaluates it.
    footer: { js: 'globalThis.WardenCards = WardenCards;' },
  });
  return out.outputFiles[0].text;
}

describe('card discovery (cards.js) on card variants', () => {
  const session = browserSession({ launch: { dist: null } });
  let page;

  before(async () => {
    page = await session.browser.context.newPage();
  });

  /** Loads a page of `lang`, puts `html` in its list, runs the scripts, reads every card. */
  async function read(html, lang = 'en') {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', lang, n: 0, csp: 'none' })); // the scripts are evaluated below
    return page.evaluate(({ html: markup, script }) => {
      document.querySelector('[data-testid="lazy-column"]').innerHTML = markup; // the test's own markup
      // Evaluated by the test harness, not by the page's CSP-bound script loader.
      (0, eval)(script);
      const { findCards, readCard } = globalThis.WardenCards;
      return findCards().map((card) => {
        const { href, name } = readCard(card);
        return { href, name };
      });
    }, { html, script: cardsScript() });
  }

  const card = ({ label = null, lines = [], alt = null, word = 'Withdraw', slug = 'a' }) => `
    <div role="listitem"><a href="https://www.linkedin.com/in/${slug}/">${alt ? `<img alt="${alt}">` : ''}</a>
      <div>${lines.map((l) => `<p>${l}</p>`).join('')}</div>
      <a href="https://www.linkedin.com/"${label ? ` aria-label="${label}"` : ''}><span>${word}</span></a></div>`;

  it('the name comes from a known label shape first', async () => {
    const cards = await read(card({ label: 'Withdraw invitation sent to Avery Stone', lines: ['Someone Else', 'Sent 3 weeks ago'] }));
    assert.deepEqual(cards, [{ href: 'https://www.linkedin.com/in/a/', name: 'Avery Stone' }]);
  });

  it('else the card\'s first text line', async () => {
    const cards = await read(card({ lines: ['Avery Stone', 'Engineer', 'Vor 3 Wochen gesendet'], word: 'Zurückziehen', alt: 'Other Names Profilbild' }), 'de');
    assert.deepEqual(cards.map((c) => c.name), ['Avery Stone']);
  });

  it('else the avatar\'s alt, in English and German', async () => {
    assert.deepEqual((await read(card({ alt: 'Avery Stone profile picture' }))).map((c) => c.name), ['Avery Stone']);
    assert.deepEqual((await read(card({ alt: 'Jonas Müllers Profilbild', word: 'Zurückziehen' }), 'de')).map((c) => c.name), ['Jonas Müller']);
  });

  it('every card is found, with and without a label, in each language\'s word; a closed dialog\'s button is not a card', async () => {
    const html = [
      card({ slug: 'en', label: 'Withdraw invitation sent to A', lines: ['A'] }),
      card({ slug: 'de', lines: ['B'], word: 'Zurückziehen' }),
      card({ slug: 'it', label: 'Ritira l’invito inviato a C', lines: ['C'], word: 'Ritira' }),
      card({ slug: 'nl', lines: ['D'], word: 'Intrekken' }),
      card({ slug: 'pt', label: 'Retirar convite enviado para E', lines: ['E'], word: 'Retirar' }),
      '<dialog><div role="listitem"><a href="/in/ghost/"></a><button>Withdraw</button></div></dialog>',
    ].join('');
    const cards = await read(html);
    assert.deepEqual(cards.map((c) => [c.href.match(/\/in\/([^/]+)/)[1], c.name]), [['en', 'A'], ['de', 'B'], ['it', 'C'], ['nl', 'D'], ['pt', 'E']]);
  });
});
