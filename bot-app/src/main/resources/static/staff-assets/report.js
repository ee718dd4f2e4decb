// The monthly report's print button (the staff pages' CSP allows no inline handlers).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
});
