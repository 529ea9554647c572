// Covers src/faces/web/lib/escape.ts: HTML escaping of the text put into chart tooltips.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { escapeHtml } from '../../src/faces/web/lib/escape.js';

function unescape(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');
}

describe('escapeHtml', () => {
  it('escapes the five characters that are markup in HTML text and attributes', () => {
    assert.equal(escapeHtml(`<b onclick="x()">Tom & Jerry's</b>`), '&lt;b onclick=&quot;x()&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;');
    assert.equal(escapeHtml('&<>"\''), '&amp;&lt;&gt;&quot;&#39;');
  });

  it('escapes an ampersand that already starts an entity (the text is plain, not HTML)', () => {
    assert.equal(escapeHtml('&amp; &#39;'), '&amp;amp; &amp;#39;');
  });

  it('leaves other text as it is', () => {
    assert.equal(escapeHtml(''), '');
    assert.equal(escapeHtml('art2 · PRK → CHN, 1961-07-11\n조선'), 'art2 · PRK → CHN, 1961-07-11\n조선');
  });

  it('gives text with no markup characters left, which reads back as the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", 'a', ';', '#', '3', '9', ' ', 'é') }), (text) => {
        const html = escapeHtml(text);
        assert.doesNotMatch(html, /[<>"']/);
        assert.doesNotMatch(html, /&(?!amp;|lt;|gt;|quot;|#39;)/);
        assert.equal(unescape(html), text);
      }),
    );
  });
});
