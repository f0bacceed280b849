/**
 * Noto Sans SC, self-hosted, for the pages that leave the browser: the venue display
 * (often a Linux PC with no Chinese font, which draws empty boxes) and printouts.
 * Split by unicode-range into ~100 files per weight, of which a browser fetches only
 * those holding characters on the page, and only when no local Chinese font in the
 * stack (globals.css) has the character. Imported by those pages alone, so the rest
 * of the site carries no font CSS.
 */
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
