import { describe, expect, it } from 'vitest';
import { attendanceRecord, type AttendanceRegistration } from './attendance';

const at = (time: string) => new Date(`2020-04-30T${time}:00+08:00`);
const categories = [
  { id: 1, name: '领导和嘉宾' },
  { id: 2, name: '公众' },
];
const rows: AttendanceRegistration[] = [
  { categoryId: 1, organization: '新成居民区党总支', status: 'confirmed', checkedInAt: at('08:40') },
  { categoryId: 1, organization: '新成居民区党总支', status: 'confirmed', checkedInAt: at('09:20') },
  { categoryId: 1, organization: '古柏居民区党总支', status: 'confirmed', checkedInAt: null },
  { categoryId: 2, organization: null, status: 'waitlisted', checkedInAt: null },
  { categoryId: 2, organization: null, status: 'rejected', checkedInAt: null },
];

describe('attendanceRecord', () => {
  it('counts per category and organization, with no-shows and late arrivals after the real start', () => {
    const record = attendanceRecord(
      categories,
      rows,
      [
        { categoryId: 1, revoked: false },
        { categoryId: 1, revoked: true },
      ],
      at('09:02'),
      '个人',
    );
    expect(record.byCategory).toEqual([
      { name: '领导和嘉宾', invited: 1, registered: 3, confirmed: 3, checkedIn: 2, noShow: 1, late: 1 },
      { name: '公众', invited: 0, registered: 1, confirmed: 0, checkedIn: 0, noShow: 0, late: 0 },
    ]);
    expect(record.byOrganization.map((l) => [l.name, l.checkedIn, l.noShow, l.invited])).toEqual([
      ['个人', 0, 0, null],
      ['古柏居民区党总支', 0, 1, null],
      ['新成居民区党总支', 2, 0, null],
    ]);
    expect(record.total).toMatchObject({ registered: 4, confirmed: 3, checkedIn: 2, noShow: 1, late: 1 });
  });

  it('states no no-shows or late arrivals before the meeting has run', () => {
    const record = attendanceRecord(categories, rows, [], null, '个人');
    expect(record.total).toMatchObject({ noShow: null, late: null, checkedIn: 2 });
  });
});
