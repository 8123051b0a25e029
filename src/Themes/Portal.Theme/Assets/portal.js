/*
 * Portal theme script: small, no framework, progressive enhancement only (every page works
 * without it). Loaded with defer from the layout; CSP forbids inline script and on* attributes,
 * so behaviour is asked for with data- attributes:
 *   data-confirm="Câu hỏi?"   on a <form>, a submit <button> or an <a>: ask before going on;
 *   data-print                 on a button: print the page;
 *   data-focus-on-load         on an element (the error summary): focus it when the page loads;
 *   data-menu-toggle           the top bar's button that opens the menu on narrow screens;
 *   data-suggest="url"         on an input with a list="datalist": fill the list from url?q=… while typing.
 * Forms are not sent twice by a double click (numbers are given when a document is registered).
 */
(function () {
  'use strict';

  var root = document.documentElement;
  root.classList.add('js');

  function closest(node, selector) {
    while (node && node.nodeType === 1) {
      if (node.matches(selector)) return node;
      node = node.parentElement;
    }
    return null;
  }

  // Confirm before a dangerous action, then let the form go only once.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var question = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    if (form.getAttribute('data-submitting') === 'true') {
      event.preventDefault();
      return;
    }
    if ((form.getAttribute('method') || 'get').toLowerCase() === 'post') {
      form.setAttribute('data-submitting', 'true');
      form.setAttribute('aria-busy', 'true');
    }
  });

  // Coming back with the browser's Back button: the page may come from the cache, forms usable again.
  window.addEventListener('pageshow', function () {
    var busy = document.querySelectorAll('form[data-submitting]');
    for (var i = 0; i < busy.length; i++) {
      busy[i].removeAttribute('data-submitting');
      busy[i].removeAttribute('aria-busy');
    }
  });

  document.addEventListener('click', function (event) {
    var link = closest(event.target, 'a[data-confirm]');
    if (link && !window.confirm(link.getAttribute('data-confirm'))) {
      event.preventDefault();
      return;
    }
    if (closest(event.target, '[data-print]')) {
      event.preventDefault();
      window.print();
    }
  });

  // The menu on narrow screens.
  var toggle = document.querySelector('[data-menu-toggle]');
  if (toggle) {
    toggle.hidden = false;
    var setOpen = function (open) {
      document.body.classList.toggle('nav-open', open);
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    };
    toggle.addEventListener('click', function () {
      setOpen(toggle.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
        setOpen(false);
        toggle.focus();
      }
    });
  }

  // Server-side errors: move the focus to their summary so a screen reader reads them first.
  var summary = document.querySelector('[data-focus-on-load]');
  if (summary) {
    summary.focus();
  }

  // Suggestions while typing: the server answers only with words of documents the user may see.
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null;
    if (!list) return;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (input.value.trim().length < 2) return;
        fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(input.value), { credentials: 'same-origin' })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (words) {
            list.textContent = '';
            words.forEach(function (word) {
              var option = document.createElement('option');
              option.value = word;
              list.appendChild(option);
            });
          })
          .catch(function () { });
      }, 200);
    });
  });
})();
