// Every scenario: { name, title, run({ base, load }) → rows }. Later features add theirs here.
import home from './home.mjs';
import meetingPage from './meeting-page.mjs';
import { door, surge } from './registration.mjs';
import tally from './tally.mjs';
import chain from './chain.mjs';
import driver from './driver.mjs';
import seating from './seating.mjs';
import doorCopy from './door-copy.mjs';

export const scenarios = [home, meetingPage, surge, door, doorCopy, tally, chain, driver, seating];
