// The contract's badge rules (CONTRACT.md), written out independently of the extension's code,
// and the check of every card of a page against the fixture's truth.

import assert from 'node:assert/strict';
import { localDay } from './ledger.mjs';

export const bucketOf = (age) => (age < 7 ? 'fresh' : age < 28 ? 'waiting' : 'stale');
export const hintOf = (age) => (age >= 28 ? 'withdraw' : age >= 21 ? 'consider' : 'wait');

/**
 * Checks each card read on the page ({slug, badges, ageDays, bucket, hint, reinviteOn, keep?})
 * against the fixture's truth (expectedCards) and the contract: one badge each, its age,
 * bucket, hint and re-invite date, and the Keep button unpressed when read.
 */
export function assertCards(cards, expected) {
  assert.equal(cards.length, expected.length, 'cards on the page');
  const truth = new Map(expected.map((c) => [c.slug, c]));
  for (const card of cards) {
    const want = truth.get(card.slug);
    assert.ok(want, `unexpected card ${card.slug}`);
    assert.equal(card.badges, 1, `${card.slug}: exactly one badge`);
    assert.equal(card.ageDays, String(want.ageDays), `${card.slug} (${want.ageText}): age`);
    assert.equal(card.bucket, bucketOf(want.ageDays), `${card.slug}: bucket`);
    assert.equal(card.hint, hintOf(want.ageDays), `${card.slug}: hint`);
    assert.equal(card.reinviteOn, localDay(21), `${card.slug}: re-invite date`);
    if ('keep' in card) assert.equal(card.keep, 'false');
  }
}
