/* The impact dashboard: reads GET /api/v1/impact with the caller's token and shows the figures and charts. */
(function () {
  'use strict';
  var TOKEN_KEY = 'southsouth.impact.token';
  var FILTERS = ['from', 'to', 'sdg', 'country', 'region'];
  var CHARTS = {
    sdg: { prefer: ['volunteersDeployed', 'serviceHours', 'events', 'partnerships', 'delegatesHosted', 'expertsSent'],
      label: function (k) { return 'SDG ' + k; } },
    country: { prefer: ['organizationsConnected', 'volunteersDeployed', 'events', 'delegatesHosted', 'expertsSent'] },
    region: { prefer: ['organizationsConnected', 'volunteersDeployed', 'events', 'delegatesHosted', 'expertsSent'],
      label: function (k) { return REGIONS[k] || k; } },
    year: { prefer: ['volunteersDeployed', 'serviceHours', 'volunteersRegistered', 'events', 'visitsHosted', 'delegatesHosted',
      'expertsSent'] },
    month: { prefer: ['serviceHours', 'serviceHoursLogged', 'volunteersDeployed', 'volunteersRegistered', 'events',
      'visitsHosted', 'delegatesHosted', 'expertsSent'] }
  };
  var REGIONS = {
    AFRICA: 'Africa', ARAB_STATES: 'Arab States', ASIA_AND_THE_PACIFIC: 'Asia-Pacific',
    EUROPE_AND_CENTRAL_ASIA: 'Europe & Central Asia', LATIN_AMERICA_AND_THE_CARIBBEAN: 'Latin America & Caribbean'
  };
  var NAMES = {
    organizationsConnected: 'organizations connected', volunteersDeployed: 'volunteers deployed',
    serviceHours: 'verified service hours', serviceHoursLogged: 'all logged hours', events: 'events',
    partnerships: 'partnerships', goodPractices: 'good practices', deployments: 'deployments',
    volunteersRegistered: 'volunteers registered', organizationsJoined: 'organizations joined',
    visitsHosted: 'delegation visits hosted', delegatesHosted: 'delegates hosted', expertsSent: 'experts sent'
  };

  function token() {
    var match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
    if (match) {
      sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
      history.replaceState(null, '', location.pathname + location.search);
    }
    return sessionStorage.getItem(TOKEN_KEY);
  }

  function query() {
    var params = new URLSearchParams(location.search);
    var out = new URLSearchParams();
    FILTERS.forEach(function (name) {
      var value = params.get(name);
      if (value) { out.set(name, value); }
      var input = document.querySelector('#filters [name="' + name + '"]');
      if (input && value) { input.value = value; }
    });
    return out;
  }

  function status(text, isError) {
    var node = document.getElementById('status');
    node.textContent = text;
    node.className = isError ? 'error' : '';
  }

  function signIn() {
    document.getElementById('sign-in').hidden = false;
    document.body.dataset.state = 'signed-out';
    status('Sign in to see the figures.');
  }

  function showFigures(report) {
    var reasons = {};
    report.missing.filter(function (m) { return !m.breakdown; }).forEach(function (m) { reasons[m.figure] = m; });
    document.querySelectorAll('#figures .figure').forEach(function (node) {
      var figure = node.dataset.figure;
      var value = report[figure];
      var shown = node.querySelector('.value');
      if (value === null || value === undefined) {
        node.classList.add('missing');
        node.dataset.value = '';
        shown.textContent = '–';
        var why = reasons[figure];
        node.title = why ? why.reason + ': ' + why.detail : 'not available';
      } else {
        node.classList.remove('missing');
        node.dataset.value = String(value);
        shown.textContent = Charts.format(value);
        node.title = '';
      }
    });
  }

  function showCharts(report) {
    Object.keys(CHARTS).forEach(function (dimension) {
      var container = document.getElementById('chart-' + dimension);
      var rows = (report.breakdowns && report.breakdowns[dimension]) || [];
      var present = CHARTS[dimension].prefer.filter(function (f) { return rows.some(function (r) { return f in r; }); });
      var figure = present[0];
      var holder = container.parentNode;
      var picker = holder.querySelector('select');
      if (!picker) {
        picker = document.createElement('select');
        picker.setAttribute('aria-label', 'Figure shown');
        holder.querySelector('figcaption').appendChild(picker);
      }
      picker.textContent = '';
      present.forEach(function (f) {
        var option = document.createElement('option');
        option.value = f;
        option.textContent = NAMES[f] || f;
        picker.appendChild(option);
      });
      var draw = function () { Charts.bars(container, rows, picker.value || figure, CHARTS[dimension].label); };
      picker.onchange = draw;
      if (figure) { draw(); } else { Charts.bars(container, [], null); }
    });
  }

  function showDeployments(report) {
    var body = document.querySelector('#deployments tbody');
    body.textContent = '';
    (report.deploymentsByCountry || []).forEach(function (row) {
      var tr = document.createElement('tr');
      tr.dataset.country = row.country;
      [row.country, row.deployments, row.volunteers].forEach(function (value) {
        var td = document.createElement('td');
        td.textContent = typeof value === 'number' ? Charts.format(value) : value;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function showMissing(report) {
    var list = document.getElementById('missing');
    list.textContent = '';
    var headline = report.missing.filter(function (m) { return !m.breakdown; });
    headline.forEach(function (m) {
      var li = document.createElement('li');
      li.dataset.figure = m.figure;
      li.textContent = m.figure + ' — ' + m.reason + ': ' + m.detail;
      list.appendChild(li);
    });
    document.getElementById('missing-section').hidden = headline.length === 0;
  }

  function load() {
    var bearer = token();
    if (!bearer) { signIn(); return; }
    var params = query();
    params.set('breakdown', 'sdg,year,month,country,region');
    fetch('/api/v1/impact?' + params.toString(), { headers: { Authorization: 'Bearer ' + bearer, Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 401) { sessionStorage.removeItem(TOKEN_KEY); signIn(); return null; }
        if (!response.ok) {
          return response.json().then(function (problem) { throw new Error(problem.detail || problem.title); });
        }
        return response.json();
      })
      .then(function (report) {
        if (!report) { return; }
        showFigures(report);
        showCharts(report);
        showDeployments(report);
        showMissing(report);
        status(report.complete ? 'All figures as of ' + new Date(report.generatedAt).toLocaleString()
          : 'Some figures are not available (see below), as of ' + new Date(report.generatedAt).toLocaleString());
        document.body.dataset.state = 'ready';
      })
      .catch(function (error) {
        status('Could not load the figures: ' + error.message, true);
        document.body.dataset.state = 'error';
      });
  }

  document.getElementById('sign-in-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = new URLSearchParams({ grant_type: 'client_credentials',
      client_id: event.target.clientId.value, client_secret: event.target.clientSecret.value });
    fetch('/oauth2/token', { method: 'POST', body: form })
      .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
      .then(function (answer) {
        if (!answer.ok) { status('Sign-in failed: ' + (answer.body.error_description || answer.body.error), true); return; }
        sessionStorage.setItem(TOKEN_KEY, answer.body.access_token);
        document.getElementById('sign-in').hidden = true;
        load();
      });
  });

  document.getElementById('filters').addEventListener('submit', function (event) {
    event.preventDefault();
    var params = new URLSearchParams();
    FILTERS.forEach(function (name) {
      var value = event.target[name].value.trim();
      if (value) { params.set(name, value); }
    });
    history.pushState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
    load();
  });

  document.getElementById('csv-link').addEventListener('click', function (event) {
    event.preventDefault();
    var params = query();
    params.set('breakdown', 'sdg,year,month,country,region');
    fetch('/api/v1/impact.csv?' + params.toString(), { headers: { Authorization: 'Bearer ' + token() } })
      .then(function (response) { return response.blob(); })
      .then(function (blob) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'impact.csv';
        link.click();
      });
  });

  load();
})();
