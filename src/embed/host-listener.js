/* summit-timeline host listener: resizes <iframe data-summit-embed> frames
   that load embed.html, on pages without Pym.js. Paste once, after them. */
(function () {
  window.addEventListener('message', function (event) {
    var frames = document.querySelectorAll('iframe[data-summit-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      // Only the frame's own window may resize it.
      if (event.source !== frame.contentWindow) continue;
      // A frame sandboxed without allow-same-origin speaks from the origin "null";
      // any other frame must speak from the origin it was loaded from.
      var origin = new URL(frame.src, location.href).origin;
      if (event.origin !== 'null' && event.origin !== origin) return;
      var data = event.data;
      if (!data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
      var height = data.height;
      if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > 100000) return;
      frame.style.height = Math.ceil(height) + 'px';
      return;
    }
  });
})();
