// Keeps the partner's Today page current from its Server-Sent Events stream.
(function () {
  const live = document.getElementById('live');
  if (!live || !window.EventSource) {
    return;
  }
  const format = new Intl.NumberFormat('ko-KR');
  const source = new EventSource(live.dataset.stream);
  source.addEventListener('earnings', (event) => {
    const earnings = JSON.parse(event.data);
    for (const name of ['sidesToday', 'earnedToday', 'sidesMonth', 'earnedMonth']) {
      const element = document.getElementById(name);
      if (element) {
        element.textContent = format.format(earnings[name]);
      }
    }
    for (const printer of earnings.printers) {
      const row = document.querySelector('tr[data-printer="' + printer.printerId + '"]');
      if (!row) {
        continue;
      }
      for (const field of ['sides', 'paidSides', 'houseSides', 'earned']) {
        const cell = row.querySelector('[data-field="' + field + '"]');
        if (cell) {
          cell.textContent = (field === 'earned' ? '₩' : '') + format.format(printer[field]);
        }
      }
    }
  });
})();
