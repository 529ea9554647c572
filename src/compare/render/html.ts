/** The comparison as one self-contained HTML page: the same sections as the Markdown, for a browser. */
import type { BehaviourComparison, Claim, Grade, OnlyIn, PairComparison, TreatyComparison } from '../schema.js';
import { cellWords } from '../behaviour-words.js';
import { listCounts } from '../counts.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (s: string | null | undefined) => escape(s ?? '—');
const grade = (g: Grade) => `<span class="grade ${g}">${g}</span>`;
const anchor = (treaty: string, id: string) => `${treaty}--${id}`;

function claim(c: Claim): string {
  const basis = c.basis
    .map(
      (b) =>
        `<li><a href="#${escape(anchor(b.treaty, b.provision))}"><code>${escape(b.treaty)} ${escape(b.provision)}</code></a>${b.article ? ` (${escape(b.article)})` : ''}: <q>${escape(b.words)}</q></li>`,
    )
    .join('');
  return `<li>${c.grade ? `${grade(c.grade)} ` : ''}${escape(c.text)}${basis ? `<ul class="basis">${basis}</ul>` : ''}</li>`;
}

/** Each provision's anchor once, on the first pair that shows it (a provision may be in several pairs). */
function anchors(ids: string[], seen: Set<string>): string {
  return ids
    .filter((id) => !seen.has(id) && seen.add(id))
    .map((id) => `<span id="${escape(id)}"></span>`)
    .join('');
}

function pair(c: TreatyComparison, p: PairComparison, seen: Set<string>): string {
  const rows = p.differences
    .map(
      (d) =>
        `<tr><th>${escape(d.field)}</th><td>${text(d.a)}</td><td>${text(d.b)}</td><td>${grade(d.grade)}</td><td>${escape(d.reason)} <span class="rule">(${escape(d.rule)})</span></td></tr>`,
    )
    .join('');
  return `<section class="pair"><h3>${anchors([anchor(c.a.id, p.a.id), anchor(c.b.id, p.b.id)], seen)}${escape(c.a.id)} ${escape(p.a.label)} <code>${escape(p.a.id)}</code> ↔ ${escape(c.b.id)} ${escape(p.b.label)} <code>${escape(p.b.id)}</code> ${grade(p.grade)}</h3>
<p class="score">Alignment score ${p.score}: ${p.reasons.map((r) => `${escape(r.feature)} ${r.similarity} (${escape(r.detail)})`).join('; ')}.</p>
<div class="quotes"><blockquote><b>A</b> (${escape(p.a.kind)}): ${escape(p.a.quote)}</blockquote><blockquote><b>B</b> (${escape(p.b.kind)}): ${escape(p.b.quote)}</blockquote></div>
${rows ? `<table><tr><th>field</th><th>A</th><th>B</th><th>grade</th><th>why</th></tr>${rows}</table>` : '<p>No differences.</p>'}
${p.identical.length ? `<p class="identical">Identical: ${escape(p.identical.join(', '))}.</p>` : ''}</section>`;
}

function onlyIn(treaty: string, list: readonly OnlyIn[]): string {
  if (!list.length) return '<p>None.</p>';
  const rows = list
    .map(
      (o) =>
        `<tr id="${escape(anchor(treaty, o.provision.id))}"><td><code>${escape(o.provision.id)}</code></td><td>${escape(o.provision.label)}</td><td>${escape(o.provision.kind)}</td><td>${grade(o.grade)}</td><td>${escape(o.reason)}<blockquote>${escape(o.provision.quote)}</blockquote></td></tr>`,
    )
    .join('');
  return `<table><tr><th>provision</th><th>article</th><th>kind</th><th>grade</th><th>why</th></tr>${rows}</table>`;
}

