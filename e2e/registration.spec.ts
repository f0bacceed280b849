import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { callAction } from './actions';
import { expectChainHead, latestEventId } from './chain-anchor';
import { checkInByCode, openDoorStation, registerForTicket } from './door-station';
import {
  accounts,
  formAlert,
  publishedMeeting,
  secondServer,
  signIn,
  submitGuestRegistration,
  unique,
} from './fixtures';

test('a guest registers on a phone, sees the ticket, cannot register twice, and cancels', async ({ page, browser }) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const guest = await phone.newPage();
  await guest.goto(`/meetings/${meeting.slug}`);
  await guest.getByRole('link', { name: '报名参加' }).click();

  // No way to reach them: refused beside the field, and nothing typed is lost.
  await guest.getByLabel('姓名').fill('王晓东');
  await guest.getByLabel('报名类别').selectOption({ label: '公众' });
  await guest.getByRole('button', { name: '提交报名' }).click();
  await expect(guest.getByText('请填写手机号或电子邮箱，至少一项。')).toBeVisible();
  await expect(guest.getByLabel('姓名')).toHaveValue('王晓东');
  await guest.getByLabel('手机号').fill('12345');
  await guest.getByRole('button', { name: '提交报名' }).click();
  await expect(guest.getByText('请输入 11 位手机号码，或以 + 开头的国际号码。')).toBeVisible();

  const email = `wang.${unique()}@example.cn`;
  await guest.getByLabel('手机号').fill('139 1234 5678');
  await guest.getByLabel('电子邮箱').fill(email);
  await guest.getByRole('button', { name: '提交报名' }).click();
  await expect(guest).toHaveURL(/\/registrations\/[\w-]{40,}$/);
  const ticketUrl = guest.url();
  await expect(guest.getByText('已确认')).toBeVisible();
  await expect(guest.getByRole('img', { name: /^入场二维码，票号 [2-9A-Z]{4}-[2-9A-Z]{4}$/ })).toBeVisible();

  // The same email again is refused, whatever the name.
  await submitGuestRegistration(guest, meeting.slug, { name: '王小东', email });
  await expect(formAlert(guest)).toHaveText(/您已经报名了这次会议/);

  await guest.goto(ticketUrl);
  guest.once('dialog', (dialog) => dialog.accept());
  await guest.getByRole('button', { name: '取消报名' }).click();
  await expect(guest.getByText('这条报名已取消。')).toBeVisible();
  await phone.close();
});

test('an organizer approves one registration and rejects another with a reason', async ({ page, browser }) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);
  await page.goto(`/organize/meetings/${meeting.id}/registration`);
  await page.getByRole('combobox', { name: '报名方式' }).selectOption({ label: '需要审核' });
  await page.getByRole('button', { name: '保存', exact: true }).first().click();
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('已保存。');

  const visitor = await browser.newPage();
  await submitGuestRegistration(visitor, meeting.slug, { name: '陈思远', phone: '13911110001' });
  await expect(visitor.getByText('正在等待组织者审核')).toBeVisible();
  await submitGuestRegistration(visitor, meeting.slug, { name: '刘梦琪', phone: '13911110002' });
  await expect(visitor.getByText('待审核')).toBeVisible();

  await page.goto(`/organize/meetings/${meeting.id}/registrations`);
  const approvals = page.getByRole('region', { name: '待审核（2）' });
  await approvals.getByRole('button', { name: '通过 陈思远' }).click();
  await expect(page.getByRole('region', { name: '待审核（1）' })).toBeVisible();
  const remaining = page.getByRole('region', { name: '待审核（1）' });
  await remaining.getByRole('button', { name: '拒绝 刘梦琪' }).click();
  await expect(remaining.getByText('拒绝时请填写原因，报名人会收到。')).toBeVisible();
  await remaining.getByLabel('拒绝原因（拒绝 刘梦琪 时必填）').fill('本次会议仅面向辖区居民');
  await remaining.getByRole('button', { name: '拒绝 刘梦琪' }).click();
  await expect(page.getByRole('region', { name: /^待审核/ })).toHaveCount(0);

  const list = page.getByRole('table', { name: '全部报名' });
  await expect(list.getByRole('row').filter({ hasText: '陈思远' })).toContainText('已确认');
  await expect(list.getByRole('row').filter({ hasText: '刘梦琪' })).toContainText('未通过');
  await visitor.close();
});

