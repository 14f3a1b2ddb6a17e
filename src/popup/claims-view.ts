/**
 * The popup's list: a page's reported claims grouped by pack, side and speaker, and the replies
 * it leaves out, in plain words. Built with DOM calls only: pack and page text stay text.
 */
import type { Claim, ClaimPack, CoverageSummary } from '../core';
import { el, pickText, t } from '../shared/i18n';
import type { PageState } from '../shared/messages';

function claimById(pack: ClaimPack): Map<string, Claim> {
  return new Map(pack.claims.map((c) => [c.id, c]));
}

/** `Dmitry Peskov's "…"`-style fragments: speaker name and claim summary in the reader's language. */
function describe(pack: ClaimPack, claim: Claim | undefined, id: string): { speaker: string; summary: string } {
  if (!claim) return { speaker: '?', summary: id };
  const speaker = pack.speakers.find((s) => s.id === claim.speaker);
  return { speaker: speaker?.name ?? claim.speaker, summary: pickText(claim.summary) };
}

function renderPack(pack: ClaimPack, summary: CoverageSummary, onReveal: (claim: string) => void): HTMLElement {
  const claims = claimById(pack);
  const section = el('section', { class: 'pack', 'data-pack': pack.id, 'aria-label': pickText(pack.title) },
    el('h2', {}, pickText(pack.title)));
  pack.sides.forEach((side, sideIndex) => {
    const speakers = pack.speakers.filter((s) => s.side === side.id);
    const groups = speakers
      .map((speaker) => ({ speaker, ids: summary.reported.filter((id) => claims.get(id)?.speaker === speaker.id) }))
      .filter((g) => g.ids.length > 0);
    if (groups.length === 0) return;
    const sideEl = el('section', { class: 'side', 'data-side': side.id, 'data-side-index': String(sideIndex % 4) },
      el('h3', {}, el('span', { class: 'side-dot', 'aria-hidden': 'true' }), pickText(side.name)));
    for (const { speaker, ids } of groups) {
      const list = el('ul', { class: 'claims' });
      for (const id of ids) {
        const n = summary.sentences[id] ?? 1;
        const button = el('button', { type: 'button', class: 'claim', 'data-claim': id, title: t('popupRevealHint') },
          el('span', { class: 'summary' }, pickText(claims.get(id)!.summary)),
          el('span', { class: 'count' }, t(n === 1 ? 'popupOneSentence' : 'popupSentences', String(n))));
        button.addEventListener('click', () => onReveal(id));
        list.append(el('li', {}, button));
      }
      sideEl.append(el('div', { class: 'speaker', 'data-speaker': speaker.id },
        el('h4', {}, speaker.name, ' ', el('span', {}, `· ${pickText(speaker.role)}`)), list));
    }
    section.append(sideEl);
  });
  if (summary.omittedReplies.length > 0) {
    const list = el('ul', {});
    for (const { claim, reply } of summary.omittedReplies) {
      const a = describe(pack, claims.get(claim), claim);
      const b = describe(pack, claims.get(reply), reply);
      list.append(el('li', { 'data-claim': claim, 'data-reply': reply }, t('popupOmittedReply', [a.speaker, a.summary, b.speaker, b.summary])));
    }
    section.append(el('section', { class: 'omitted', 'aria-labelledby': `omitted-${pack.id}` },
      el('h3', { id: `omitted-${pack.id}` }, t('popupOmittedTitle')), list));
  }
  return section;
}

/** The list for a page: one section per active pack with at least one reported claim. */
export function renderClaims(state: PageState, packs: readonly ClaimPack[], onReveal: (claim: string) => void): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const summary of state.summaries) {
    const pack = packs.find((p) => p.id === summary.packId);
    if (pack && summary.reported.length > 0) out.append(renderPack(pack, summary, onReveal));
  }
  return out;
}
