import Timelines from './timelines';

// A server component: the page's HTML is rendered at build time, with the client component's first render in it.
export default function Page() {
  return <Timelines />;
}
