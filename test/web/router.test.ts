// Covers the pure part of src/faces/web/app/router.ts: the page a path shows (routeOf) and links with a query (href).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { href, routeOf } from '../../src/faces/web/app/router.js';

describe('routeOf', () => {
  it('shows the corpus at the root', () => {
    assert.deepEqual(routeOf('/'), { page: 'corpus' });
    assert.deepEqual(routeOf(''), { page: 'corpus' });
    assert.deepEqual(routeOf('//'), { page: 'corpus' });
  });

  it('shows a treaty in the reader at /treaties/:id, its id decoded', () => {
    assert.deepEqual(routeOf('/treaties/ussr-prk-1961'), { page: 'reader', treaty: 'ussr-prk-1961' });
    assert.deepEqual(routeOf('/treaties/ussr-prk-1961/'), { page: 'reader', treaty: 'ussr-prk-1961' });
    assert.deepEqual(routeOf('/treaties/a%2Fb%20c'), { page: 'reader', treaty: 'a/b c' });
  });

  it('shows the workbench, the comparison, the network and the import pages at their names', () => {
    assert.deepEqual(routeOf('/workbench'), { page: 'workbench' });
    assert.deepEqual(routeOf('/compare/'), { page: 'compare' });
    assert.deepEqual(routeOf('/import'), { page: 'import' });
    assert.deepEqual(routeOf('/network'), { page: 'network' });
  });

  it('says not found for any other path', () => {
    for (const path of ['/treaties', '/treaties/a/b', '/workbench/x', '/network/x', '/Workbench', '/corpus', '/reader/x', '/api/treaties'])
      assert.deepEqual(routeOf(path), { page: 'not-found' }, path);
  });

  it('opens the reader on any treaty id written into the path encoded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (id) => {
        assert.deepEqual(routeOf(`/treaties/${encodeURIComponent(id)}`), { page: 'reader', treaty: id });
      }),
    );
  });

  it('says not found for a path whose escapes are malformed', () => {
    assert.deepEqual(routeOf('/treaties/%E0'), { page: 'not-found' });
    assert.deepEqual(routeOf('/%zz'), { page: 'not-found' });
  });
});

describe('href', () => {
  it('is the path alone when the query is empty or every value is', () => {
    assert.equal(href('/workbench'), '/workbench');
    assert.equal(href('/workbench', { scenario: '', run: null, tab: undefined }), '/workbench');
  });

  it('adds the values given, in order, form-encoded', () => {
    assert.equal(href('/compare', { a: 'ussr-prk-1961', b: 'prc-prk-1961' }), '/compare?a=ussr-prk-1961&b=prc-prk-1961');
    assert.equal(href('/workbench', { empty: '', q: 'art 2 & 3', r: '→' }), '/workbench?q=art+2+%26+3&r=%E2%86%92');
  });

  it('gives back every non-empty value when the query is read again', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.option(fc.string())), (query) => {
        const url = new URL(href('/p', query), 'http://localhost');
        assert.equal(url.pathname, '/p');
        const expected = Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]);
        assert.deepEqual([...url.searchParams], expected);
      }),
    );
  });
});