test('door check-in by ticket number and by name; a second scan says when, a cancelled ticket is refused', async ({
  page,
  browser,
}) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);
  const visitor = await browser.newPage();
  const code = await registerForTicket(visitor, meeting.slug, { name: '赵雨桐', phone: '13922220001' });
  await submitGuestRegistration(visitor, meeting.slug, { name: '孙浩然', phone: '13922220002' });
  const cancelledCode = await registerForTicket(visitor, meeting.slug, { name: '周嘉怡', phone: '13922220003' });
  visitor.once('dialog', (dialog) => dialog.accept());
  await visitor.getByRole('button', { name: '取消报名' }).click();
  await expect(visitor.getByText('这条报名已取消。')).toBeVisible();

  // A door station on a phone.
  const { door, station } = await openDoorStation(browser, meeting.id);
  await checkInByCode(station, code.toLowerCase());
  await expect(station.getByRole('main').getByRole('status')).toHaveText('签到成功：赵雨桐（公众）');
  await checkInByCode(station, code);
  await expect(station.getByRole('main').getByRole('status')).toHaveText(
    /^赵雨桐 已于 \d\d:\d\d 签到过，无需重复签到。$/,
  );
  await checkInByCode(station, cancelledCode);
  await expect(station.getByText('这张票已取消或尚未确认，不能签到。')).toBeVisible();
  // A ticket of the demo conference is not for this meeting.
  await checkInByCode(station, 'XXXX-0000');
  await expect(station.getByText('没有找到这个票号。')).toBeVisible();

  await station.getByLabel('姓名', { exact: true }).fill('浩然');
  await station.getByRole('button', { name: '签到 孙浩然' }).click();
  // Found by name and checked in: the row turns into a mark with the time, no button left.
  await expect(station.getByRole('listitem').filter({ hasText: '孙浩然' })).toContainText(/已签到 \d\d:\d\d/);
  await expect(station.getByRole('button', { name: '签到 孙浩然' })).toHaveCount(0);
  const counter = station.getByRole('table', { name: '各类别报名与签到人数' });
  await expect(counter.getByRole('row', { name: /^合计/ })).toContainText('2 / 2（50）');
  await door.close();
  await visitor.close();
});

test("the door camera reads the QR code from a guest's ticket and checks them in", async ({ page, browser }) => {
  // Decoding runs on the page's main thread: on a busy CI machine the first good frame can take a while.
  test.setTimeout(60_000);
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);
  const visitor = await browser.newPage();
  await submitGuestRegistration(visitor, meeting.slug, { name: '钱思彤', phone: '13922220011' });
  // The code exactly as the ticket page draws it: what a guest holds up to the door phone.
  const ticketImage = await visitor.getByRole('img', { name: /入场二维码/ }).screenshot();

  // The camera is the only stand-in: a stream that films the ticket. ZXing and the check-in are real.
  const filmTicket = (station: Page) =>
    station.addInitScript(
      (source) => {
        navigator.mediaDevices.getUserMedia = async () => {
          const image = new Image();
          image.src = source;
          await image.decode();
          const canvas = Object.assign(document.createElement('canvas'), { width: 480, height: 480 });
          const context = canvas.getContext('2d')!;
          const film = () => {
            context.fillStyle = '#fff';
            context.fillRect(0, 0, 480, 480);
            context.drawImage(image, 60, 60, 360, 360);
          };
          film();
          setInterval(film, 100);
          return canvas.captureStream(10);
        };
      },
      `data:image/png;base64,${ticketImage.toString('base64')}`,
    );
  const { door, station } = await openDoorStation(browser, meeting.id, { prepare: filmTicket });
  await station.getByRole('button', { name: '打开摄像头扫码' }).click();
  await expect(station.getByRole('main').getByRole('status').first()).toHaveText('签到成功：钱思彤（公众）', {
    timeout: 30_000,
  });
  await station.getByRole('button', { name: '关闭摄像头' }).click();
  await door.close();
  await visitor.close();
});

