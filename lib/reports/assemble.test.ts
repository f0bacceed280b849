import { describe, expect, it } from 'vitest';
import { assembleReport } from './assemble';
import type { ReportFacts } from './facts';
import { parseMarkup, plainText } from './markup';
import { roundedHeadcountEn, roundedHeadcountZh } from './rounding';

const at = (iso: string) => new Date(`${iso}+08:00`);
const now = at('2020-06-01T12:00');

function facts(overrides: Partial<ReportFacts> = {}): ReportFacts {
  return {
    meeting: {
      id: 7,
      title: '2020年南京西路街道党建和精神文明建设大会',
      theme: '勇担使命再出发，同舟共济筑未来',
      venueName: '上海展览中心',
      timeZone: 'Asia/Shanghai',
      startsAt: at('2020-04-30T09:00'),
      status: 'published',
    },
    agenda: [
      {
        id: 1,
        kind: 'video',
        title: '观看疫情防控工作视频',
        presenters: null,
        startedAt: at('2020-04-30T09:02'),
        endedAt: at('2020-04-30T09:10'),
        awardIds: [],
        pledgeCampaignId: null,
      },
      {
        id: 2,
        kind: 'award_ceremony',
        title: '颁奖',
        presenters: null,
        startedAt: at('2020-04-30T09:10'),
        endedAt: at('2020-04-30T09:45'),
        awardIds: [11],
        pledgeCampaignId: null,
      },
      {
        id: 3,
        kind: 'pledge_handover',
        title: '签发责任书',
        presenters: null,
        startedAt: at('2020-04-30T09:45'),
        endedAt: at('2020-04-30T10:05'),
        awardIds: [],
        pledgeCampaignId: 21,
      },
      {
        id: 4,
        kind: 'unveiling',
        title: '新时代文明实践分中心揭牌仪式',
        presenters: null,
        startedAt: at('2020-04-30T10:05'),
        endedAt: at('2020-04-30T10:15'),
        awardIds: [],
        pledgeCampaignId: null,
      },
      {
        id: 5,
        kind: 'speech',
        title: '部署2020年党建工作',
        presenters: '街道办事处主任',
        startedAt: at('2020-04-30T10:15'),
        endedAt: at('2020-04-30T10:45'),
        awardIds: [],
        pledgeCampaignId: null,
      },
    ],
    attendees: [
      ...Array.from({ length: 71 }, (_, i) => ({
        categoryId: i < 10 ? 1 : 2,
        organizationKind: i < 10 ? ('public_institution' as const) : ('residential' as const),
        checkedIn: true,
      })),
      ...Array.from({ length: 6 }, () => ({ categoryId: 2, organizationKind: null, checkedIn: false })),
    ],
    categories: [
      { id: 1, name: '领导和嘉宾' },
      { id: 2, name: '成员单位代表' },
      { id: 3, name: '公众' },
    ],
    guests: [],
    awards: [
      {
        id: 11,
        name: '金钥匙奖',
        cycleYear: 2019,
        published: true,
        categories: [
          {
            name: '金钥匙奖',
            winners: [{ names: '沈若兰', organization: '新成居民区党总支', citation: '挨家挨户敲门登记。' }],
          },
          {
            name: '最美战“疫”者',
            winners: [{ names: '升平居民区巡逻党支部', organization: null, citation: '每天两次巡查。' }],
          },
        ],
      },
    ],
    campaigns: [
      {
        id: 21,
        title: '2020年度精神文明创建工作目标责任书',
        year: 2020,
        signingDueAt: at('2020-05-15T23:59'),
        issuedTo: 16,
        signedBy: 13,
      },
    ],
    ...overrides,
  };
}

const draftText = (f: ReportFacts, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const draft = assembleReport(f, locale, now);
  if (!draft.ok) throw new Error(`no draft: ${draft.missing.join()}`);
  return { text: plainText(parseMarkup(draft.body)), draft };
};

describe('Chinese head-count rounding', () => {
  it.each([
    [71, '70余人'],
    [8, '8人'],
    [100, '100人'],
    [125, '120余人'],
    [10, '10人'],
    [15, '10余人'],
    [0, '0人'],
  ])('%i → %s', (n, text) => expect(roundedHeadcountZh(n)).toBe(text));
  it('says "more than" in English the same way', () => {
    expect([71, 8, 100].map(roundedHeadcountEn)).toEqual(['more than 70 people', '8 people', '100 people']);
  });
  it('refuses what is not a head count', () => expect(() => roundedHeadcountZh(-1)).toThrow(RangeError));
});

