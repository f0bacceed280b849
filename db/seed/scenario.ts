import type { OrganizationKind } from '../schema';

/**
 * The reference scenario (shared/scenario): the host subdistrict, its guests
 * and the member organizations named in the report. People's names are invented.
 */
export const scenarioOrganizations: { name: string; kind: OrganizationKind; address?: string }[] = [
  { name: '南京西路街道办事处', kind: 'public_institution', address: '上海市静安区南京西路' },
  { name: '南京西路街道党工委', kind: 'public_institution', address: '上海市静安区南京西路' },
  { name: '南京西路街道精神文明建设委员会', kind: 'public_institution' },
  { name: '静安区委组织部', kind: 'public_institution' },
  { name: '静安区委宣传部', kind: 'public_institution' },
  { name: '上海汽车集团股份有限公司', kind: 'company' },
  { name: '新成居民区党总支', kind: 'residential' },
  { name: '古柏居民区党总支', kind: 'residential' },
  { name: '华业居民区党总支', kind: 'residential' },
  { name: '中凯居民区党总支', kind: 'residential' },
  { name: '升平居民区党总支', kind: 'residential' },
  { name: '恒隆广场联合党委', kind: 'regional', address: '上海市静安区南京西路1266号' },
  { name: '兴业太古汇联合党委', kind: 'regional', address: '上海市静安区石门一路288号' },
  { name: '陕西大厦党支部', kind: 'regional' },
  { name: '建设银行南京西路支行党支部', kind: 'regional' },
  { name: '中国银行静安支行党委', kind: 'regional' },
  { name: '东方海外大厦党支部', kind: 'new_economic_social' },
  { name: '东方海外货柜航运党支部', kind: 'new_economic_social' },
  { name: '巨富长党支部', kind: 'new_economic_social' },
  { name: '链家党支部', kind: 'new_economic_social' },
];

const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '韩',
  '冯',
  '于',
  '董',
  '萧',
  '程',
  '袁',
  '邓',
  '许',
  '傅',
  '沈',
  '曾',
  '彭',
  '吕',
  '苏',
  '卢',
  '蒋',
  '蔡',
  '贾',
  '丁',
  '魏',
  '薛',
  '叶',
  '阎',
  '余',
  '潘',
  '杜',
  '戴',
  '夏',
  '钟',
  '汪',
  '田',
  '任',
  '姜',
  '范',
  '方',
  '石',
  '姚',
  '谭',
  '廖',
  '邹',
  '熊',
  '金',
  '陆',
  '郝',
];
const givenNames = [
  '晓东',
  '丽华',
  '建国',
  '雅琴',
  '志强',
  '慧敏',
  '海燕',
  '立新',
  '文静',
  '国平',
  '秀英',
  '振华',
  '佳怡',
  '子豪',
  '美玲',
  '宏伟',
  '春梅',
  '俊杰',
  '淑芬',
  '家乐',
  '欣然',
  '明轩',
  '雨桐',
  '浩然',
  '思远',
  '若溪',
  '天宇',
  '梓涵',
  '一鸣',
  '晨曦',
];

/** About seventy invented people, spread over the organizations; the first of each is its representative. */
export function scenarioPeople(): {
  name: string;
  email: string;
  phone: string;
  organization: string;
  position: string;
  representative: boolean;
}[] {
  const people = [];
  const positions = ['党组织书记', '委员', '党员', '联络员'];
  let n = 0;
  for (const [index, organization] of scenarioOrganizations.entries()) {
    // Bigger delegations from the host and the residential areas, as at the conference.
    const size = index < 2 ? 6 : organization.kind === 'residential' ? 4 : 3;
    for (let i = 0; i < size; i++) {
      const name = `${surnames[n % surnames.length]}${givenNames[(n * 7) % givenNames.length]}`;
      people.push({
        name,
        email: `person${String(n + 1).padStart(3, '0')}@demo.convene.local`,
        phone: `139${String(10_000_000 + n * 7919).slice(-8)}`,
        organization: organization.name,
        position: positions[Math.min(i, positions.length - 1)] ?? '党员',
        representative: i === 0,
      });
      n++;
    }
  }
  return people;
}

