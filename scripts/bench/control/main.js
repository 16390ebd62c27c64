// The bench's control page (scripts/bench/control/): none of CapSI's code, what any app that keeps
// its data in the browser does at least. It opens an IndexedDB database, reads one record (writes it
// on the first visit) and shows it as a card; then registers a service worker that precaches the page.
const request = indexedDB.open('temoin', 1)
request.onupgradeneeded = () => request.result.createObjectStore('structures', { keyPath: 'id' })
request.onsuccess = () => {
  const db = request.result
  const read = db.transaction('structures').objectStore('structures').get('s1')
  read.onsuccess = () => {
    const record = read.result ?? { id: 's1', name: 'EHPAD Le Verger' }
    if (!read.result) db.transaction('structures', 'readwrite').objectStore('structures').put(record)
    const card = document.createElement('li')
    card.dataset.testid = 'structure-card'
    card.textContent = record.name
    document.getElementById('list').append(card)
    navigator.serviceWorker?.register('./sw.js')
  }
}
