// Covers src/engine/status-at.ts's deadline fields (what the reader says as "the next deadlines"): the
// term's first day, the next notice deadline still open, and the day a notice given that day would
// take effect, on the bundled corpus.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusAt } from '../../src/engine/status-at.js';
import { loadRealCorpus } from './support.js';

describe('the status on a day gives its next deadlines', () => {
  it('a renewing treaty: the term’s first day, the deadline still open and the end a notice would bring', () => {
    const corpus = loadRealCorpus();
    const before = statusAt(corpus, 'ussr-prk-1961', '1990-01-01');
    assert.equal(before.term, 5);
    assert.equal(before.termStart, '1986-09-10');
    assert.equal(before.noticeDeadline, '1990-09-10');
    assert.deepEqual(before.nextNoticeDeadline, { date: '1990-09-10', term: 5, termEnd: '1991-09-10' });
    assert.equal(before.endIfNoticeGiven, '1991-09-10');
    // Past term 6's deadline: the next one open is term 7's, and a notice then would end term 7.
    const after = statusAt(corpus, 'ussr-prk-1961', '1995-10-01');
    assert.equal(after.termStart, '1991-09-10');
    assert.equal(after.noticeDeadline, '1995-09-10');
    assert.deepEqual(after.nextNoticeDeadline, { date: '2000-09-10', term: 7, termEnd: '2001-09-10' });
    assert.equal(after.endIfNoticeGiven, '2001-09-10');
    assert.equal(after.until, '1996-09-10');
  });

  it('a withdrawal clause: one year after the notice, not before twenty years in force; none where no notice is provided for', () => {
    const corpus = loadRealCorpus();
    assert.equal(statusAt(corpus, 'north-atlantic-1949', '1980-01-01').endIfNoticeGiven, '1981-01-01');
    assert.equal(statusAt(corpus, 'north-atlantic-1949', '1955-01-01').endIfNoticeGiven, '1969-08-24');
    assert.equal(statusAt(corpus, 'north-atlantic-1949', '1980-01-01').nextNoticeDeadline, null);
    assert.equal(statusAt(corpus, 'prk-rus-2024', '2025-01-01').endIfNoticeGiven, null);
    const notYet = statusAt(corpus, 'ussr-prk-1961', '1950-01-01');
    assert.equal(notYet.termStart, null);
    assert.equal(notYet.endIfNoticeGiven, null);
  });
});
