// Checks labeled break/continue across nested loops and blocks.
const out = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    out.push(`${i}${j}`);
  }
}
console.log(out.join(' '));
block: { out.length = 0; break block; }
console.log('after block', out.length);
