// Checks that timers inserted in reverse expiry order (200 down to 20 ms) fire in ascending order (Rule 2).
for (let ms = 200; ms >= 20; ms -= 20) setTimeout(() => console.log(ms), ms);
