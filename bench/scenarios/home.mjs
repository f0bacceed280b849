/** The public home page as a visitor gets it (Chinese, no session). */
const home = {
  name: 'home',
  title: 'home page for a visitor, against the bare health route',
  async run({ base, load }) {
    return [await load({ title: 'GET / (home, zh-CN)', url: `${base}/`, headers: { 'accept-language': 'zh-CN' } })];
  },
};

export default home;