describe('assembleReport', () => {
  it('writes the lead like the reference article, with the rounded count and exact numbers in the appendix', () => {
    const { text } = draftText(facts());
    expect(text).toContain(
      '2020年4月30日上午，“勇担使命再出发，同舟共济筑未来”——2020年南京西路街道党建和精神文明建设大会在上海展览中心举行。',
    );
    expect(text).toContain('领导和嘉宾、成员单位代表，以及居民区党组织、部门和事业单位代表等70余人参加会议。');
    // Only categories someone came in: nobody from 公众 was there.
    expect(text).not.toContain('公众');
    expect(text).toContain('实到71人（确认参会77人）。');
    expect(text).toContain('成员单位代表：实到61人，确认参会67人。');
  });

  it('puts the agenda as it ran into one sentence, awards and pledge with their numbers', () => {
    const { text } = draftText(facts());
    expect(text).toContain(
      '会议通过观看疫情防控工作视频、进行2019年度“金钥匙奖”表彰仪式、向16家单位发放《2020年度精神文明创建工作目标责任书》、新时代文明实践分中心揭牌仪式、由街道办事处主任部署2020年党建工作等议程。',
    );
  });

  it('says afternoon for an afternoon run, from the real start rather than the planned one', () => {
    const f = facts();
    f.agenda = f.agenda.map((item, i) => ({ ...item, startedAt: i === 0 ? at('2020-04-30T14:05') : null }));
    expect(draftText(f).text).toContain('2020年4月30日下午');
  });

  it('names winners by category, the special category as such, with citations; the pledge with its count and deadline', () => {
    const { text, draft } = draftText(facts());
    expect(text).toContain('2019年度“金钥匙奖”获奖名单');
    expect(text).toContain('“金钥匙奖”特别奖项：最美战“疫”者');
    expect(text).toContain('沈若兰（新成居民区党总支）：挨家挨户敲门登记。');
    expect(text).toContain(
      '会上向16家单位发放了《2020年度精神文明创建工作目标责任书》，签署截止日期为2020年5月15日；截至2020年6月1日，已有13家单位签署。',
    );
    // Every fact links to the organizer page it comes from.
    expect(draft.ok && draft.body).toContain('[金钥匙奖](/organize/awards/11)');
    expect(draft.ok && draft.body).toContain('[2020年度精神文明创建工作目标责任书](/organize/pledges/21)');
    expect(draft.ok && draft.body).toContain('[70余人](/organize/meetings/7/registrations)');
    expect(draft.ok && draft.body).toContain('[上海展览中心](/organize/meetings/7)');
  });

  it('states no winners before results are published', () => {
    const f = facts();
    f.awards = f.awards.map((a) => ({
      ...a,
      published: false,
      categories: a.categories.map((c) => ({ ...c, winners: [] })),
    }));
    const { text, draft } = draftText(f);
    expect(text).not.toContain('获奖名单');
    expect(text).not.toContain('沈若兰');
    expect(draft.ok && draft.notes).toContainEqual({ key: 'resultsUnpublished', values: { award: '金钥匙奖' } });
  });

  it('states no attendance before anyone is checked in', () => {
    const f = facts({ attendees: facts().attendees.map((a) => ({ ...a, checkedIn: false })) });
    const { text, draft } = draftText(f);
    expect(text).not.toMatch(/参加会议|实到|出席情况/);
    expect(draft.ok && draft.notes).toContainEqual({ key: 'noCheckIns' });
  });

  it('leaves out items that did not run, and a pledge or award section whose item did not run', () => {
    const f = facts();
    f.agenda = f.agenda.map((item) =>
      item.kind === 'award_ceremony' || item.kind === 'pledge_handover'
        ? { ...item, startedAt: null, endedAt: null }
        : item,
    );
    const { text } = draftText(f);
    expect(text).not.toMatch(/金钥匙奖|责任书/);
    expect(text).toContain('新时代文明实践分中心揭牌仪式');
  });

  it('says what is missing for a meeting that has not run', () => {
    const f = facts({ meeting: { ...facts().meeting, startsAt: at('2020-07-01T09:00') } });
    f.agenda = f.agenda.map((item) => ({ ...item, startedAt: null, endedAt: null }));
    expect(assembleReport(f, 'zh-CN', now)).toEqual({ ok: false, missing: ['notYetHeld', 'notRun'] });
    expect(assembleReport(facts({ meeting: { ...facts().meeting, status: 'cancelled' } }), 'zh-CN', now)).toEqual({
      ok: false,
      missing: ['cancelled'],
    });
  });

  it('keeps markup in a citation as text: no bold, no link, no heading', () => {
    const f = facts();
    f.awards[0]!.categories[0]!.winners[0]!.citation =
      '# <b>大</b> **粗** [点我](javascript:alert(1)) [站内](/admin)\n## 第二行';
    const { draft } = draftText(f);
    const blocks = parseMarkup(draft.ok ? draft.body : '');
    const winner = blocks.find((b) => b.inlines.some((i) => i.text.includes('<b>大</b>')))!;
    expect(winner.kind).toBe('paragraph');
    expect(winner.inlines.map((i) => i.text).join('')).toBe(
      '沈若兰（新成居民区党总支）：# <b>大</b> **粗** [点我](javascript:alert(1)) [站内](/admin) ## 第二行',
    );
    // Only the winner's name is bold and linked; nothing from the citation is.
    expect(winner.inlines.filter((i) => i.bold || i.href).map((i) => i.text)).toEqual(['沈若兰']);
  });

  it('writes the same report in English on request', () => {
    const { text } = draftText(facts(), 'en');
    expect(text).toContain(
      'On the morning of 30 April 2020, 2020年南京西路街道党建和精神文明建设大会 was held at 上海展览中心 under the theme “勇担使命再出发，同舟共济筑未来”.',
    );
    expect(text).toContain('More than 70 people attended');
    expect(text).toContain('the handover of “2020年度精神文明创建工作目标责任书” to 16 organizations');
    expect(text).toContain('Checked in: 71 (confirmed: 77).');
  });
});

