// Demo only: ?theme=dark&layout=horizontal&scale=sequence&lang=ru&editor&src=…
// set the timeline's attributes, for trying options and taking screenshots.
const params = new URLSearchParams(location.search);
const timeline = document.querySelector('summit-timeline');
for (const name of ['theme', 'layout', 'scale', 'lang', 'selected', 'src', 'format', 'editor']) {
  if (params.has(name)) timeline?.setAttribute(name, params.get(name));
}
if (params.has('dir')) document.documentElement.dir = params.get('dir');
if (params.get('theme') === 'dark') document.documentElement.classList.add('dark-page');
