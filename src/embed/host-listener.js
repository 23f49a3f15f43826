/* summit-timeline host listener: resizes the iframe[data-summit-embed] frames
   that load embed.html, on pages without Pym.js. Paste once, after them.
   Written without the characters CMS filters rewrite inside a script (an
   ampersand, angle brackets): WordPress's wptexturize turns a double ampersand
   into entities once an angle bracket has confused its tag scanner. */
(function () {
  window.addEventListener('message', function (event) {
    var frames = document.querySelectorAll('iframe[data-summit-embed]');
    for (var i = 0; frames[i]; i++) {
      var frame = frames[i];
      // Only the frame's own window may resize it.
      if (event.source !== frame.contentWindow) continue;
      // A frame sandboxed without allow-same-origin speaks from the origin "null";
      // any other frame must speak from the origin it was loaded from.
      var origin = new URL(frame.src, location.href).origin;
      if (event.origin !== 'null') {
        if (event.origin !== origin) return;
      }
      var data = event.data;
      if (!data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
      var height = data.height;
      // A finite height above 0 and at most 100000 px.
      if (typeof height !== 'number' || !isFinite(height)) return;
      if (Math.max(height, 0) === 0 || Math.min(height, 100000) !== height) return;
      frame.style.height = Math.ceil(height) + 'px';
      return;
    }
  });
})();
