/**
 * The public page of the demo meeting under load. It is served from Next's cache
 * and re-rendered only when an organizer changes the meeting, so it should come
 * close to the bare route (goal: at least 70 % of /api/health).
 */
const slug = '2020-civic-conference';

const meetingPage = {
  name: 'meeting',
  title: 'public page of the demo meeting, against the bare health route',
  async run({ base, load }) {
    // The first visit renders and fills the cache; the load then measures what visitors get.
    for (const path of [`/meetings/${slug}`, `/en/meetings/${slug}`]) {
      const response = await fetch(`${base}${path}`);
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    }
    return [
      await load({ title: `GET /meetings/${slug} (zh-CN)`, url: `${base}/meetings/${slug}` }),
      await load({ title: `GET /en/meetings/${slug}`, url: `${base}/en/meetings/${slug}` }),
      await load({ title: `GET /api/meetings/${slug}/live (display poll)`, url: `${base}/api/meetings/${slug}/live` }),
    ];
  },
};

export default meetingPage;
