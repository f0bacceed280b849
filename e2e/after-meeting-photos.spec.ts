import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './test';
import { accounts, demoMeeting, signIn } from './fixtures';

// Named to run before after-meeting-report.spec.ts and live-display.spec.ts: it works on the
// demo conference's English report only (versions count per language), so the Chinese
// report that spec drafts is still empty, and it takes its guest-of-honour mark away again.
const MB = 1024 * 1024;
// A real 1×1 PNG: the type and dimensions are read from the bytes.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const report = `/organize/meetings/${demoMeeting.id}/report`;

function watchServerErrors(page: Page) {
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

test('the organizer marks a guest of honour in the registration list and the draft names them with their title', async ({
  page,
}) => {
  const errors = watchServerErrors(page);
  await signIn(page, accounts.organizer);
  await page.goto(`/organize/meetings/${demoMeeting.id}/registrations`);
  const list = page.getByRole('table', { name: '全部报名' });
  // The demo's dignitaries are marked already, with the article's titles.
  await expect(list).toContainText('特邀嘉宾 · 静安区委组织部副部长、区社会工作党委书记');
  // Someone who came (the second row: checked in) and is not marked yet.
  const row = list
    .getByRole('row')
    .filter({ hasText: '标记…' })
    .filter({ hasText: /\d{2}:\d{2}/ })
    .first();
  const name = (await row.getByRole('cell').first().innerText()).split('\n')[0]!.trim();
  const rowId = await row.getAttribute('id');
  await row.getByText('标记…').click();
  await row.getByLabel(`${name}的职务`).fill('区委副书记');
  await row.getByRole('button', { name: `标为特邀嘉宾 ${name}` }).click();
  const marked = list.locator(`#${rowId}`);
  await expect(marked).toContainText('特邀嘉宾 · 区委副书记');

  // The English draft names them by their title as registered, linked to the registration.
  await page.goto(`${report}?lang=en`);
  await page.getByRole('button', { name: '生成简报' }).click();
  await expect(page.getByRole('status')).toContainText('第 1 稿');
  const preview = page.getByRole('region', { name: '预览' });
  await expect(preview).toContainText(`${name} (区委副书记)`);
  await expect(preview.getByRole('link', { name: `${name} (区委副书记)` })).toHaveAttribute(
    'href',
    `/organize/meetings/${demoMeeting.id}/registrations#${rowId}`,
  );
  await expect(preview).toContainText('the guests of honour');

  // Taken away again: the Chinese report of the next spec sees the demo as seeded.
  await page.goto(`/organize/meetings/${demoMeeting.id}/registrations`);
  await list
    .locator(`#${rowId}`)
    .getByRole('button', { name: `取消特邀嘉宾 ${name}` })
    .click();
  await expect(list.locator(`#${rowId}`).getByText('标记…')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the organizer uploads a photo with a caption into the report: a 20 MB one is refused beside the field, the photo shows in the draft, the article and the Word file', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors = watchServerErrors(page);
  await signIn(page, accounts.organizer);
  await page.goto(`${report}?lang=en`);
  if (await page.getByText('还没有简报').isVisible()) await page.getByRole('button', { name: '生成简报' }).click();
  await page.getByLabel('图片说明').fill('The unveiling of the new civic practice centre');

  await page
    .getByLabel('照片（JPEG 或 PNG，不超过 5 MB）')
    .setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.concat([png, Buffer.alloc(20 * MB)]) });
  await page.getByRole('button', { name: '上传并插入' }).click();
  await expect(page.getByText('照片不得超过 5 MB。')).toBeVisible();
  await expect(page.getByLabel('图片说明')).toHaveValue('The unveiling of the new civic practice centre');

  await page
    .getByLabel('照片（JPEG 或 PNG，不超过 5 MB）')
    .setInputFiles({ name: 'hall.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: '上传并插入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '照片已插入' })).toContainText('照片已插入');
  await expect(page.getByLabel('简报正文')).toHaveValue(
    /!\[The unveiling of the new civic practice centre\]\(photo:\d+\)/,
  );
  const preview = page.getByRole('region', { name: '预览' });
  const image = preview.getByRole('img', { name: 'The unveiling of the new civic practice centre' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  // The Word file carries the image part and the caption.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '导出 Word (.docx)' }).click(),
  ]);
  const files = unzipSync(new Uint8Array(fs.readFileSync((await download.path())!)));
  expect(Object.keys(files).filter((file) => file.startsWith('word/media/'))).toHaveLength(1);
  expect(strFromU8(files['word/document.xml']!)).toContain('The unveiling of the new civic practice centre');

  // The article page shows it, captioned.
  await page.getByRole('link', { name: '文章页（复制到公众号）' }).click();
  const figure = page.getByRole('article').getByRole('figure');
  await expect(figure).toContainText('The unveiling of the new civic practice centre');
  await expect.poll(() => figure.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  expect(errors).toEqual([]);
});
