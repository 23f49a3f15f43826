// What the browser running a test can do. Firefox is driven over WebDriver BiDi,
// which has no media emulation (print, colour scheme, reduced motion), reports no
// layout-shift entries, and renders text differently from the Chromium baselines;
// tests that need those run in Chromium only and say so.
export const inFirefox = navigator.userAgent.includes('Firefox');

/** `it` in Chromium, a visible skip in Firefox. */
export const itWithChromeTools: Mocha.TestFunction = (inFirefox ? it.skip : it) as Mocha.TestFunction;
