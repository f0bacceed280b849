import { describe, expect, it } from 'vitest';
import { decodeQrInPng, lightPixels, readPng } from '@/test/png-qr';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { appOrigin } from '@/lib/env';
import { posterContent, type PosterLanguage, type PosterMeeting } from './content';
import { drawable, subsetFilesFor } from './fonts';
import { POSTER_HEIGHT, POSTER_WIDTH, renderPosterPng } from './image';

const labels = { 'zh-CN': zh.poster, en: en.poster };
const day = 24 * 60 * 60 * 1000;

const meeting = (changes: Partial<PosterMeeting> = {}): PosterMeeting => ({
  slug: 'poster-test',
  title: '南京西路街道社区代表大会',
  titleEn: 'Nanjing West Road Civic Conference',
  theme: '勇担使命再出发，同舟共济筑未来',
  themeEn: null,
  venueName: '静安区文化馆',
  venueAddress: '北京西路1号',
  startsAt: new Date(Date.now() + 7 * day),
  endsAt: new Date(Date.now() + 7 * day + 3 * 60 * 60 * 1000),
  timeZone: 'Asia/Shanghai',
  status: 'published',
  ...changes,
});

const render = (language: PosterLanguage, changes: Partial<PosterMeeting> = {}, origin = 'https://hall.example.org') =>
  renderPosterPng(posterContent(meeting(changes), language, labels, origin));

// The red band at the top (image.tsx: at least 560 px high), which holds only the title when there is no theme.
const titleLine = { x: 0, y: 0, width: POSTER_WIDTH, height: 560 };

describe('the PNG poster', () => {
  it(
    'is 1080 × 1920 and its QR code holds the registration address on the configured origin',
    { timeout: 60_000 },
    async () => {
      const origin = appOrigin({ APP_URL: 'https://hall.example.org/' });
      const png = await render('zh-CN', {}, origin);
      const { width, height } = readPng(png);
      expect([width, height]).toEqual([POSTER_WIDTH, POSTER_HEIGHT]);
      expect(decodeQrInPng(png)).toBe('https://hall.example.org/meetings/poster-test/register');
    },
  );

  it(
    'sends English readers to the English page, and a meeting that is over to its record',
    { timeout: 60_000 },
    async () => {
      expect(decodeQrInPng(await render('en'))).toBe('https://hall.example.org/en/meetings/poster-test/register');
      const over = await render('both', {
        startsAt: new Date(Date.now() - 2 * day),
        endsAt: new Date(Date.now() - day),
      });
      expect(decodeQrInPng(over)).toBe('https://hall.example.org/meetings/poster-test');
    },
  );

  it(
    'draws Chinese titles with real glyphs: ink in the title line, and different characters look different',
    { timeout: 60_000 },
    async () => {
      // A missing font draws nothing (no ink) or the same empty box for every character (equal pixels).
      const first = await render('zh-CN', { title: '南京西路街道', theme: null });
      const second = await render('zh-CN', { title: '静安区文化馆', theme: null });
      const inkFirst = lightPixels(first, titleLine);
      const inkSecond = lightPixels(second, titleLine);
      expect(inkFirst).toBeGreaterThan(12_000);
      expect(inkSecond).toBeGreaterThan(12_000);
      // Box-shaped fallback glyphs would give both titles the same ink to the pixel.
      expect(Math.abs(inkFirst - inkSecond)).toBeGreaterThan(500);
    },
  );
});

describe('poster fonts', () => {
  it('loads only the subsets the text needs', () => {
    const files = subsetFilesFor('南京西路街道社区代表大会 2020年4月30日 09:00 – 11:30（北京时间）扫码报名', 700);
    expect(files.length).toBeGreaterThan(1);
    expect(files.length).toBeLessThan(15);
    expect(files.every((file) => file.endsWith('-700-normal.woff'))).toBe(true);
  });

  it('replaces characters no subset has, so nothing is fetched from the network at render time', () => {
    expect(drawable('大会🪿')).toBe('大会□');
    expect(drawable('Civic 大会 (2020)')).toBe('Civic 大会 (2020)');
  });
});
