/**
 * Facts of the newspaper's article on the demo conference (decision 0021) that the report
 * drafted from the demo data must state, whether read from the database or on the page.
 */
export const referenceArticleFacts = [
  '2020年4月30日上午',
  '上海展览中心',
  '勇担使命再出发，同舟共济筑未来',
  '金钥匙奖',
  '福民奖',
];