/** The reference conference (scenario/README.md): the morning of 30 April 2020 in Shanghai. */
export const scenarioMeeting = {
  slug: '2020-civic-conference',
  title: '2020年南京西路街道党建和精神文明建设大会',
  titleEn: '2020 Nanjing West Road Subdistrict Conference on Party Building and Civic Progress',
  theme: '勇担使命再出发，同舟共济筑未来',
  themeEn: 'Setting out again with our mission, building the future together',
  description:
    '回顾2019年街道党建和精神文明建设工作，表彰“金钥匙奖”“福民奖”获奖个人和集体，签发2020年度精神文明创建工作目标责任书，为新时代文明实践分中心揭牌，部署2020年党建工作。',
  venueName: '上海展览中心',
  venueAddress: '上海市静安区延安中路1000号',
  timeZone: 'Asia/Shanghai',
  startsAt: new Date('2020-04-30T09:00:00+08:00'),
  endsAt: new Date('2020-04-30T11:00:00+08:00'),
  capacity: 80,
  organizerEmail: 'organizer@convene.local',
  // The attendee categories of the article (scenario/README.md), with the seats each had.
  categories: [
    { name: '领导和嘉宾', nameEn: 'Leaders and guests', quota: 10, selfService: false },
    { name: '获奖个人和集体', nameEn: 'Award winners', quota: 12, selfService: false },
    { name: '成员单位代表', nameEn: 'Member organization representatives', quota: 30, selfService: true },
    { name: '工作人员', nameEn: 'Staff', quota: 8, selfService: false },
    { name: '公众', nameEn: 'Public', quota: null, selfService: true },
  ],
  agenda: [
    {
      kind: 'video',
      title: '观看南京西路街道疫情防控工作视频',
      titleEn: 'Video: the subdistrict’s fight against the epidemic',
      plannedMinutes: 8,
      presenters: null,
      description: '回顾街道、居民区和区域化党建单位共同抗击疫情的日日夜夜。',
      crewNotes: '灯光调暗；视频在主控电脑桌面“疫情防控.mp4”，会前试好音量。',
    },
    {
      kind: 'award_ceremony',
      title: '颁发2019年度“金钥匙奖”和“福民奖”',
      titleEn: 'Presentation of the 2019 Golden Key Award and Fumin Award',
      plannedMinutes: 35,
      presenters: '区委组织部、区委宣传部领导，上汽集团党委领导',
      description: '宣读获奖名单和事迹，今年“金钥匙奖”增设“最美战‘疫’者”特别奖；获奖个人和集体上台领奖。',
      crewNotes: '获奖者按名单顺序在舞台左侧候场；礼仪人员 6 名；奖杯和证书按名单顺序摆放。',
    },
    {
      kind: 'pledge_handover',
      title: '签发2020年度精神文明创建工作目标责任书',
      titleEn: 'Signing of the 2020 civic progress responsibility pledges',
      plannedMinutes: 20,
      presenters: '街道党工委书记',
      description: '向区域化党建单位、居民区党组织和“两新”党组织代表签发责任书。',
      crewNotes: '责任书按单位名单排序；签字笔 20 支；单位代表在舞台右侧候场。',
    },
    {
      kind: 'unveiling',
      title: '南京西路街道新时代文明实践分中心揭牌仪式',
      titleEn: 'Unveiling of the Nanjing West Road New Era Civilization Practice Centre',
      plannedMinutes: 10,
      presenters: '区领导、街道党工委书记',
      description: null,
      crewNotes: '会前检查揭牌红绸；摄影站位在台前右侧。',
    },
    {
      kind: 'speech',
      title: '部署2020年党建工作计划',
      titleEn: 'The 2020 Party-building work plan',
      plannedMinutes: 30,
      presenters: '街道办事处主任',
      description: '街道2020年党建工作计划的主要任务和分工。',
      crewNotes: '讲稿已放讲台；剩余 5 分钟时举提示牌。',
    },
  ],
} as const;
