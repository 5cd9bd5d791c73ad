// Table frames. A table wider than its frame scrolls inside it; only such a frame is a keyboard stop (a region named
// after its table's caption, or the heading before it), and only it shows the shadow that says there is more. The
// server marks every frame as a region, so that without this script every table can still be scrolled.
(() => {
    'use strict';
    const frames = [...document.querySelectorAll('.table-wrap')];
    let ids = 0;
    const idOf = element => element.id || (element.id = `table-name-${++ids}`);

    const headingBefore = frame => {
        for (let node = frame; node && node !== document.body; node = node.parentElement) {
            for (let previous = node.previousElementSibling; previous; previous = previous.previousElementSibling) {
                if (/^H[1-6]$/.test(previous.tagName)) {
                    return previous;
                }
            }
        }
        return null;
    };

    const named = frame => frame.querySelector('caption') || headingBefore(frame);

    const update = () => {
        for (const frame of frames) {
            const overflows = frame.scrollWidth > frame.clientWidth + 1;
            frame.classList.toggle('table-wrap--scrolls', overflows);
            if (overflows) {
                frame.tabIndex = 0;
                frame.setAttribute('role', 'region');
                const name = named(frame);
                if (name && !frame.hasAttribute('data-named')) {
                    frame.removeAttribute('aria-label');
                    frame.setAttribute('aria-labelledby', idOf(name));
                }
            } else {
                frame.removeAttribute('tabindex');
                frame.removeAttribute('role');
                if (!frame.hasAttribute('data-named')) {
                    frame.removeAttribute('aria-label');
                    frame.removeAttribute('aria-labelledby');
                }
            }
        }
    };

    update();
    window.addEventListener('resize', update);
})();
