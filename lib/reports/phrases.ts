import type { OrganizationKind } from '@/db/schema/enums';
import { roundedHeadcountEn, roundedHeadcountZh } from './rounding';

export type ReportLocale = 'zh-CN' | 'en';

/**
 * The report's own sentences, in the language of the report (which need not be the
 * organizer's screen language). Arguments arrive already escaped and linked.
 */
type Phrases = {
  date: (d: Date, zone: string) => string;
  partOfDay: (hour: number) => string;
  lead: (p: { date: string; part: string; theme: string | null; title: string; venue: string | null }) => string;
  /** Guests of honour arrive already linked; groups and kinds as before. */
  attended: (p: { guests: string[]; groups: string[]; kinds: string[]; count: string }) => string;
  /** A guest of honour by their title as registered, in the report's word order. */
  guest: (name: string, title: string) => string;
  headcount: (n: number) => string;
  list: (items: string[]) => string;
  kind: Record<OrganizationKind, string>;
  agenda: (items: string[]) => string;
  ceremony: (awards: string) => string;
  awardNames: (year: number, names: string[]) => string;
  handover: (p: { count: string; title: string }) => string;
  organizations: (n: number) => string;
  yearTitle: (year: number, title: string) => string;
  speech: (p: { presenters: string | null; title: string }) => string;
  awardHeading: (year: number, name: string) => string;
  specialCategory: (award: string, category: string) => string;
  winner: (p: { names: string; organization: string | null; citation: string }) => string;
  pledgeHeading: (title: string) => string;
  pledge: (p: { title: string; issued: string; signed: number; due: string; asOf: string }) => string;
  attendanceHeading: string;
  attendanceTotal: (p: { checkedIn: string; confirmed: number }) => string; // checkedIn: the exact number, linked
  attendanceCategory: (p: { name: string; checkedIn: number; confirmed: number }) => string;
};

const zh: Phrases = {
  date: (d, zone) =>
    new Intl.DateTimeFormat('zh-CN', { timeZone: zone, year: 'numeric', month: 'long', day: 'numeric' }).format(d),
  partOfDay: (hour) => (hour < 12 ? '上午' : hour < 18 ? '下午' : '晚上'),
  lead: ({ date, part, theme, title, venue }) =>
    `${date}${part}，${theme ? `“${theme}”——` : ''}${title}${venue ? `在${venue}` : ''}举行。`,
  attended: ({ guests, groups, kinds, count }) => {
    const who = [groups.length ? zh.list(groups) : '', kinds.length ? `${zh.list(kinds)}代表` : '']
      .filter(Boolean)
      .join('，以及');
    // As in the reference article: "职务姓名，职务姓名等领导和嘉宾，以及……等70余人参加会议。"
    // A guest who came is in a category that came, so `who` is never empty beside them.
    const honoured = guests.length ? `${guests.join('，')}等领导和嘉宾，以及` : '';
    return `${who ? `${honoured}${who}等` : ''}${count}参加会议。`;
  },
  guest: (name, title) => `${title}${name}`,
  headcount: roundedHeadcountZh,
  // Enumeration commas only: several group names already contain 和.
  list: (items) => items.join('、'),
  kind: {
    residential: '居民区党组织',
    regional: '区域化党建单位',
    new_economic_social: '“两新”党组织',
    public_institution: '部门和事业单位',
    company: '企业',
    other: '其他单位',
  },
  agenda: (items) => `会议通过${items.join('、')}等议程。`,
  ceremony: (awards) => `进行${awards}表彰仪式`,
  awardNames: (year, names) => `${year}年度${names.map((n) => `“${n}”`).join('')}`,
  handover: ({ count, title }) => `向${count}发放《${title}》`,
  organizations: (n) => `${n}家单位`,
  yearTitle: (year, title) => `${year}年度${title}`,
  speech: ({ presenters, title }) => (presenters ? `由${presenters}${title}` : title),
  awardHeading: (year, name) => `${year}年度“${name}”获奖名单`,
  specialCategory: (award, category) => `“${award}”特别奖项：${category}`,
  winner: ({ names, organization, citation }) =>
    `**${names}**${organization ? `（${organization}）` : ''}：${citation}`,
  pledgeHeading: (title) => `《${title}》`,
  pledge: ({ title, issued, signed, due, asOf }) =>
    `会上向${issued}发放了《${title}》，签署截止日期为${due}；截至${asOf}，已有${signed}家单位签署。`,
  attendanceHeading: '附：出席情况',
  attendanceTotal: ({ checkedIn, confirmed }) => `实到${checkedIn}人（确认参会${confirmed}人）。`,
  attendanceCategory: ({ name, checkedIn, confirmed }) => `${name}：实到${checkedIn}人，确认参会${confirmed}人。`,
};

const en: Phrases = {
  date: (d, zone) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: 'long', day: 'numeric' }).format(d),
  partOfDay: (hour) => (hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening'),
  lead: ({ date, part, theme, title, venue }) =>
    `On the ${part} of ${date}, ${title} was held${venue ? ` at ${venue}` : ''}${theme ? ` under the theme “${theme}”` : ''}.`,
  attended: ({ guests, groups, kinds, count }) => {
    const who = [
      guests.length ? `the guests of honour ${en.list(guests)}` : '',
      groups.length ? en.list(groups) : '',
      kinds.length ? `representatives of ${en.list(kinds)}` : '',
    ]
      .filter(Boolean)
      .join('; and ');
    // The count may arrive as a link, `[more than 70 people](…)`: capitalize past the bracket.
    return `${count.replace(/^(\[?)(.)/, (_, bracket: string, first: string) => bracket + first.toUpperCase())} attended${who ? `: ${who}` : ''}.`;
  },
  headcount: roundedHeadcountEn,
  guest: (name, title) => `${name} (${title})`,
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`),
  kind: {
    residential: 'residential-area Party organizations',
    regional: 'regional Party-building units',
    new_economic_social: 'Party organizations of new economic and social organizations',
    public_institution: 'departments and public institutions',
    company: 'companies',
    other: 'other organizations',
  },
  agenda: (items) => `The agenda: ${items.join('; ')}.`,
  ceremony: (awards) => `the ceremony of the ${awards}`,
  awardNames: (year, names) => `${year} ${names.map((n) => `“${n}”`).join(' and ')}`,
  handover: ({ count, title }) => `the handover of “${title}” to ${count}`,
  organizations: (n) => (n === 1 ? '1 organization' : `${n} organizations`),
  yearTitle: (year, title) => `${year} ${title}`,
  speech: ({ presenters, title }) => (presenters ? `“${title}”, by ${presenters}` : `“${title}”`),
  awardHeading: (year, name) => `${year} “${name}”: the winners`,
  specialCategory: (award, category) => `Special category of “${award}”: ${category}`,
  winner: ({ names, organization, citation }) => `**${names}**${organization ? ` (${organization})` : ''}: ${citation}`,
  pledgeHeading: (title) => `“${title}”`,
  pledge: ({ title, issued, signed, due, asOf }) =>
    `“${title}” was handed to ${issued} at the meeting, to be signed by ${due}; as of ${asOf}, ${signed} had signed.`,
  attendanceHeading: 'Appendix: attendance',
  attendanceTotal: ({ checkedIn, confirmed }) => `Checked in: ${checkedIn} (confirmed: ${confirmed}).`,
  attendanceCategory: ({ name, checkedIn, confirmed }) => `${name}: ${checkedIn} checked in, ${confirmed} confirmed.`,
};

export const phrases: Record<ReportLocale, Phrases> = { 'zh-CN': zh, en };
