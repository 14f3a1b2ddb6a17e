// Placeholder: the popup page comes with its own issue.
document.getElementById('app')!.textContent = 'Counterpoint';