function behaviour(c: TreatyComparison, b: BehaviourComparison): string {
  const runs = b.runs
    .map((run) => {
      const rows = run.rows
        .map(
          (r) =>
            `<tr class="${r.differs ? 'differs' : ''}"><td>${escape(r.pairing)}<br><code>${text(r.a?.provision)}</code> / <code>${text(r.b?.provision)}</code></td><td>${escape(r.bearer)}${r.beneficiary ? ` → ${escape(r.beneficiary)}` : ''}</td><td>${escape(cellWords(r.a, r.pairing))}</td><td>${escape(cellWords(r.b, r.pairing))}</td><td>${r.differs ? '<b>yes</b>' : 'no'}</td></tr>`,
        )
        .join('');
      return `<h3>Readings: ${escape(
        Object.entries(run.readings)
          .map(([t, r]) => `${t} = ${r}`)
          .join(', '),
      )}</h3>${rows ? `<table><tr><th>pairing</th><th>bearer → beneficiary</th><th>${escape(c.a.id)}</th><th>${escape(c.b.id)}</th><th>differs</th></tr>${rows}</table>` : '<p>No row to list: every duty is standing, every prohibition kept.</p>'}<p class="note">${run.standing} standing duties and kept prohibitions not listed.</p>`;
    })
    .join('\n');
  return `<h2>Behaviour: ${escape(b.scenario)}</h2><ul>${[...b.assumptions, ...b.warnings.map((w) => `warning: ${w}`)].map((a) => `<li>${escape(a)}</li>`).join('')}</ul><p>${b.differences} differing outcomes over ${b.runs.length} runs.</p>\n${runs}`;
}

export function comparisonHtml(c: TreatyComparison): string {
  const aligned = c.matches
    .flatMap((m) =>
      m.pairs.map(
        (p) =>
          `<tr><td>${escape(p.a.label)} <code>${escape(p.a.id)}</code></td><td>${escape(p.b.label)} <code>${escape(p.b.id)}</code></td><td>${escape(m.shape)}</td><td>${p.score}</td><td>${grade(p.grade)}</td></tr>`,
      ),
    )
    .join('');
  const lifecycle = c.lifecycle
    .map(
      (r) =>
        `<tr><th>${escape(r.aspect)}</th><td>${escape(r.a)}</td><td>${escape(r.b)}</td><td>${grade(r.grade)}</td><td>${escape(r.reason)} <span class="rule">(${escape(r.rule)})</span></td></tr>`,
    )
    .join('');
  const title = `${c.a.shortTitle} → ${c.b.shortTitle}`;
  const seen = new Set<string>();
  const listed = listCounts(c.counts);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} — Pacta</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:78rem;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
blockquote{margin:.3rem 0;padding:.3rem .8rem;border-left:3px solid #999;background:#fafafa;font-family:Georgia,serif}
.quotes{display:grid;grid-template-columns:1fr 1fr;gap:1rem}@media (max-width:800px){.quotes{grid-template-columns:1fr}}
.grade{font-weight:600;padding:0 .3rem;border-radius:3px}.widens{background:#d9f2d9}.narrows{background:#fde2c8}.same{background:#eee}.unclear{background:#e6e0f5}
.rule,.score,.identical,.note{color:#555;font-size:.9em}tr.differs{background:#fff8d6}ul.basis{font-size:.9em;color:#333}
</style></head><body>
<h1>${escape(title)}</h1>
<dl><dt>A</dt><dd><code>${escape(c.a.id)}</code>, ${escape(c.a.parties.join('–'))}, signed ${escape(c.a.signed)}, ${c.a.provisions} provisions</dd><dt>B</dt><dd><code>${escape(c.b.id)}</code>, ${escape(c.b.parties.join('–'))}, signed ${escape(c.b.signed)}, ${c.b.provisions} provisions</dd></dl>
<p><em>${escape(c.reading)}</em></p>
<h2>Summary</h2><ul class="summary">${c.summary.map(claim).join('\n')}</ul>
<h2>Aligned provisions (${escape(listed.aligned)})</h2><table><tr><th>A</th><th>B</th><th>match</th><th>score</th><th>grade</th></tr>${aligned}</table>
${c.matches.flatMap((m) => m.pairs.map((p) => pair(c, p, seen))).join('\n')}
<h2>Only in A (${escape(c.a.id)}; ${escape(listed.onlyInA)})</h2>${onlyIn(c.a.id, c.onlyInA)}
<h2>Only in B (${escape(c.b.id)}; ${escape(listed.onlyInB)})</h2>${onlyIn(c.b.id, c.onlyInB)}
<h2>Lifecycle (${escape(listed.lifecycle)})</h2><table><tr><th>aspect</th><th>${escape(c.a.id)}</th><th>${escape(c.b.id)}</th><th>grade</th><th>why</th></tr>${lifecycle}</table>
${c.behaviour ? behaviour(c, c.behaviour) : ''}
<h2>Grading rules applied</h2><dl>${c.rules.map((r) => `<dt>${escape(r.id)}</dt><dd>${escape(r.text)}</dd>`).join('')}</dl>
</body></html>
`;
}
