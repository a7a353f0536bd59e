// URL origins: tuple origins of special schemes with non-default ports, 'null' for file/opaque/non-special, blob: takes http(s) inner origins only
for (const s of ['http://a:8080/x', 'https://a:443/', 'ws://a', 'wss://a:1', 'ftp://a/', 'file:///x', 'sc://a/', 'data:x', 'http://[::1]:81/',
  'blob:https://a.com/uuid', 'blob:http://a:8080/x', 'blob:ftp://x/y', 'blob:file:///x', 'blob:x', 'blob:', 'blob:ws://a', 'blob:blob:https://a', 'http://xn--ida.com/'])
  console.log(s, new URL(s).origin);
