import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleLabel, shortArticleLabel } from '../../src/faces/web/lib/articles.js';

test('an article is said as the treaty prints it, and an unattested number never as "Article unknown"', () => {
  assert.equal(articleLabel('1', 2), 'Article 1(2)');
  assert.equal(articleLabel('IV'), 'Article IV');
  assert.equal(articleLabel('unknown'), 'Unnumbered clause');
  assert.equal(shortArticleLabel('5'), 'Art. 5');
  assert.equal(shortArticleLabel('unknown'), 'unnumbered');
});
