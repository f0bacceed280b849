// Every scenario: { name, title, run({ base, load }) → rows }. Later features add theirs here.
import home from './home.mjs';
import meetingPage from './meeting-page.mjs';

export const scenarios = [home, meetingPage];
