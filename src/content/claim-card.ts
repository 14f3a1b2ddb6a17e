/**
 * What the tooltip says about one marked sentence: a view model built from the pack and the
 * match (plain data, no DOM), and its rendering with createElement/textContent only — pack text
 * and page text are never parsed as HTML.
 */
import type { Claim, ClaimMatch, ClaimPack, LocalizedText } from '../core';
import { t } from './i18n';

/** One claim of a marked sentence, as shown to the reader. */
export interface ClaimView {
  packId: string;
  claimId: string;
  summary: string;
  speaker: { name: string; role: string; side: string };
  said: { text: string; kind: 'quote' | 'paraphrase'; lang: string };
  /** Translation of `said` into the reader's language, when the pack has it and it differs. */
  translation?: { text: string; lang: string };
  /** The other side's replies in the reference (empty = no reply). */
  replies: { speaker: string; text: string; lang: string }[];
  reference: { title: string; source: string; date: string; url?: string; text: string };
  /** Why it matched: the speaker's words and the cue words found. */
  why: { speakerAlias?: string; speakerFrom?: 'sentence' | 'context'; cues: string[] };
}

/** A match and the pack it came from (a sentence may carry matches of several packs). */
export interface PackMatch {
  pack: ClaimPack;
  match: ClaimMatch;
}

/** Pick `lang` from localized text, else English, else the first entry. */
export function pick(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

function claimText(claim: Claim, lang: string): { text: string; lang: string } {
  if (claim.said.lang === lang) return { text: claim.said.text, lang };
  const tr = claim.translations[lang];
  return tr ? { text: tr, lang } : { text: claim.said.text, lang: claim.said.lang };
}

/** Build the views of the claims `claimIds` of a sentence, in the order given. */
export function buildClaimViews(matches: readonly PackMatch[], claimIds: readonly string[], lang: string): ClaimView[] {
  const views: ClaimView[] = [];
  for (const id of claimIds) {
    const pm = matches.find((m) => m.match.claims.includes(id));
    if (!pm) continue;
    const { pack, match } = pm;
    const claim = pack.claims.find((c) => c.id === id);
    if (!claim) continue;
    const speaker = pack.speakers.find((s) => s.id === claim.speaker);
    const side = pack.sides.find((s) => s.id === speaker?.side);
    const translated = claim.said.lang !== lang ? claim.translations[lang] : undefined;
    const replies = claim.replies
      .map((rid) => pack.claims.find((c) => c.id === rid))
      .filter((c): c is Claim => !!c)
      .map((c) => ({ speaker: pack.speakers.find((s) => s.id === c.speaker)?.name ?? c.speaker, ...claimText(c, lang) }));
    const ref = pack.reference;
    views.push({
      packId: pack.id,
      claimId: id,
      summary: pick(claim.summary, lang),
      speaker: { name: speaker?.name ?? claim.speaker, role: pick(speaker?.role, lang), side: pick(side?.name, lang) },
      said: { ...claim.said },
      translation: translated ? { text: translated, lang } : undefined,
      replies,
      reference: { title: ref.title, source: ref.source, date: ref.date, url: ref.url, text: ref.text },
      why: {
        speakerAlias: match.evidence?.speaker?.alias,
        speakerFrom: match.evidence?.speaker?.from,
        cues: match.evidence?.cues?.find((c) => c.claim === id)?.words ?? [],
      },
    });
  }
  return views;
}

/** `2025-09-05` in the reader's language ("5 September 2025"); the raw string if it does not parse. */
export function formatDate(iso: string, lang: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  } catch {
    return iso;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Render one claim as a card (a `<section>`), text only. */
export function renderClaimCard(doc: Document, v: ClaimView, lang: string): HTMLElement {
  const card = el(doc, 'section', 'card');
  card.dataset.claim = v.claimId;
  card.append(el(doc, 'p', 'summary', v.summary));
  card.append(el(doc, 'p', 'speaker', t('contentSpeaker', [v.speaker.name, v.speaker.role, v.speaker.side])));

  card.append(el(doc, 'p', 'label', t(v.said.kind === 'quote' ? 'contentSaidQuote' : 'contentSaidParaphrase')));
  const said = el(doc, 'blockquote', 'said', v.said.kind === 'quote' ? `« ${v.said.text} »` : v.said.text);
  said.lang = v.said.lang;
  card.append(said);
  if (v.translation) {
    const tr = el(doc, 'p', 'translation');
    tr.append(el(doc, 'span', 'label-inline', `${t('contentTranslation')} `));
    const q = el(doc, 'span', 'translated', v.translation.text);
    q.lang = v.translation.lang;
    tr.append(q);
    card.append(tr);
  }

  const reply = el(doc, 'div', 'reply');
  if (v.replies.length === 0) {
    reply.append(el(doc, 'p', 'no-reply', t('contentNoReply')));
  } else {
    reply.append(el(doc, 'p', 'label', t('contentReply')));
    for (const r of v.replies) {
      const p = el(doc, 'p', 'reply-text');
      p.append(el(doc, 'strong', 'reply-speaker', `${r.speaker}: `));
      const q = el(doc, 'span', undefined, r.text);
      q.lang = r.lang;
      p.append(q);
      reply.append(p);
    }
  }
  card.append(reply);

  card.append(el(doc, 'p', 'reference', t('contentReference', [v.reference.source, formatDate(v.reference.date, lang)])));

  const why: string[] = [];
  if (v.why.speakerAlias) why.push(t(v.why.speakerFrom === 'context' ? 'contentSpeakerBefore' : 'contentSpeakerHere', [v.why.speakerAlias]));
  if (v.why.cues.length) why.push(t('contentCues', [v.why.cues.join(', ')]));
  if (why.length) card.append(el(doc, 'p', 'why', `${t('contentWhy')} ${why.join('; ')}`));
  return card;
}
