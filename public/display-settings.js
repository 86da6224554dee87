// Applies the stored display settings before the first paint (loaded as a blocking script in
// <head>), so a person who chose large text or high contrast never sees the default flash first.
// Mirrors src/settings/display.ts (same key and attributes).
(function () {
  var root = document.documentElement;
  var s;
  try {
    s = JSON.parse(localStorage.getItem('local-support:display') || 'null');
  } catch {
    s = null;
  }
  s = s && typeof s === 'object' ? s : {};
  root.setAttribute('data-text-size', [100, 125, 150, 200, 300].indexOf(s.textSize) >= 0 ? String(s.textSize) : '100');
  root.setAttribute('data-theme', ['standard', 'dark', 'light'].indexOf(s.theme) >= 0 ? s.theme : 'standard');
  root.setAttribute('data-spacing', s.moreSpacing === true ? 'more' : 'normal');
  if (typeof s.reduceMotion === 'boolean') root.setAttribute('data-motion', s.reduceMotion ? 'reduce' : 'full');
  try {
    var lang = localStorage.getItem('local-support:language');
    if (lang && /^(cy|pl|pa|ur)$/.test(lang)) {
      root.setAttribute('lang', lang);
      root.setAttribute('dir', lang === 'ur' ? 'rtl' : 'ltr');
    }
  } catch {
    // Nothing stored: English.
  }
})();
