/**
 * The literate document as one self-contained HTML page: each source unit on the left with its
 * quoted words highlighted, the provisions that encode it on the right.
 */
import { describeProvisionRule } from '../../model/index.js';
import { describeLiterateCoverage, type LiterateDocument, type LiterateUnit } from './build.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function highlighted(unit: LiterateUnit, raw: (start: number, end: number) => string): string {
  // Walk the unit's spans; wrap each character run by whichever mark covers it.
  const parts: string[] = [];
  unit.spans.forEach((span, k) => {
    if (k > 0) parts.push('<span class="gap" title="footnote or page break">…</span> ');
    let i = span.start;
    while (i < span.end) {
      const mark = unit.marks.find((m) => m.spans.some((s) => s.start <= i && i < s.end));
      let j = i + 1;
      while (j < span.end && unit.marks.find((m) => m.spans.some((s) => s.start <= j && j < s.end)) === mark) j++;
      const text = escape(raw(i, j).replace(/\s+/g, ' '));
      parts.push(
        mark ? `<mark class="${mark.by === 'non-operative' ? 'nonop' : 'prov'}" data-provision="${escape(mark.by)}">${text}</mark>` : text,
      );
      i = j;
    }
  });
  return parts.join('');
}

export function literateHtml(doc: LiterateDocument, sourceText: (sourceId: string) => string): string {
  const t = doc.treaty;
  const body: string[] = [];
  body.push(`<h1>${escape(t.shortTitle)}</h1>`, '<dl class="meta">');
  for (const [lang, title] of Object.entries(t.titles)) body.push(`<dt>Title (${escape(lang)})</dt><dd>${escape(title)}</dd>`);
  body.push(
    `<dt>Parties</dt><dd>${escape(t.parties.join(', '))}</dd>`,
    `<dt>Signed</dt><dd>${escape(`${t.signature.place}, ${t.signature.date}`)}</dd>`,
  );
  if (t.registration)
    body.push(
      `<dt>Registered</dt><dd>${escape(`${t.registration.series} No. ${t.registration.number}, by ${t.registration.by}, ${t.registration.date}`)}</dd>`,
    );
  body.push(
    `<dt>Entry into force</dt><dd>${escape(doc.lifecycle.entryIntoForce)}</dd>`,
    ...(doc.lifecycle.provisionalApplication
      ? [`<dt>Provisional application</dt><dd>${escape(doc.lifecycle.provisionalApplication)}</dd>`]
      : []),
    `<dt>Duration</dt><dd>${escape(doc.lifecycle.duration)}</dd>`,
    '</dl>',
  );
  for (const source of doc.sources) {
    const raw = sourceText(source.id);
    body.push(
      `<h2>Source <code>${escape(source.id)}</code> — ${escape(source.publisher)}${source.translation ? ' (translation)' : ''}</h2>`,
    );
    body.push(`<p class="note">${escape(describeLiterateCoverage(source.coverage))}</p>`);
    for (const unit of source.units) {
      body.push(
        `<section class="unit"><h3>${escape(unit.label)}</h3><div class="row"><blockquote>${highlighted(unit, (a, b) => raw.slice(a, b))}</blockquote><div class="rules">`,
      );
      for (const p of unit.provisions) {
        body.push(
          `<article class="provision" id="${escape(p.id)}"><h4><code>${escape(p.id)}</code> · ${escape(p.kind)} · Article ${escape(p.article)}</h4><p>${escape(p.summary)}</p><table>`,
        );
        for (const row of describeProvisionRule(p)) body.push(`<tr><th>${escape(row.label)}</th><td>${escape(row.value)}</td></tr>`);
        body.push('</table></article>');
      }
      for (const n of unit.nonOperative) body.push(`<p class="nonop-note">Non-operative (${escape(n.part)}): ${escape(n.reason)}</p>`);
      for (const g of unit.gaps) body.push(`<p class="gap-note">Text missing: ${escape(g)}.</p>`);
      if (!unit.provisions.length && !unit.nonOperative.length && !unit.gaps.length) body.push('<p class="uncovered">Not covered.</p>');
      body.push('</div></div></section>');
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.shortTitle)} — Pacta</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:78rem;padding:0 1rem;color:#1d1d1f}
.row{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
@media (max-width:800px){.row{grid-template-columns:1fr}}
blockquote{margin:0;padding:.5rem 1rem;border-left:3px solid #999;background:#fafafa;font-family:Georgia,serif}
mark.prov{background:#fff1a8}mark.nonop{background:#e4e4e4}
.provision{border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem;margin-bottom:.8rem}
.provision table{border-collapse:collapse;width:100%}.provision th{text-align:left;vertical-align:top;padding-right:.6rem;color:#555;white-space:nowrap}
.nonop-note{color:#555;font-style:italic}.gap-note{color:#7a4b00;font-style:italic}.uncovered{color:#b00020;font-weight:bold}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
</style></head><body>
${body.join('\n')}
</body></html>
`;
}
