import { describe, expect, it } from 'vitest';
import { cachedPoster } from './cache';

const later = <T>(value: T, ms = 20) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('the poster render cache', () => {
  it('renders one poster once for many requests at the same time', async () => {
    let renders = 0;
    const render = () => {
      renders++;
      return later(Buffer.from('png'));
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cachedPoster('"same"', render)));
    expect(renders).toBe(1);
    expect(answers.every((answer) => answer.toString() === 'png')).toBe(true);
  });

  it('never runs two renders at once, and a failed render is not kept', async () => {
    let running = 0;
    let most = 0;
    const render = async () => {
      running++;
      most = Math.max(most, running);
      await later(null, 10);
      running--;
      return Buffer.from('x');
    };
    await Promise.all(['"a"', '"b"', '"c"', '"d"'].map((tag) => cachedPoster(tag, render)));
    expect(most).toBe(1);
    await expect(cachedPoster('"broken"', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(cachedPoster('"broken"', () => later(Buffer.from('ok')))).resolves.toEqual(Buffer.from('ok'));
  });
});
