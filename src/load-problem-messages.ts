/** Loads the English problem messages (the element does this itself when a timeline has problems). */
export const loadProblemMessages = () => import('./problem-messages.js').then(() => undefined);
