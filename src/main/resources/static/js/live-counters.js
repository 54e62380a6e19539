// Keeps a campaign page's counters current from its Server-Sent Events stream.
(function () {
  const live = document.getElementById('live');
  if (!live || !window.EventSource) {
    return;
  }
  const format = new Intl.NumberFormat('ko-KR');
  const source = new EventSource(live.dataset.stream);
  source.addEventListener('counters', (event) => {
    const counters = JSON.parse(event.data);
    for (const name of ['pagesToday', 'spendToday', 'remainingToday', 'remainingBudget']) {
      const element = document.getElementById(name);
      if (element) {
        element.textContent = format.format(counters[name]);
      }
    }
  });
})();
