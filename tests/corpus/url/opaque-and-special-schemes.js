// Non-special schemes: opaque paths (mailto:, data:, javascript:), hosts only after //, origins 'null', scheme case
const show = (s) => { try { const u = new URL(s); console.log(JSON.stringify(s), '->', JSON.stringify([u.href, u.protocol, u.host, u.pathname, u.search, u.hash, u.origin])); } catch (e) { console.log(JSON.stringify(s), 'throws', e.code); } };
for (const s of ['mailto:A@b.com', 'javascript:alert(1)', 'data:text/plain,hi there', 'data:a  #x', 'urn:isbn:0451450523', 'about:blank',
  'sc://a', 'sc:/a', 'sc:a', 'sc:', 'sc://', 'sc:///x', 'sc:\u00ff', 'sc: x ', 'sc:x\u0001y', 'sc://a/\u00ff?\u00ff#\u00ff', 'HTTP://A.COM/B', 'web+x://a', 'a1+-.b:c']) show(s);
