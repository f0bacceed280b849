// Every scenario: { name, title, run({ base, load }) → rows }. Later features add theirs here.
import home from './home.mjs';

export const scenarios = [home];
