/*
 * Lesson figures: the interactive gradient-descent figure. The server draws the figure (SVG) and its
 * controls from the lesson's data; this script redraws the steps when the learner moves the
 * learning-rate or starting-weight slider, and says in the live status line whether gradient descent
 * converges or diverges and where it is after N steps. Every number comes from the figure's data-
 * attributes; the sentences match dev.ascent.quizzes.FigureRenderer#status. No inline styles.
 */
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var RED = '#b91c1c', INK = '#1f2937';

  /* four significant digits, plain, a real minus sign: as FigureRenderer.show */
  function show(v) {
    if (v === 0) { return '0'; }
    if (!isFinite(v)) { return String(v); }
    var s = String(Number(v.toPrecision(4)));
    if (/e/i.test(s)) { s = Number(s).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }); }
    return s.charAt(0) === '-' ? '\u2212' + s.slice(1) : s;
  }

  function steps(x, y, start, rate, n) {
    var w = [start];
    for (var k = 1; k <= n; k++) { w.push(w[k - 1] - rate * 2 * x * (w[k - 1] * x - y)); }
    return w;
  }

  function status(x, y, start, rate, n) {
    var best = y / x, factor = 1 - 2 * rate * x * x;
    var w = steps(x, y, start, rate, n), last = w[n], lossN = (last * x - y) * (last * x - y);
    var setting = '\u03b7 = ' + show(rate) + ', w\u2080 = ' + show(start) + ': ';
    var after = ' After ' + n + ' steps w = ' + show(last) + ' and the loss is ' + show(lossN) + '.';
    if (start === best) {
      return setting + 'it starts at the best weight ' + show(best) + '; the gradient is 0, so w does not move.' + after;
    }
    var verdict;
    if (Math.abs(factor) < 1) {
      verdict = factor < 0 ? 'converges, overshooting from side to side' : 'converges';
    } else if (Math.abs(factor) > 1) {
      verdict = 'diverges';
    } else {
      verdict = 'neither converges nor diverges: it swings between two weights for ever';
    }
    return setting + 'gradient descent ' + verdict + '; each step multiplies the distance to the best weight '
      + show(best) + ' by ' + show(factor) + '.' + after;
  }

  function el(name, attrs, text) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function setUp(figure) {
    var d = figure.dataset;
    var x = Number(d.x), y = Number(d.y), n = Number(d.steps);
    var wMin = Number(d.wMin), wMax = Number(d.wMax), lossMax = Number(d.lossMax);
    var plot = d.plot.split(' ').map(Number); // left, top, width, height
    var rate = figure.querySelector('.figure-rate');
    var start = figure.querySelector('.figure-start');
    var rates = rate.dataset.rates.split(' ').map(Number);
    var group = figure.querySelector('.figure-steps');
    var legend = figure.querySelector('.figure-steps-legend');
    var rateOut = figure.querySelector('.figure-rate-value');
    var startOut = figure.querySelector('.figure-start-value');
    var live = figure.querySelector('.figure-status');

    function px(w) { return (plot[0] + (w - wMin) / (wMax - wMin) * plot[2]).toFixed(1); }
    function py(l) { return (plot[1] + plot[3] - l / lossMax * plot[3]).toFixed(1); }
    function loss(w) { return (w * x - y) * (w * x - y); }

    function redraw() {
      var eta = rates[Number(rate.value)], w0 = Number(start.value);
      var w = steps(x, y, w0, eta, n), shown = [];
      for (var k = 0; k < w.length && w[k] >= wMin && w[k] <= wMax; k++) { shown.push(w[k]); }
      while (group.firstChild) { group.removeChild(group.firstChild); }
      group.appendChild(el('polyline', {
        'class': 'figure-step-path', fill: 'none', stroke: RED, 'stroke-width': '2',
        points: shown.map(function (wk) { return px(wk) + ',' + py(loss(wk)); }).join(' ')
      }));
      shown.forEach(function (wk, i) {
        group.appendChild(el('circle', { 'class': 'figure-step', cx: px(wk), cy: py(loss(wk)), r: '4', fill: RED }));
        if (i < 3) {
          group.appendChild(el('text', {
            x: (Number(px(wk)) + 6).toFixed(1), y: (Number(py(loss(wk))) - 6).toFixed(1), 'text-anchor': 'start', fill: INK
          }, 'w' + String.fromCharCode(0x2080 + i) + ' = ' + show(wk)));
        }
      });
      legend.textContent = 'gradient-descent steps, \u03b7 = ' + show(eta);
      rate.setAttribute('aria-valuetext', show(eta));
      rateOut.textContent = show(eta);
      startOut.textContent = show(w0);
      live.textContent = status(x, y, w0, eta, n);
    }

    rate.addEventListener('input', redraw);
    start.addEventListener('input', redraw);
    rate.addEventListener('change', redraw);
    start.addEventListener('change', redraw);
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('figure[data-figure="gradient-descent"]'), function (f) {
      if (f.querySelector('.figure-rate')) { setUp(f); }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
