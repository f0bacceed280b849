import { expect, test } from './test';
import { accounts, publishedMeeting, signIn, unique } from './fixtures';

// Issue 17 item 11 (decision 0020): names organizers type have an optional English name;
// English visitors see it, and the original where there is none.

test('an English visitor chooses among English category names on the register form; a category without one keeps its original', async ({
  page,
  browser,
}) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);

  // The organizer adds two categories through the form: one with an English name, one without.
  await page.goto(`/organize/meetings/${meeting.id}/registration`);
  const senior = `老年居民${unique()}`;
  await page.getByLabel('类别名称').last().fill(senior);
  await page.getByLabel('英文名称（可选）').last().fill('Senior residents');
  await page.getByRole('button', { name: '添加类别' }).click();
  await expect(page.getByText('已添加类别。')).toBeVisible();
  await expect(page.getByLabel('类别名称')).toHaveCount(7);
  const guests = `特邀代表${unique()}`;
  await page.getByLabel('类别名称').last().fill(guests);
  await page.getByRole('button', { name: '添加类别' }).click();
  await expect(page.getByLabel('类别名称')).toHaveCount(8);

  const visitor = await browser.newPage();
  await visitor.goto(`/en/meetings/${meeting.slug}/register`);
  const options = visitor.getByLabel('Category').locator('option');
  // The starting categories came with their English names; the organizer's own kept theirs.
  await expect(options).toContainText(['Member organization representatives', 'Public', 'Senior residents', guests]);
  await expect(visitor.getByLabel('Category')).not.toContainText('成员单位代表');
  await expect(visitor.getByLabel('Category')).not.toContainText('公众');
  await expect(visitor.getByLabel('Category')).not.toContainText(senior);
  // The meeting has no English title: the original is shown.
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText('社区议事会');

  await visitor.close();

  // Chinese visitors keep the originals: the plain address is Chinese, whatever page was opened before (decision 0002).
  const chinese = await browser.newPage();
  await chinese.goto(`/meetings/${meeting.slug}/register`);
  await expect(chinese.getByLabel('类别').locator('option')).toContainText(['成员单位代表', '公众', senior, guests]);
  await chinese.close();
});

test('the award page and certificates in English name the award and category in English, each once', async ({
  page,
  browser,
}) => {
  await page.goto('/en/awards');
  // The 2019 cycle (award 1), whose winners are published; the demo's 2021 draft brought the 2020 cycle's too (decision 0027).
  await page.getByRole('link', { name: 'Golden Key Award' }).and(page.locator('[href$="/awards/1"]')).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Golden Key Award');
  const categories = page.getByRole('region', { name: 'Categories' });
  await expect(categories).toContainText('Most Beautiful Anti-Epidemic Fighter');
  await expect(page.locator('main')).not.toContainText('金钥匙奖');
  await expect(page.locator('main')).not.toContainText('最美战');

  // A winner of the category named like the award: the certificate names the award once.
  const winners = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Certificate' }) });
  await winners
    .filter({ has: page.getByText('Golden Key Award', { exact: true }) })
    .first()
    .getByRole('link', { name: 'Certificate' })
    .click();
  await expect(page.getByText(/is awarded the Golden Key Award \(2019\)\.$/)).toBeVisible();
  await expect(page.locator('article')).not.toContainText('in the category');
  const certificate = page.url();
  const chinese = await browser.newPage();
  await chinese.goto(certificate.replace('/en/', '/'));
  await expect(chinese.getByText('荣获2019年度“金钥匙奖”。')).toBeVisible();
  await expect(chinese.locator('article')).not.toContainText('（金钥匙奖）');
  await chinese.close();

  // The special category is a category of its own: named after the award.
  await page.goto(certificate.replace(/\/certificates\/.*$/, ''));
  await winners
    .filter({ has: page.getByText('Most Beautiful Anti-Epidemic Fighter', { exact: true }) })
    .first()
    .getByRole('link', { name: 'Certificate' })
    .click();
  await expect(
    page.getByText('is awarded the Golden Key Award (2019) in the category “Most Beautiful Anti-Epidemic Fighter”.'),
  ).toBeVisible();
});

test('an award given an English name in its form shows it to English visitors; its category without one keeps the original', async ({
  page,
  browser,
}) => {
  await signIn(page, accounts.organizer);
  const name = `福民奖${unique()}`;
  await page.goto('/organize/awards/new');
  await page.getByLabel('奖项名称').fill(name);
  await page.getByLabel('英文名称（可选）').fill('Fumin Award for Service');
  await page.getByLabel('年度').fill('2030');
  await page.getByLabel('提名开始').fill('2030-01-01T09:00');
  await page.getByLabel('提名截止').fill('2030-02-01T09:00');
  await page.getByLabel('投票开始').fill('2030-03-01T09:00');
  await page.getByLabel('投票截止').fill('2030-04-01T09:00');
  await page.getByRole('button', { name: '创建奖项' }).click();
  await expect(page).toHaveURL(/\/organize\/awards\/\d+$/);
  const awardId = /\/organize\/awards\/(\d+)$/.exec(page.url())![1];
  await page.getByLabel('类别名称').fill('为民服务先进');
  await page.getByRole('button', { name: '添加类别' }).click();
  await expect(page.getByText('已添加类别。')).toBeVisible();

  await page.goto(`/awards/${awardId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const visitor = await browser.newPage();
  await visitor.goto(`/en/awards/${awardId}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Fumin Award for Service');
  await expect(visitor.getByRole('region', { name: 'Categories' })).toContainText('为民服务先进');
  await visitor.close();
});

test('a meeting title and an agenda title given English names by the organizer show on the public page in /en, the originals in Chinese', async ({
  page,
  browser,
}) => {
  await signIn(page, accounts.organizer);
  const meeting = await publishedMeeting(page);

  // Through the organizer's own forms: the meeting's settings, then a new agenda item.
  await page.goto(`/organize/meetings/${meeting.id}`);
  const details = page.getByRole('region', { name: '会议信息' });
  const title = await details.getByLabel('会议名称').inputValue();
  const englishTitle = `Community Council ${unique()}`;
  await details.getByLabel('英文名称（可选）').fill(englishTitle);
  await details.getByRole('button', { name: '保存' }).click();
  await expect(details.getByText('已保存。')).toBeVisible();

  await page.goto(`/organize/meetings/${meeting.id}/agenda`);
  const add = page.getByRole('region', { name: '添加议程项' });
  await add.getByLabel('类型').selectOption({ label: '讲话' });
  await add.getByLabel('标题').fill('社区微更新项目发布');
  await add.getByLabel('英文名称（可选）').fill('Community micro-renewal projects');
  await add.getByLabel('时长（分钟）').fill('20');
  await add.getByRole('button', { name: '添加' }).click();
  await expect(page.getByText('已添加议程项。')).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto(`/en/meetings/${meeting.slug}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(englishTitle);
  const agenda = visitor.getByRole('region', { name: 'Agenda' });
  await expect(agenda).toContainText('Community micro-renewal projects');
  await expect(agenda).not.toContainText('社区微更新项目发布');
  // The item without an English name keeps its original.
  await expect(agenda).toContainText('开幕致辞');

  await visitor.goto(`/meetings/${meeting.slug}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  const chineseAgenda = visitor.getByRole('region', { name: '会议议程' });
  await expect(chineseAgenda).toContainText('社区微更新项目发布');
  await expect(chineseAgenda).not.toContainText('Community micro-renewal projects');
  await visitor.close();
});