describe('guests of honour in the lead', () => {
  const guests: ReportFacts['guests'] = [
    { registrationId: 31, name: '孙明丽', title: '静安区委组织部副部长、区社会工作党委书记', checkedIn: true },
    { registrationId: 32, name: '马嘉槟', title: '区委宣传部副部长、文明办主任', checkedIn: true },
    { registrationId: 33, name: '缺席者', title: '区委副书记', checkedIn: false },
  ];

  it('names those who came by their titles, as the reference article does, each linked to the registration', () => {
    const { text, draft } = draftText(facts({ guests }));
    expect(text).toContain(
      '静安区委组织部副部长、区社会工作党委书记孙明丽，区委宣传部副部长、文明办主任马嘉槟等领导和嘉宾，以及领导和嘉宾、成员单位代表，以及居民区党组织、部门和事业单位代表等70余人参加会议。',
    );
    expect(draft.body).toContain('(/organize/meetings/7/registrations#registration-31)');
    expect(draft.body).toContain('(/organize/meetings/7/registrations#registration-32)');
    // Marked but never checked in: not named, and the organizer is told.
    expect(text).not.toContain('缺席者');
    expect(draft.notes).toContainEqual({ key: 'guestsAbsent', values: { names: '缺席者' } });
    expect(draft.notes.map((n) => n.key)).not.toContain('noGuests');
  });

  it('names them in English with their titles as registered', () => {
    const { text } = draftText(facts({ guests }), 'en');
    expect(text).toContain(
      'More than 70 people attended: the guests of honour 孙明丽 (静安区委组织部副部长、区社会工作党委书记) and 马嘉槟 (区委宣传部副部长、文明办主任); and ',
    );
    expect(text).not.toContain('缺席者');
  });

  it('says nothing of guests when none is marked, and tells the organizer', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { text, draft } = draftText(facts(), locale);
      expect(text).not.toMatch(/领导和嘉宾，以及领导和嘉宾|guests of honour/);
      expect(draft.notes.map((n) => n.key)).toContain('noGuests');
    }
  });

  it('names no guest before anyone is checked in', () => {
    const noneIn = facts({ guests, attendees: facts().attendees.map((a) => ({ ...a, checkedIn: false })) });
    expect(draftText(noneIn).text).not.toContain('孙明丽');
  });

  it('keeps markup in a title as text', () => {
    const { draft } = draftText(
      facts({ guests: [{ registrationId: 40, name: '王**', title: '[主任](javascript:alert(1))', checkedIn: true }] }),
    );
    const lead = parseMarkup(draft.body)[1]!;
    const link = lead.inlines.find((i) => i.href?.endsWith('#registration-40'));
    expect(link?.text).toBe('[主任](javascript:alert(1))王**');
    expect(lead.inlines.some((i) => i.href?.startsWith('javascript'))).toBe(false);
  });
});
