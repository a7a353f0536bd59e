// URL parsing strips tab/newline everywhere, trims C0 controls and spaces at the ends, and percent-encodes path, query and fragment with their own sets
const show = (s) => { try { console.log(JSON.stringify(s), '->', new URL(s).href); } catch (e) { console.log(JSON.stringify(s), 'throws', e.code); } };
for (const s of ['  http://a/b c\t\n?d e#f g  ', '\u0000http://a/\u001f', 'http://a\t.b\n.c\r/', 'http://a/\tb\nc',
  'http://a/ä?ä#ä', 'http://a/\ud83d\ude00', 'https://x/\ud800', "http://a/`{}|^~[]", "http://a/?`{}|^~[]'\"<>", "sc://a/?'\"<>",
  "http://a/#`{}|^~[]'\"<> ", 'http://a/%', 'http://a/%zz', 'http://a/%41', 'http://a/?\u0000', 'http://a/#%zz']) show(s);
