/* Minimal SVG bar charts: one figure per chart, a bar per key, the value written on each bar. */
(function (global) {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';

  function el(name, attributes, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function format(value) {
    return Number(value).toLocaleString('en-US', { maximumFractionDigits: 2 });
  }

  /**
   * rows: [{key: '4', figureA: 3, ...}], figure: which property to draw, labelOf: key → axis label.
   * Every bar carries data-key, data-figure and data-value so tools and tests can read what is drawn.
   */
  function bars(container, rows, figure, labelOf) {
    container.textContent = '';
    if (!rows.length) {
      var empty = document.createElement('p');
      empty.className = 'empty';
      empty.textContent = 'No data';
      container.appendChild(empty);
      return;
    }
    var width = 640, height = 240, top = 20, bottom = 40, left = 10;
    var slot = (width - left) / rows.length;
    var max = Math.max.apply(null, rows.map(function (r) { return Number(r[figure] || 0); }).concat([1]));
    var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'data-figure': figure });
    rows.forEach(function (row, i) {
      var value = Number(row[figure] || 0);
      var h = (height - top - bottom) * value / max;
      var x = left + i * slot + slot * 0.15;
      var bar = el('rect', { 'class': 'bar', x: x, y: height - bottom - h, width: slot * 0.7, height: h,
        'data-key': row.key, 'data-figure': figure, 'data-value': String(row[figure] === undefined ? 0 : row[figure]) });
      bar.appendChild(el('title', {}, (labelOf ? labelOf(row.key) : row.key) + ': ' + format(value)));
      svg.appendChild(bar);
      svg.appendChild(el('text', { x: x + slot * 0.35, y: height - bottom - h - 4, 'text-anchor': 'middle' }, format(value)));
      svg.appendChild(el('text', { x: x + slot * 0.35, y: height - bottom + 14, 'text-anchor': 'middle' },
        labelOf ? labelOf(row.key) : row.key));
    });
    container.appendChild(svg);
  }

  global.Charts = { bars: bars, format: format };
})(window);
