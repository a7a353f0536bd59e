// Checks Timeout#refresh pushes the deadline: a 60 ms timer refreshed at 30 ms fires after a 70 ms timer.
const a = setTimeout(() => console.log('a (60 ms, refreshed at 30)'), 60);
setTimeout(() => console.log('b (70 ms)'), 70);
setTimeout(() => { console.log('refresh returns this', a.refresh() === a); }, 30);
