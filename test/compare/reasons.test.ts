/**
 * Reasons in plain words (issue 19: a reason read "side' sovereignty … right freely opt", stems
 * and stray apostrophes): the words a reason quotes stand in the provisions as written, and each
 * feature of an alignment says what it is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scorePair } from '../../src/compare/align.js';
import { compareTreaties } from '../../src/compare/index.js';
import { compareWording } from '../../src/compare/wording.js';
import { isContent, phrasesOf, quotedList, wordsOf } from '../../src/compare/words.js';
import type { Provision } from '../../src/model/index.js';
import { ASSISTANCE, differenceOf, pairOf, realCorpus } from './support.js';

const detail = (a: Provision, b: Provision, feature: string) => scorePair(a, b).reasons.find((r) => r.feature === feature)!.detail;

describe('words quoted as written', () => {
  it('a run of differing words is cut from the text, punctuation, capitals and apostrophes kept', () => {
    const text = "encroaching upon the other side's sovereignty, security and the Parties' rights";
    const words = wordsOf(text);
    assert.deepEqual(
      words.slice(0, 5).map((w) => [w.surface, w.key]),
      [
        ['encroaching', 'encroaching'],
        ['upon', 'upon'],
        ['the', 'the'],
        ['other', 'other'],
        ["side's", "side'"],
      ],
    );
    assert.deepEqual(
      phrasesOf(text, words, (w) => isContent(w) && w.surface !== 'security'),
      ["encroaching upon the other side's sovereignty", 'rights'],
    );
  });
  it('the same words twice are given once', () => {
    const text = 'any State or coalition of States';
    assert.deepEqual(
      phrasesOf(text, wordsOf(text), (w) => w.key === 'state'),
      ['State'],
    );
  });
  it('a list of phrases', () => {
    assert.equal(quotedList(['a']), '"a"');
    assert.equal(quotedList(['a', 'b', 'c']), '"a", "b" and "c"');
    assert.equal(quotedList(['a', 'b', 'c'], 2), '"a", "b" and 1 more');
  });
});

describe('wording reasons', () => {
  it('the words only one text has, as each writes them', () => {
    const r = compareWording(
      'enter into any international engagement in conflict with this Treaty',
      "conclude with any third country any agreement encroaching upon the other side's sovereignty",
    );
    assert.equal(r.grade, 'unclear');
    assert.equal(
      r.reason,
      `other words differ, which the wording table does not grade: only A says "enter into any international engagement in conflict with this Treaty"; only B says "conclude with any third country any agreement encroaching upon the other side's sovereignty"`,
    );
  });
  it("a table phrase as the text writes it: 'any State or coalition of States'", () => {
    const r = compareWording('armed attack by any State or coalition of States', 'armed attack by one or more states');
    assert.deepEqual(r.changes, [{ a: 'any State or coalition of States', b: 'one or more states', grade: 'same' }]);
  });
  it('North Atlantic Art. 8 against the 2024 Art. 5: no stems, no stray apostrophe', () => {
    const c = compareTreaties(realCorpus(), 'north-atlantic-1949', 'prk-rus-2024');
    const d = differenceOf(pairOf(c, 'art8-no-conflicting-engagement', 'art5-no-hostile-agreement'), 'act.text');
    assert.equal(
      d?.reason,
      `other words differ, which the wording table does not grade: only A says "enter into any international engagement in conflict with this Treaty"; only B says "conclude with any third country any agreement encroaching upon the other side's sovereignty, security, territorial inviolability, rights to freely opt for and develop political, social, economic and cultural systems and other core interests"`,
    );
  });
});

describe('alignment reasons in words', () => {
  const WAR_ONLY: Provision = { ...ASSISTANCE, id: 'war-only', trigger: { fluent: 'state-of-war', subject: 'attacked-party' } };
  const ATTACK_ONLY: Provision = {
    ...ASSISTANCE,
    id: 'attack-only',
    trigger: { event: 'armed-attack', where: { against: 'attacked-party', by: 'any-state' } },
  };
  const STANDING: Provision = {
    ...ASSISTANCE,
    id: 'standing',
    kind: 'prohibition',
    trigger: undefined,
    act: undefined,
    bearer: 'each-party',
  };

  it('kind, act, roles', () => {
    assert.equal(detail(ASSISTANCE, ASSISTANCE, 'kind'), 'same kind of norm (obligation)');
    assert.equal(detail(ASSISTANCE, STANDING, 'kind'), 'kinds differ, both binding: obligation vs prohibition');
    assert.equal(detail(ASSISTANCE, ASSISTANCE, 'act'), 'same act (assistance provided)');
    assert.equal(detail(ASSISTANCE, STANDING, 'act'), 'only A names an act (assistance provided)');
    assert.equal(detail(ASSISTANCE, ASSISTANCE, 'roles'), 'same bearer (other party); same beneficiary (attacked party)');
    assert.equal(detail(ASSISTANCE, STANDING, 'roles'), 'bearers differ: other party vs each party; same beneficiary (attacked party)');
  });
  it('triggers: the same, shared in part, differing, only one', () => {
    assert.equal(detail(ASSISTANCE, ASSISTANCE, 'trigger'), 'same trigger (armed attack and state of war)');
    assert.equal(detail(ASSISTANCE, WAR_ONLY, 'trigger'), 'triggers share state of war; only A has armed attack');
    assert.equal(detail(ATTACK_ONLY, WAR_ONLY, 'trigger'), 'triggers differ: armed attack vs state of war');
    assert.equal(detail(STANDING, WAR_ONLY, 'trigger'), 'only B has a trigger (state of war)');
    assert.equal(detail(STANDING, STANDING, 'trigger'), 'neither has a trigger: both hold while in force');
  });
  it('quoted words: what both say and what each says alone, as written', () => {
    const other: Provision = {
      ...ASSISTANCE,
      id: 'other',
      quote: { source: 'src', text: 'In case either party is attacked, the other shall provide military assistance without delay.' },
    };
    assert.equal(
      detail(ASSISTANCE, other, 'text'),
      'quoted words 20% alike: both say "military and other assistance"; only A says "suffer armed attack by any State and thus find itself in a …" and "all the means at its disposal"; only B says "attacked, the other shall provide" and "without delay"',
    );
    assert.equal(detail(ASSISTANCE, ASSISTANCE, 'text'), 'quoted words 100% alike: the same words');
  });
  it('the 1961 and 2024 mutual-assistance clauses', () => {
    const c = compareTreaties(realCorpus(), 'ussr-prk-1961', 'prk-rus-2024');
    const pair = pairOf(c, 'art1-mutual-assistance', 'art4-mutual-assistance');
    assert.deepEqual(pair.reasons.map((r) => r.detail).slice(0, 4), [
      'same kind of norm (obligation)',
      'same act (assistance provided)',
      'same trigger (armed attack and state of war)',
      'same bearer (other party); same beneficiary (attacked party)',
    ]);
    assert.match(
      pair.reasons[5]!.detail,
      /^quoted words 36% alike: both say "armed", "State", "state of war" and "military and other assistance with all the means"; only A says "suffer"/,
    );
  });
});
