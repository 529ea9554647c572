/**
 * "Who must help?": one hypothetical event (an armed attack by one state on another, at a place, on
 * a day) asked of the whole corpus. The form fills the query string, so the question is a URL; the
 * answer comes from `GET /api/obligations`, shown by HelpAnswer.
 */
import { useState, type FormEvent, type ReactElement } from 'react';
import { api, ApiProblem } from '../../api/client.js';
import type { StatesFile, VocabularyFile } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { navigate } from '../../app/router.js';
import { Async } from '../../components/Async.js';
import {
  formFieldOf,
  helpFormOf,
  helpProblems,
  helpQueryOf,
  hypothesisText,
  obligationsQuery,
  type HelpForm,
} from '../../lib/networkHelp.js';
import { HelpAnswer } from './HelpAnswer.js';
import { networkHref } from './pageQuery.js';

export function WhoMustHelp({ query }: { query: URLSearchParams }) {
  const vocabulary = useResource('vocabulary', () => api.vocabulary());
  const states = useResource('states', () => api.states());
  const asked = helpFormOf(query);
  const ready = query.has('on') && Object.keys(helpProblems(asked)).length === 0;
  const params = obligationsQuery(asked);
  const answer = useResource(ready ? `obligations:${params.toString()}` : null, () => api.obligations(params));
  return (
    <div className="who-must-help">
      <Async resource={vocabulary} what="the vocabulary">
        {(vocab) => (
          <Async resource={states} what="the states">
            {(file) => (
              <HelpFormView
                key={query.toString()}
                asked={asked}
                vocabulary={vocab}
                states={file}
                query={query}
                refused={refusedFields(answer.error)}
              />
            )}
          </Async>
        )}
      </Async>
      {ready ? (
        <section aria-labelledby="help-answer-heading" className="help-answer" data-testid="help-answer">
          <h2 id="help-answer-heading">
            If <q>{hypothesisText(asked)}</q>
          </h2>
          <Async resource={answer} what="the answer">
            {(result) => <HelpAnswer answer={result} />}
          </Async>
        </section>
      ) : null}
    </div>
  );
}

/** The form fields the server refused the question for, with its messages (its `at` is the form's place). */
function refusedFields(error: unknown): Problems {
  if (!(error instanceof ApiProblem)) return {};
  const refused: Problems = {};
  for (const e of error.problem.errors ?? []) {
    const field = formFieldOf(e.field);
    if (field) refused[field] = e.hint ? `${e.message} (${e.hint})` : e.message;
  }
  return refused;
}

type Problems = Partial<Record<keyof HelpForm, string>>;

function HelpFormView(props: {
  asked: HelpForm;
  vocabulary: VocabularyFile;
  states: StatesFile;
  query: URLSearchParams;
  refused: Problems;
}) {
  const [form, setForm] = useState<HelpForm>(props.asked);
  const [tried, setTried] = useState(false);
  // Event types that are done by one state against another (armed-attack first): the hypotheses the query answers.
  const events = props.vocabulary.eventTypes.filter((e) => e.roles.includes('against') && !e.lifecycle);
  const roles = events.find((e) => e.id === form.event)?.roles ?? [];
  // Before the form is sent again, what the server refused in the question asked stands next to its field.
  const problems: Problems = tried ? helpProblems(form, roles) : props.refused;
  const parties = [...props.states.states].filter((s) => s.kind !== 'territory').sort((x, y) => x.name.localeCompare(y.name, 'en'));
  const actors = (props.states.actors ?? []).filter((a) => a.kind === 'armed-group');
  const set = (key: keyof HelpForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(helpProblems(form, roles)).length) return;
    navigate(networkHref(props.query, { view: 'help', ...helpQueryOf(form) }));
  };
  const stateOptions = parties.map((s) => (
    <option key={s.code} value={s.code}>
      {s.name} ({s.code}){s.historic ? `, until ${s.to ?? '?'}` : ''}
    </option>
  ));
  return (
    <form className="help-form panel" onSubmit={submit} aria-label="Who must help?" noValidate>
      <p className="field-hint">
        One event on one day, evaluated under every treaty of the corpus that a state it names is, was or will be a party to: who would owe
        what to whom, under which words, and who would owe nothing and why.
      </p>
      <div className="help-grid">
        <Field id="help-event" label="Event" error={problems.event}>
          <select
            id="help-event"
            value={form.event}
            {...invalid(problems.event, 'help-event')}
            onChange={(e) => set('event')(e.target.value)}
          >
            {events.map((e) => (
              <option key={e.id} value={e.id} title={e.description}>
                {e.id}
              </option>
            ))}
          </select>
        </Field>
        <Field id="help-by" label="By (the attacker)" error={problems.by}>
          <select id="help-by" value={form.by} {...invalid(problems.by, 'help-by')} onChange={(e) => set('by')(e.target.value)}>
            <option value="">{roles.includes('by') ? '(choose a state)' : '(not named)'}</option>
            {stateOptions}
            {actors.length ? (
              <optgroup label="Non-state actors">
                {actors.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.name} ({a.code})
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </Field>
        <Field id="help-against" label="Against (the state attacked)" error={problems.against}>
          <select
            id="help-against"
            value={form.against}
            {...invalid(problems.against, 'help-against')}
            onChange={(e) => set('against')(e.target.value)}
          >
            <option value="">(choose a state)</option>
            {stateOptions}
          </select>
        </Field>
        <Field
          id="help-place"
          label="Place (gazetteer ids)"
          error={problems.place}
          hint="e.g. fin-territory, or usa-forces, pacific-area: every place the event lies in. Empty: a provision's area cannot be decided."
        >
          <input
            id="help-place"
            value={form.place}
            {...invalid(problems.place, 'help-place')}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => set('place')(e.target.value)}
          />
        </Field>
        <Field id="help-on" label="On (YYYY-MM-DD)" error={problems.on}>
          <input
            id="help-on"
            value={form.on}
            {...invalid(problems.on, 'help-on')}
            inputMode="numeric"
            autoComplete="off"
            onChange={(e) => set('on')(e.target.value)}
          />
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Who must help?
        </button>
      </div>
    </form>
  );
}

/** A control's accessibility state for its error: marked invalid, described by the message. */
function invalid(error: string | undefined, id: string) {
  return error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
}

function Field(props: { id: string; label: string; error?: string | undefined; hint?: string; children: ReactElement }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint ? <p className="field-hint">{props.hint}</p> : null}
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
