import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addDays, deadlineInWords, endInWords, lastDayBefore, spanInWords } from '../../src/model/index.js';
import * as web from '../../src/faces/web/lib/wording.js';

test('a span is said with its first day out and its last day', () => {
  assert.equal(spanInWords('1991-09-10', '1996-09-10'), 'from 1991-09-10 to 1996-09-10 (last day 1996-09-09)');
  assert.equal(spanInWords('2024-12-04', null), 'from 2024-12-04 (open-ended)');
  assert.equal(spanInWords(null, '2000-03-01'), 'to 2000-03-01 (last day 2000-02-29)');
  assert.equal(spanInWords(null, null), 'at no known time');
  assert.equal(endInWords('1900-03-01'), 'to 1900-03-01 (last day 1900-02-28)');
  assert.equal(deadlineInWords('1995-09-10'), 'by 1995-09-10 (last day)');
  assert.equal(lastDayBefore('0001-01-02'), '0001-01-01');
  assert.equal(lastDayBefore(null), null);
});

test('the web app words time exactly as the model does (property)', () => {
  const day = fc.integer({ min: 1, max: 3_652_058 }).map((n) => addDays('0001-01-01', n));
  fc.assert(
    fc.property(fc.option(day), fc.option(day), (from, end) => {
      assert.equal(web.spanInWords(from, end), spanInWords(from, end));
      assert.equal(web.lastDayBefore(end), lastDayBefore(end));
      if (end !== null) assert.equal(addDays(lastDayBefore(end)!, 1), end);
    }),
  );
});
