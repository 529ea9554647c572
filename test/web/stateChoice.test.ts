// Covers src/faces/web/lib/stateChoice.ts and the kind helpers of pages/workbench/draft.ts: a state typed by code, name or alias; kinds kept on a change of event type only where the new type lists them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveState } from '../../src/faces/web/lib/stateChoice.js';
import { kindsOf, typePatch } from '../../src/faces/web/pages/workbench/draft.js';

const states = [
  { code: 'RUS', name: 'Russian Federation', aliases: ['Russia'] },
  { code: 'SUN', name: 'Union of Soviet Socialist Republics', aliases: ['USSR', 'Soviet Union'] },
];

describe('resolveState', () => {
  it('turns a code, a name or an alias, in any case and with spaces around, into the code', () => {
    assert.equal(resolveState(states, 'Russia'), 'RUS');
    assert.equal(resolveState(states, ' russia '), 'RUS');
    assert.equal(resolveState(states, 'rus'), 'RUS');
    assert.equal(resolveState(states, 'Russian Federation'), 'RUS');
    assert.equal(resolveState(states, 'soviet union'), 'SUN');
  });

  it('names no state for a text that is not one (the API answers it at the field)', () => {
    assert.equal(resolveState(states, 'Rusia'), null);
    assert.equal(resolveState(states, ''), null);
    assert.equal(resolveState(states, 'Russ'), null);
  });
});

describe('kinds of a draft event', () => {
  const types = [
    { id: 'assistance-provided', description: '', roles: [], optionalRoles: [], kinds: ['military', 'other'] },
    { id: 'force-used', description: '', roles: [], optionalRoles: [], kinds: ['self-defence', 'reprisal'] },
    { id: 'armed-attack', description: '', roles: [], optionalRoles: [] },
  ];

  it('reads several kinds written with commas', () => {
    assert.deepEqual(kindsOf('military, other'), ['military', 'other']);
    assert.deepEqual(kindsOf(''), []);
  });

  it('keeps, on a change of type, only the kinds the new type lists (none for a type that lists none)', () => {
    assert.deepEqual(typePatch({ kind: 'military, militray' }, types, 'assistance-provided'), {
      type: 'assistance-provided',
      kind: 'military',
    });
    assert.deepEqual(typePatch({ kind: 'military' }, types, 'force-used'), { type: 'force-used', kind: '' });
    assert.deepEqual(typePatch({ kind: 'military' }, types, 'armed-attack'), { type: 'armed-attack', kind: '' });
  });
});
