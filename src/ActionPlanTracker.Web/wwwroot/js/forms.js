// Fields that matter only for one choice: an element marked data-shown-when="Input.Completion=NotApplicable" is hidden
// while another level is chosen, and shown again when that one is. Never hidden while it holds text or an error, so
// nothing typed or asked for disappears; without this script every field is always shown.
(() => {
    'use strict';
    for (const field of document.querySelectorAll('[data-shown-when]')) {
        const [name, value] = field.dataset.shownWhen.split('=');
        const radios = [...document.getElementsByName(name)];
        const keeps = () => [...field.querySelectorAll('textarea, input')].some(input => input.value.trim() !== '')
            || [...field.querySelectorAll('.field-error')].some(error => error.textContent.trim() !== '');
        const update = () => {
            field.hidden = !radios.some(radio => radio.checked && radio.value === value) && !keeps();
        };
        radios.forEach(radio => radio.addEventListener('change', update));
        update();
    }
})();
