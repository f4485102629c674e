/*
 * The quiz page: autosave of every answer (through the page's remote command, one request at a
 * time in PrimeFaces' ajax queue), the countdown from the server's deadline, the question
 * navigation, flags, one-at-a-time or all-at-once, and the submit confirmation.
 */
var ascentQuiz = (function () {
  var root, attemptId, sections = [], current = 0;
  var sent = [];          // item ids of saves in flight, in queue order
  var latest = {};        // item id -> answer JSON last sent
  var failed = {};        // item id -> true while its last save did not go through
  var flags = {};
  var offset = 0, deadline = null, timerId = null, warned = {}, timeIsUp = false;
  var textTimers = {};
  var submitWhenSaved = null;

  function $(id) { return document.getElementById(id); }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function announce(text) { var a = $('announcer'); a.textContent = ''; setTimeout(function () { a.textContent = text; }, 50); }
  function store(key) { return 'ascent.quiz.' + key; }
  function sectionOf(itemId) { return sections.filter(function (s) { return s.dataset.item === itemId; })[0]; }

  /* ---- answers ---- */

  function answerOf(section) {
    var type = section.dataset.type;
    var checked = section.querySelectorAll('fieldset input:checked');
    switch (type) {
      case 'single-choice':
      case 'multiple-response':
        return { selected: Array.prototype.map.call(checked, function (i) { return i.value; }) };
      case 'true-false':
        return checked.length ? { truth: checked[0].value === 'true' } : {};
      case 'numeric':
        var raw = section.querySelector('.answer-number').value.trim().replace(',', '.');
        if (raw === '') { return {}; }
        var n = Number(raw);
        return isFinite(n) && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(raw) ? { number: n } : null;
      case 'ordering':
        if (section.dataset.answered !== 'true') { return {}; }
        return { selected: Array.prototype.map.call(section.querySelectorAll('.ordering li'), function (li) { return li.dataset.id; }) };
      case 'matching':
        var pairs = {};
        each(section.querySelectorAll('select'), function (s) { if (s.value) { pairs[s.dataset.prompt] = s.value; } });
        return { pairs: pairs };
      default:
        return { text: section.querySelector('.answer-text').value };
    }
  }

  function isEmpty(answer) {
    if (!answer) { return true; }
    return !((answer.selected && answer.selected.length) || (answer.pairs && Object.keys(answer.pairs).length)
      || answer.truth !== undefined || answer.number !== undefined || (answer.text && answer.text.trim()));
  }

  /** Puts an answer (the newer one from another tab) back into the inputs without saving it again. */
  function apply(section, answer) {
    var type = section.dataset.type;
    if (type === 'single-choice' || type === 'multiple-response') {
      each(section.querySelectorAll('fieldset input'), function (i) { i.checked = (answer.selected || []).indexOf(i.value) >= 0; });
    } else if (type === 'true-false') {
      each(section.querySelectorAll('fieldset input'), function (i) { i.checked = answer.truth !== undefined && String(answer.truth) === i.value; });
    } else if (type === 'numeric') {
      section.querySelector('.answer-number').value = answer.number === undefined ? '' : String(answer.number);
    } else if (type === 'ordering') {
      var list = section.querySelector('.ordering');
      (answer.selected || []).forEach(function (id) {
        var li = list.querySelector('li[data-id="' + CSS.escape(id) + '"]');
        if (li) { list.appendChild(li); }
      });
      setOrderingAnswered(section, !!(answer.selected && answer.selected.length));
    } else if (type === 'matching') {
      each(section.querySelectorAll('select'), function (s) { s.value = (answer.pairs || {})[s.dataset.prompt] || ''; });
    } else {
      section.querySelector('.answer-text').value = answer.text || '';
    }
    refresh();
  }

  function setOrderingAnswered(section, answered) {
    section.dataset.answered = answered ? 'true' : 'false';
    var keep = section.querySelector('.keep-order');
    if (keep) { keep.hidden = answered; }
  }

  /* ---- saving ---- */

  function save(section) {
    var answer = answerOf(section);
    var number = section.querySelector('.answer-number');
    if (answer === null) {
      number.setAttribute('aria-invalid', 'true');
      $(number.getAttribute('aria-describedby')).textContent = 'Not saved: enter a number, with digits, a point for decimals and a minus sign if negative.';
      itemStatus(section, 'Not saved: not a number');
      return;
    }
    if (number) {
      number.removeAttribute('aria-invalid');
      $(number.getAttribute('aria-describedby')).textContent = 'Digits, with a point for decimals and a minus sign if negative.';
    }
    var json = JSON.stringify(answer);
    var item = section.dataset.item;
    latest[item] = json;
    sent.push(item);
    itemStatus(section, 'Saving…');
    overall();
    ascentSave([{ name: 'item', value: item }, { name: 'answer', value: json }]);
    refresh();
  }

  /** oncomplete of the remote command: PrimeFaces queues requests, so they finish in the order sent. */
  function saved(xhr, status, args) {
    var item = (args && args.item) || sent[0];
    var i = sent.indexOf(item);
    if (i >= 0) { sent.splice(i, 1); }
    var section = sectionOf(item);
    var result = args && args.status;
    var stillPending = sent.indexOf(item) >= 0;
    if (result === 'saved') {
      delete failed[item];
      if (!stillPending) { itemStatus(section, 'Saved'); }
    } else if (result === 'stale') {
      delete failed[item];
      apply(section, JSON.parse(args.answer));
      itemStatus(section, 'Saved elsewhere');
      var note = $('conflict');
      note.hidden = false;
      note.textContent = 'This quiz is open in another tab or on another device, and an answer to question '
        + (Number(section.dataset.index) + 1) + ' was saved there. That newer answer is shown now; change it here'
        + ' if you want, and this tab will save it.';
    } else if (result === 'expired' || result === 'closed') {
      timeUp(result === 'expired' ? 'The time for this attempt has run out.' : 'This attempt has been submitted.');
      return;
    } else if (result === 'invalid') {
      failed[item] = true;
      itemStatus(section, 'Not saved: this answer does not fit the question');
    } else {
      failed[item] = true;
      if (section) { itemStatus(section, 'Not saved'); }
    }
    overall();
    if (submitWhenSaved && !sent.length) {
      var button = submitWhenSaved;
      submitWhenSaved = null;
      button.click();
    }
  }

  function retry() {
    Object.keys(failed).forEach(function (item) {
      var section = sectionOf(item);
      if (section) { save(section); }
    });
  }

  function itemStatus(section, text) {
    var status = section && section.querySelector('.item-status');
    if (status) { status.textContent = text; }
  }

  /** The one status everyone sees (and screen readers hear): saving, saved, or not saved with a retry. */
  function overall() {
    var status = $('save-status'), retryButton = $('retry');
    var failures = Object.keys(failed).length;
    if (sent.length) {
      status.textContent = 'Saving…';
      status.className = 'saving';
      retryButton.hidden = true;
    } else if (failures) {
      status.textContent = 'Not saved —';
      status.className = 'not-saved';
      retryButton.hidden = false;
    } else {
      status.textContent = 'Saved';
      status.className = 'saved';
      retryButton.hidden = true;
    }
  }

  /* ---- navigation, flags, layout ---- */

  function allAtOnce() { return localStorage.getItem(store('layout')) === 'all'; }

  function show(index, focus) {
    current = Math.max(0, Math.min(index, sections.length - 1));
    var all = allAtOnce();
    sections.forEach(function (s, i) { s.hidden = !all && i !== current; });
    each(document.querySelectorAll('.pager'), function (p) { p.hidden = all; });
    refresh();
    if (focus) {
      var heading = sections[current].querySelector('h2');
      heading.focus();
      if (all) { heading.scrollIntoView({ block: 'start' }); }
    }
  }

  function setLayout(all) {
    localStorage.setItem(store('layout'), all ? 'all' : 'one');
    var toggle = $('layout-toggle');
    toggle.setAttribute('aria-pressed', all ? 'true' : 'false');
    show(current, false);
  }

  function loadFlags() {
    try { JSON.parse(localStorage.getItem(store('flags.' + attemptId)) || '[]').forEach(function (id) { flags[id] = true; }); } catch (e) { /* none */ }
  }

  function toggleFlag(section) {
    var item = section.dataset.item;
    if (flags[item]) { delete flags[item]; } else { flags[item] = true; }
    localStorage.setItem(store('flags.' + attemptId), JSON.stringify(Object.keys(flags)));
    announce('Question ' + (Number(section.dataset.index) + 1) + (flags[item] ? ' flagged for review' : ' no longer flagged'));
    refresh();
  }

  /** The navigation buttons and flag toggles follow the answers and flags. */
  function refresh() {
    sections.forEach(function (s, i) {
      var answered = !isEmpty(answerOf(s));
      var flagged = !!flags[s.dataset.item];
      var button = $('nav-' + (i + 1));
      button.classList.toggle('answered', answered);
      button.classList.toggle('flagged', flagged);
      button.setAttribute('aria-label', 'Question ' + (i + 1) + (answered ? ', answered' : ', not answered')
        + (flagged ? ', flagged' : ''));
      if (!allAtOnce() && i === current) { button.setAttribute('aria-current', 'step'); } else { button.removeAttribute('aria-current'); }
      var flag = s.querySelector('.flag');
      flag.setAttribute('aria-pressed', flagged ? 'true' : 'false');
      flag.textContent = flagged ? 'Flagged for review' : 'Flag for review';
    });
  }

  function move(li, up) {
    var list = li.parentNode, section = li.closest('.quiz-item');
    var sibling = up ? li.previousElementSibling : li.nextElementSibling;
    if (!sibling) { announce('Already ' + (up ? 'first' : 'last')); return; }
    if (up) { list.insertBefore(li, sibling); } else { list.insertBefore(sibling, li); }
    var position = Array.prototype.indexOf.call(list.children, li) + 1;
    li.querySelector(up ? '.move-up' : '.move-down').focus();
    announce(li.querySelector('.order-text').textContent + ': now ' + position + ' of ' + list.children.length);
    setOrderingAnswered(section, true);
    save(section);
  }

  /* ---- submit ---- */

  function openConfirm() {
    var unanswered = [], flagged = [];
    sections.forEach(function (s, i) {
      if (isEmpty(answerOf(s))) { unanswered.push(i); }
      if (flags[s.dataset.item]) { flagged.push(i); }
    });
    var details = $('confirm-details');
    details.textContent = '';
    function list(title, indexes, id) {
      var p = document.createElement('p');
      p.id = id;
      p.textContent = title;
      details.appendChild(p);
      var ul = document.createElement('ul');
      ul.className = 'goto-list';
      indexes.forEach(function (i) {
        var li = document.createElement('li');
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'link-like';
        b.textContent = 'Question ' + (i + 1);
        b.setAttribute('aria-label', 'Go to question ' + (i + 1));
        b.addEventListener('click', function () { $('confirm-submit').close(); show(i, true); });
        li.appendChild(b);
        ul.appendChild(li);
      });
      details.appendChild(ul);
    }
    if (unanswered.length) { list(unanswered.length + ' of ' + sections.length + ' questions are not answered:', unanswered, 'confirm-unanswered'); }
    else {
      var all = document.createElement('p');
      all.id = 'confirm-unanswered';
      all.textContent = 'You have answered all ' + sections.length + ' questions.';
      details.appendChild(all);
    }
    if (flagged.length) { list('Flagged for review:', flagged, 'confirm-flagged'); }
    if (Object.keys(failed).length) {
      var warn = document.createElement('p');
      warn.className = 'not-saved';
      warn.textContent = 'Some answers are not saved; only saved answers count.';
      details.appendChild(warn);
    }
    $('confirm-submit').showModal();
    $('keep-working').focus();
  }

  function beforeSubmit(button) {
    if (sent.length) {
      submitWhenSaved = button; // clicked again as soon as the last save is answered
      return false;
    }
    localStorage.removeItem(store('flags.' + attemptId));
    return true;
  }

  /* ---- time ---- */

  function tick() {
    var left = deadline - (Date.now() + offset);
    if (left <= 0) {
      timeUp('Time is up.');
      return;
    }
    var s = Math.ceil(left / 1000), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    $('timer').textContent = (h ? h + ':' + String(m).padStart(2, '0') : m) + ':' + String(sec).padStart(2, '0');
    [[300, '5 minutes left'], [60, '1 minute left']].forEach(function (w) {
      if (s <= w[0] && s > w[0] - 30 && !warned[w[0]]) { warned[w[0]] = true; announce(w[1]); }
    });
  }

  /** The time is up: say so, stop taking answers, let the last saves land, and show the result. */
  function timeUp(reason) {
    if (timeIsUp) { return; }
    timeIsUp = true;
    clearInterval(timerId);
    if ($('timer')) { $('timer').textContent = '0:00'; }
    var note = $('time-up');
    note.hidden = false;
    note.textContent = reason + ' Your saved answers are being submitted; the result follows in a moment.';
    each(root.querySelectorAll('.quiz-items input, .quiz-items select, .quiz-items button, #review-submit'),
      function (c) { c.disabled = true; });
    var waited = 0;
    (function finish() {
      if (sent.length && waited < 10000) { waited += 200; setTimeout(finish, 200); return; }
      ascentTimeUp();
    })();
  }

  /* ---- wiring ---- */

  function init() {
    root = $('quiz');
    if (!root) { return; }
    attemptId = root.dataset.attempt;
    sections = Array.prototype.slice.call(root.querySelectorAll('.quiz-item'));
    sections.forEach(function (s) {
      if (s.dataset.type === 'ordering') {
        var keep = s.querySelector('.keep-order');
        setOrderingAnswered(s, keep && keep.hidden);
      }
    });
    loadFlags();

    root.addEventListener('change', function (e) {
      var section = e.target.closest('.quiz-item');
      if (section && e.target.matches('input, select')) {
        clearTimeout(textTimers[section.dataset.item]);
        if (latest[section.dataset.item] !== JSON.stringify(answerOf(section))) { save(section); }
      }
    });
    root.addEventListener('input', function (e) {
      var section = e.target.closest('.quiz-item');
      if (section && e.target.matches('input[type=text]')) {
        // Typing is saved after a pause too, not only when leaving the field.
        clearTimeout(textTimers[section.dataset.item]);
        textTimers[section.dataset.item] = setTimeout(function () {
          if (latest[section.dataset.item] !== JSON.stringify(answerOf(section))) { save(section); }
        }, 1500);
        refresh();
      }
    });
    root.addEventListener('click', function (e) {
      var t = e.target.closest('button');
      if (!t) { return; }
      var section = t.closest('.quiz-item');
      if (t.classList.contains('move-up') || t.classList.contains('move-down')) { move(t.closest('li'), t.classList.contains('move-up')); }
      else if (t.classList.contains('keep-order')) { setOrderingAnswered(section, true); save(section); section.querySelector('.move-up').focus(); }
      else if (t.classList.contains('flag')) { toggleFlag(section); }
      else if (t.classList.contains('prev')) { show(current - 1, true); }
      else if (t.classList.contains('next')) { show(current + 1, true); }
      else if (t.classList.contains('nav-item')) { show(Number(t.dataset.index), true); }
      else if (t.id === 'layout-toggle') { setLayout(!allAtOnce()); }
      else if (t.id === 'review-submit') { openConfirm(); }
      else if (t.id === 'retry') { retry(); }
    });
    $('keep-working').addEventListener('click', function () { $('confirm-submit').close(); $('review-submit').focus(); });
    // Here, not in an onclick attribute: the page's Content-Security-Policy runs no inline script.
    var submitNow = $('attempt:submitNow');
    if (submitNow) {
      submitNow.addEventListener('click', function (e) { if (!beforeSubmit(submitNow)) { e.preventDefault(); } });
    }
    window.addEventListener('beforeunload', function (e) {
      if (sent.length || Object.keys(failed).length) { e.preventDefault(); e.returnValue = ''; }
    });

    if (root.dataset.deadline) {
      deadline = Number(root.dataset.deadline);
      // The server's clock, not the device's: how far the device is off, measured when the page came.
      offset = Number(root.dataset.serverTime) - Date.now();
      tick();
      timerId = setInterval(tick, 1000);
    }
    setLayout(allAtOnce());
    overall();
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }

  /** What the page would save for each item now (item id to JSON); for tests and debugging. */
  function answers() {
    var out = {};
    sections.forEach(function (s) { out[s.dataset.item] = JSON.stringify(answerOf(s)); });
    return out;
  }

  return { saved: saved, beforeSubmit: beforeSubmit, answers: answers };
})();