test('the exports are CSV with a byte-order mark, so Excel reads the Chinese', async ({ page }) => {
  await signIn(page, accounts.organizer);
  const response = await page.request.get('/organize/meetings/1/export?list=registrations');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const [header, ...rows] = text.trim().split('\r\n');
  expect(header).toBe('姓名,类别,单位,手机号,邮箱,状态,票号,报名时间（北京时间）,签到时间（北京时间）');
  expect(rows.length).toBeGreaterThanOrEqual(70);
  expect(text).toContain('新成居民区党总支');
  const headBefore = latestEventId();
  const checkin = await page.request.get('/organize/meetings/1/export?list=checkin');
  const lines = (await checkin.text()).trimEnd().split('\r\n');
  expect(lines[0]).toBe('\uFEFF姓名,类别,单位,手机号,票号,签到时间（北京时间）');
  // The check-in list ends with the audit chain head when exported (issue 11, requirement 3).
  expectChainHead(lines.at(-1)!, /^导出时操作记录哈希链链头：第 (\d+) 条,([0-9a-f]{64})$/, headBefore);
  const checkins = lines.slice(1, -1);
  // Year-first wall times a spreadsheet reads as dates, not "4/30/2020, 08:51:00".
  const times = checkins.map((row) => row.split(',').at(-1)!).filter(Boolean);
  for (const time of times) expect(time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  // The demo guests came in before 09:00, Shanghai time (the header's zone).
  expect(times.filter((time) => /^2020-04-30 08:/.test(time)).length).toBeGreaterThan(0);
});

test('a question label that looks like a formula is plain text in the CSV header (issue 12, finding 11)', async ({
  page,
}) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);
  const added = await callAction(page.request, `/organize/meetings/${meeting.id}/registration`, 'addQuestionAction', {
    meetingId: String(meeting.id),
    kind: 'text',
    label: '=HYPERLINK("http://evil.example","饮食要求")',
  });
  expect(added.body).toContain('"ok":true');
  const csv = await page.request.get(`/organize/meetings/${meeting.id}/export?list=registrations`);
  const header = (await csv.text()).slice(1).split('\r\n')[0]!;
  expect(header).toBe(
    `姓名,类别,单位,手机号,邮箱,状态,票号,报名时间（北京时间）,签到时间（北京时间）,"'=HYPERLINK(""http://evil.example"",""饮食要求"")"`,
  );
});

test('twenty guests at once for the last five seats, on two app processes: five confirmed, fifteen waiting in order', async ({
  page,
  request,
}) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page, { capacity: 5 });
  const category = await page.request.get(`/meetings/${meeting.slug}/register`).then((r) => r.text());
  const categoryId = /<option value="(\d+)">公众<\/option>/.exec(category)![1]!;
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, n) =>
      // Signed out: twenty different guests, not the organizer twenty times.
      callAction(request, `${n % 2 ? secondServer : ''}/meetings/${meeting.slug}/register`, 'registerAction', {
        meetingId: String(meeting.id),
        categoryId,
        name: `抢票者${String.fromCharCode(0x4e00 + n)}`,
        phone: `1380000${String(1000 + n)}`,
      }),
    ),
  );
  // The action answers with where the form goes next: the guest's ticket.
  const ticketPath = (body: string) => /"redirectTo":"(\/registrations\/[\w-]+)"/.exec(body)?.[1];
  const failed = answers.filter((answer) => !ticketPath(answer.body));
  expect(
    failed.map((answer) => `${answer.status} ${/"formError":"[^"]*"|"fieldErrors":\{[^}]*\}/.exec(answer.body)?.[0]}`),
  ).toEqual([]);

  const csv = await page.request
    .get(`/organize/meetings/${meeting.id}/export?list=registrations`)
    .then((r) => r.text());
  const statuses = csv
    .trim()
    .split('\r\n')
    .slice(1)
    .map((row) => row.split(',')[5]);
  expect(statuses.filter((status) => status === '已确认')).toHaveLength(5);
  expect(statuses.filter((status) => status === '候补中')).toHaveLength(15);

  // Each waiting guest has a distinct place, 1 to 15; a cancellation gives the seat to number 1.
  const tickets = await Promise.all(
    answers.map(async (answer) => {
      const token = ticketPath(answer.body)!.split('/').pop()!;
      const html = await request.get(`/registrations/${token}`).then((r) => r.text());
      return {
        token,
        confirmed: html.includes('>报名成功，座位已为您保留'),
        position: Number(/候补名单第 (\d+) 位/.exec(html)?.[1] ?? 0),
      };
    }),
  );
  expect(tickets.filter((ticket) => ticket.confirmed)).toHaveLength(5);
  expect(
    tickets
      .map((ticket) => ticket.position)
      .filter(Boolean)
      .sort((a, b) => a - b),
  ).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));

  const first = tickets.find((ticket) => ticket.position === 1)!;
  const cancelled = await callAction(
    request,
    `/registrations/${tickets.find((ticket) => ticket.confirmed)!.token}`,
    'cancelRegistrationAction',
    {
      accessToken: tickets.find((ticket) => ticket.confirmed)!.token,
    },
  );
  expect(cancelled.body).toContain('"ok":true');
  expect(await request.get(`/registrations/${first.token}`).then((r) => r.text())).toContain(
    '>报名成功，座位已为您保留',
  );
  const second = tickets.find((ticket) => ticket.position === 2)!;
  expect(await request.get(`/registrations/${second.token}`).then((r) => r.text())).toContain('候补名单第 1 位');
});
